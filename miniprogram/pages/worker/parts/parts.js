// The worker asks for parts while repairing: from the catalogue or described in words; the repair
// pauses until a keeper issues them. (Refusing a task for parts picks them in the task's refuse popup.)
const api = require('../../../services/api')
const { showError, toast } = require('../../../utils/ui')

Page({
  data: { id: '', parts: [], note: '', error: '', busy: false },

  onLoad(query) {
    this.setData({ id: query.id || '' })
  },

  onParts(e) {
    this.setData({ parts: e.detail.parts, error: '' })
  },

  onNote(e) {
    this.setData({ note: e.detail.value })
  },

  submit() {
    const parts = this.data.parts.filter(line => line.quantity > 0)
    if (!parts.length) {
      this.setData({ error: '请至少选择一种配件，数量大于0' })
      return Promise.resolve()
    }
    if (this.data.busy) return Promise.resolve()
    this.setData({ busy: true })
    const note = this.data.note.trim() || undefined
    return api.requestParts(this.data.id, parts, note)
      .then(() => {
        this.setData({ busy: false })
        toast('已提交，等待仓库备料')
        wx.navigateBack()
      })
      .catch(err => {
        this.setData({ busy: false, error: err.detail || '' })
        showError(err)
      })
  }
})
