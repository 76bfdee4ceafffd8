import { TdPopoverProps } from './type';
declare const props: TdPopoverProps;
export default props;
