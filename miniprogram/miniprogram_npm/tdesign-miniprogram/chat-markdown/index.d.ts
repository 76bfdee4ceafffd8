export * from './props';
export * from './type';
export * from './chat-markdown';
