export * from './type';
export * from './calendar';
