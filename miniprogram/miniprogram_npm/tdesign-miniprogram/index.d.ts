export { default as ActionSheet, ActionSheetItem, ActionSheetTheme, ActionSheetShowOption } from './action-sheet/index';
export { default as Dialog } from './dialog/index';
export { default as Message } from './message/index';
export { default as Toast, showToast, hideToast } from './toast/index';
