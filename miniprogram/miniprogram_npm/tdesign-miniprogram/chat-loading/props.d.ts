import { TdChatLoadingProps } from './type';
declare const props: TdChatLoadingProps;
export default props;
