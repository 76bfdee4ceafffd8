import { TdQRCodeProps } from './type';
declare const props: TdQRCodeProps;
export default props;
