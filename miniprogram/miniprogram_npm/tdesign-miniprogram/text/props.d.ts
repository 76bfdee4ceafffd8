import { TdTextProps } from './type';
declare const props: TdTextProps;
export default props;
