export default function generateBase64Url(canvas: any, { width, height, gapX, gapY, offsetLeft, offsetTop, rotate, alpha, watermarkContent, lineSpace, watermarkColor, layout, }: {
    width: any;
    height: any;
    gapX: any;
    gapY: any;
    offsetLeft: any;
    offsetTop: any;
    rotate: any;
    alpha: any;
    watermarkContent: any;
    lineSpace: any;
    watermarkColor: any;
    layout: any;
}, onFinish: any): void;
