import { TdFormProps } from './type';
declare const props: TdFormProps;
export default props;
