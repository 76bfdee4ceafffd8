export interface UsingConfigBehaviorOptions {
    componentName: string;
    localeTextPropName?: string;
}
export default function usingConfig(options: UsingConfigBehaviorOptions): string;
