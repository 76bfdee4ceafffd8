import { TdAttachmentsProps } from './type';
declare const props: TdAttachmentsProps;
export default props;
