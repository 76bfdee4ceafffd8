import { TdParagraphProps } from './type';
declare const props: TdParagraphProps;
export default props;
