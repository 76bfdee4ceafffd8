export * from './superComponent';
export * from './flatTool';
export * from './instantiationDecorator';
export * from './control';
