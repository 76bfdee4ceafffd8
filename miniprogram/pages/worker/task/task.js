// A worker's task: accept it, or refuse it with a reason (it goes back to dispatch); finish it with
// a note; call the requester (from the request's 报修人 cell). Each action's button shows when the
// server allows it; refusing and completing open a half-screen popup for the reason or note.
const api = require('../../../services/api')
const requestDetailPage = require('../../../utils/request-detail')
const { allowedActions } = require('../../../utils/actions')
const { showError, toast, confirm } = require('../../../utils/ui')

Page(requestDetailPage({
  data: {
    id: '',
    request: null,
    error: '',
    can: {},
    panel: '', // '' | 'refuse' | 'complete', named after the action it leads to
    reason: '',
    note: '',
    errors: {},
    busy: false
  },

  show(request) {
    const can = allowedActions(request)
    // A panel whose action is no longer allowed (the request moved on meanwhile) closes.
    this.setData({ request, can, panel: can[this.data.panel] ? this.data.panel : '', loading: false, error: '' })
  },

  openPanel(e) {
    this.setData({ panel: e.currentTarget.dataset.panel, errors: {} })
  },

  closePanel() {
    this.setData({ panel: '', errors: {} })
  },

  // Closed by a tap outside it.
  onPopup(e) {
    if (!e.detail.visible) this.closePanel()
  },

  onReason(e) {
    this.setData({ reason: e.detail.value, 'errors.reason': '' })
  },

  onNote(e) {
    this.setData({ note: e.detail.value })
  },

  run(call, done) {
    if (this.data.busy) return Promise.resolve()
    this.setData({ busy: true })
    return call()
      .then(request => {
        this.setData({ busy: false, panel: '' })
        this.show(request)
        toast(done)
      })
      .catch(err => {
        this.setData({ busy: false, errors: err.fieldErrors || {} })
        showError(err)
        if (err.statusCode === 409) return this.load()
      })
  },

  accept() {
    return confirm('接单', '确认接下这个维修任务？', '接单').then(yes => {
      if (yes) return this.run(() => api.acceptTask(this.data.id), '已接单')
    })
  },

  refuse() {
    const reason = this.data.reason.trim()
    if (!reason) {
      this.setData({ 'errors.reason': '请填写拒单原因' })
      return Promise.resolve()
    }
    return this.run(() => api.refuseTask(this.data.id, reason), '已退回，等待重新派工')
  },

  complete() {
    const note = this.data.note.trim()
    return this.run(() => api.completeTask(this.data.id, note || undefined), '已完成，已通知报修人评价')
  }
}))
