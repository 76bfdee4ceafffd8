import { TdChatRecordProps } from './type';
declare const props: TdChatRecordProps;
export default props;
