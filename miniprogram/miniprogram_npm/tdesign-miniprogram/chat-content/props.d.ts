import { TdChatContentProps } from './type';
declare const props: TdChatContentProps;
export default props;
