import { TdWatermarkProps } from './type';
declare const props: TdWatermarkProps;
export default props;
