export * from './type';
export { default as ChatRecord } from './chat-record';
