// An admin's view of one request: review it (accept, or reject with a note), dispatch it, and after a
// poor rating revisit it (close it, or send it back for rework); decide on costly parts and
// outsourcing (components/parts-decisions); merge a duplicate into another request; each when the
// server allows it. Reviewing and revisiting open a half-screen popup holding the note and the two
// outcomes; each outcome is confirmed before it is sent.
const api = require('../../../services/api')
const requestDetailPage = require('../../../utils/request-detail')
const { allowedActions } = require('../../../utils/actions')
const { showError, toast, confirm } = require('../../../utils/ui')

Page(requestDetailPage({
  data: { id: '', request: null, error: '', can: {}, panel: '', note: '', revisitNote: '', errors: {}, busy: '' },

  show(request) {
    const can = allowedActions(request)
    // A popup whose action is no longer allowed (the request moved on meanwhile) closes.
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
      this.setData({ busy: outcome })
      return api.revisitRequest(this.data.id, { outcome, note: note || undefined })
        .then(request => {
          this.setData({ busy: '', revisitNote: '', panel: '' })
          this.show(request)
          toast(outcome === 'CLOSE' ? '已结束' : '已退回派工')
        })
        .catch(err => {
          this.setData({ busy: '', errors: err.fieldErrors || {} })
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
      this.setData({ busy: decision })
      return api.reviewRequest(this.data.id, { decision, note: note || undefined })
        .then(request => {
          this.setData({ busy: '', note: '', panel: '' })
          this.show(request)
          toast(decision === 'ACCEPT' ? '已通过' : '已驳回')
        })
        .catch(err => {
          this.setData({ busy: '', errors: err.fieldErrors || {} })
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
