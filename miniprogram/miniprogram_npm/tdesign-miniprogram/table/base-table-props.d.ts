import { TdBaseTableProps } from './type';
declare const props: TdBaseTableProps;
export default props;
