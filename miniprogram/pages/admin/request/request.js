// An admin's view of one request: review it (accept, or reject with a note), dispatch it, and after a
// poor rating revisit it (close it, or send it back for rework); decide on costly parts and
// outsourcing (components/parts-decisions), each when the server allows it.
const api = require('../../../services/api')
const requestDetailPage = require('../../../utils/request-detail')
const { showError, toast, confirm } = require('../../../utils/ui')

Page(requestDetailPage({
  data: { id: '', request: null, error: '', can: {}, note: '', revisitNote: '', errors: {}, busy: false },

  onNote(e) {
    this.setData({ note: e.detail.value, 'errors.note': '' })
  },

  onRevisitNote(e) {
    this.setData({ revisitNote: e.detail.value, 'errors.note': '' })
  },

  revisit(e) {
    const outcome = e.currentTarget.dataset.outcome
    const note = this.data.revisitNote.trim()
    const question = outcome === 'CLOSE' ? '回访后结束这张报修单。' : '退回派工，重新安排维修（可派原维修工）。'
    return confirm(outcome === 'CLOSE' ? '结束' : '返修', question).then(yes => {
      if (!yes || this.data.busy) return
      this.setData({ busy: true })
      return api.revisitRequest(this.data.id, { outcome, note: note || undefined })
        .then(request => {
          this.setData({ busy: false, revisitNote: '' })
          this.show(request)
          toast(outcome === 'CLOSE' ? '已结束' : '已退回派工')
        })
        .catch(err => {
          this.setData({ busy: false, errors: err.fieldErrors || {} })
          showError(err)
          if (err.statusCode === 409) return this.load()
        })
    })
  },

  review(e) {
    const decision = e.currentTarget.dataset.decision
    const note = this.data.note.trim()
    if (decision === 'REJECT' && !note) {
      this.setData({ 'errors.note': '驳回时请填写原因，报修人会收到通知' })
      return Promise.resolve()
    }
    const question = decision === 'ACCEPT' ? '通过后将通知仓库备料，并进入待派工。' : '驳回后报修人会收到短信通知。'
    return confirm(decision === 'ACCEPT' ? '审核通过' : '驳回报修', question).then(yes => {
      if (!yes || this.data.busy) return
      this.setData({ busy: true })
      return api.reviewRequest(this.data.id, { decision, note: note || undefined })
        .then(request => {
          this.setData({ busy: false, note: '' })
          this.show(request)
          toast(decision === 'ACCEPT' ? '已通过' : '已驳回')
        })
        .catch(err => {
          this.setData({ busy: false, errors: err.fieldErrors || {} })
          showError(err)
          if (err.statusCode === 409) return this.load()
        })
    })
  },

  /** Parts approved or declined, outsourcing recorded or closed (components/parts-decisions). */
  onPartsDecided(e) {
    this.show(e.detail.request)
  },

  /** A duplicate of another request: pick the one to keep (pages/admin/merge). */
  merge() {
    wx.navigateTo({ url: `/pages/admin/merge/merge?id=${this.data.id}` })
  },

  dispatch() {
    const r = this.data.request
    const category = r && r.category ? r.category.code || '' : ''
    wx.navigateTo({ url: `/pages/admin/dispatch/dispatch?id=${this.data.id}&specialty=${category}` })
  }
}))
