export * from '../common/shared/color-picker/index';
