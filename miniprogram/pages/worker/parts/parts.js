// The worker asks for parts: from the catalogue or described in words. mode=request while repairing
// (the repair pauses until a keeper issues them); mode=refuse when refusing the task because parts
// are missing (the task stays the worker's and comes back once the parts are ready).
const api = require('../../../services/api')
const { showError, toast } = require('../../../utils/ui')

Page({
  data: { id: '', mode: 'request', parts: [], note: '', error: '', busy: false },

  onLoad(query) {
    this.setData({ id: query.id || '', mode: query.mode === 'refuse' ? 'refuse' : 'request' })
    wx.setNavigationBarTitle({ title: this.data.mode === 'refuse' ? '需要配件' : '申领配件' })
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
    const sent = this.data.mode === 'refuse'
      ? api.refuseTaskFor(this.data.id, { category: 'PARTS', reason: note, parts })
      : api.requestParts(this.data.id, parts, note)
    return sent
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
