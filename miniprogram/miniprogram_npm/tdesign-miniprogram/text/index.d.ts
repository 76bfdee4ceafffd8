export * from './props';
export * from './type';
