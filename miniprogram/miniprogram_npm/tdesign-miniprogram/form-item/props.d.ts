import { TdFormItemProps } from './type';
declare const props: TdFormItemProps;
export default props;
