import { TdChatListProps } from './type';
declare const props: TdChatListProps;
export default props;
