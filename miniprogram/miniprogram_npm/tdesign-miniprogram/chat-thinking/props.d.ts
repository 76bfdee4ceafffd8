import { TdChatThinkingProps } from './type';
declare const props: TdChatThinkingProps;
export default props;
