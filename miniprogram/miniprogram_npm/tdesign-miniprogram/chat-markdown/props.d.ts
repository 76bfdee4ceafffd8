import { TdChatMarkdownProps } from './type';
declare const props: TdChatMarkdownProps;
export default props;
