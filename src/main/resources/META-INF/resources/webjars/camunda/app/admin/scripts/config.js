// Ours, in place of Camunda's own (the webapp starter serves this folder first): the 后勤报修 name in
// the header and the title, and Simplified Chinese for browsers whose first language is Chinese
// (locales/zh.json; a text it lacks is shown in English). docs/tasklist.md says what is translated.
export default {
  app: {
    name: '管理后台',
    vendor: '后勤报修'
  },
  locales: {
    availableLocales: ['en', 'zh'],
    fallbackLocale: 'en'
  }
};
