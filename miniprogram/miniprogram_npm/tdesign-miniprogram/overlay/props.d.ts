import { TdOverlayProps } from './type';
declare const props: TdOverlayProps;
export default props;
