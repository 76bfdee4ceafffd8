import { TdSegmentedProps } from './type';
declare const props: TdSegmentedProps;
export default props;
