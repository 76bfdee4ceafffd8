import { TdChatActionbarProps } from './type';
declare const props: TdChatActionbarProps;
export default props;
