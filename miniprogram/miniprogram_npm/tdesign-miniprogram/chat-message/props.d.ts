import { TdChatMessageProps } from './type';
declare const props: TdChatMessageProps;
export default props;
