// Ours, in place of Camunda's own (the webapp starter serves this folder first): the 后勤报修 name in
// the header and the title, and Simplified Chinese for browsers whose first language is Chinese
// (locales/zh.json). docs/tasklist.md says what is translated.
//
// Nobody starts a repair request or a free-standing task here: requests come from the mini program,
// and every step is the model's. Camunda shows both buttons to everyone and checks only when one is
// used (no grant gives workers either, and the repair process is not startable in Tasklist), so
// they are taken out of the page by Camunda's plugin exclusion, which reads the page's <base>
// element when the plugins register, after this file has run.
document.querySelector('base')
  .setAttribute('cam-exclude-plugins', 'tasklist.navbar.action:start-process-action,tasklist.navbar.action:create-task-action');

export default {
  app: {
    name: '任务列表',
    vendor: '后勤报修'
  },
  locales: {
    availableLocales: ['en', 'zh'],
    fallbackLocale: 'en'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '把焦点移到第一个筛选'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '把焦点移到任务列表的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '把焦点移到任务表单的第一个输入框'
    }
  }
};
