declare const _default: {
    value: {
        type: StringConstructor;
        value: string;
    };
    icon: {
        type: StringConstructor;
        value: string;
    };
    size: {
        type: NumberConstructor;
        value: number;
    };
    iconSize: {
        type: any;
        value: null;
    };
    level: {
        type: StringConstructor;
        value: import("../../../common/shared/qrcode/types").ErrorCorrectionLevel;
    };
    bgColor: {
        type: StringConstructor;
        value: string;
    };
    color: {
        type: StringConstructor;
        value: string;
    };
    includeMargin: {
        type: BooleanConstructor;
        value: boolean;
    };
    marginSize: {
        type: NumberConstructor;
        value: number;
    };
};
export default _default;
