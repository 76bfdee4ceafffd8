import { TdTitleProps } from './type';
declare const props: TdTitleProps;
export default props;
