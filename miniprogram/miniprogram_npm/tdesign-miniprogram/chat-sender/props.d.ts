import { TdChatSenderProps } from './type';
declare const props: TdChatSenderProps;
export default props;
