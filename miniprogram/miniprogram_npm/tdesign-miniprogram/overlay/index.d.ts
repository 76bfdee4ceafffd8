export * from './props';
export * from './type';
export * from './overlay';
