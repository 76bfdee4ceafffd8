// Import buildings and rooms from a spreadsheet: the template, the file chosen from a WeChat chat,
// a trial run that shows what would change (or every refused row and why), then the import itself.
// A file with a refused row changes nothing on the server.
const api = require('../../../services/api')
const { showError, toast } = require('../../../utils/ui')

function summary(report) {
  return `新增${report.created}，更新${report.updated}，未变${report.unchanged}`
}

Page({
  data: {
    file: null, // {path, name}
    checked: null, // the trial's summary
    problems: [], // the refused rows, as the server words them
    done: '',
    busy: false
  },

  template() {
    return api.downloadImportTemplate()
      .then(filePath => wx.openDocument({ filePath, fileType: 'xlsx', showMenu: true }))
      .catch(err => showError(err, '模板下载失败'))
  },

  choose() {
    wx.chooseMessageFile({
      count: 1,
      type: 'file',
      extension: ['xlsx', 'csv'],
      success: res => {
        const chosen = res.tempFiles[0]
        this.setData({ file: { path: chosen.path, name: chosen.name }, checked: null, problems: [], done: '' })
        this.check()
      }
    })
  },

  check() {
    this.setData({ busy: true })
    return api.importPlaces(this.data.file.path, true)
      .then(report => this.setData({ busy: false, checked: summary(report), problems: [] }))
      .catch(err => {
        this.setData({ busy: false, checked: null, problems: (err.errors || []).map(e => e.message) })
        showError({ message: err.detail || err.message }, '文件无法导入')
      })
  },

  run() {
    if (!this.data.checked || this.data.busy) return Promise.resolve()
    this.setData({ busy: true })
    return api.importPlaces(this.data.file.path, false)
      .then(report => {
        this.setData({ busy: false, done: `导入完成：${summary(report)}`, checked: null, file: null })
        toast('导入完成')
      })
      .catch(err => {
        this.setData({ busy: false, problems: (err.errors || []).map(e => e.message) })
        showError(err, '导入失败')
      })
  }
})
