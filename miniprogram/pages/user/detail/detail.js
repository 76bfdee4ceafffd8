// A requester's request: its details, where it stands in the queue until a worker accepts it, the
// worker (once assigned), progress timeline; cancel it (with an optional reason, confirmed in a
// popup) or rate the work when the server allows it.
const api = require('../../../services/api')
const requestDetailPage = require('../../../utils/request-detail')
const { allowedActions } = require('../../../utils/actions')
const { queueLine } = require('../../../utils/format')
const { showError, toast } = require('../../../utils/ui')

Page(requestDetailPage({
  data: {
    id: '',
    request: null,
    loading: true,
    error: '',
    can: {},
    queueLine: '',
    cancelling: false,
    reason: '',
    errors: {},
    busy: false
  },

  show(request) {
    this.setData({ request, can: allowedActions(request), loading: false, error: '' })
    return this.loadQueue(request)
  },

  /** '前面还有 3 单，预计 今天 16:00 前上门' while the request waits for a worker; the server says whether it does. */
  loadQueue(request) {
    if (!request.currentStep) {
      this.setData({ queueLine: '' })
      return Promise.resolve()
    }
    return api.getQueue(request.id)
      .then(queue => this.setData({ queueLine: queueLine(queue) }))
      .catch(() => this.setData({ queueLine: '' }))
  },

  openCancel() {
    this.setData({ cancelling: true, reason: '', errors: {} })
  },

  closeCancel() {
    this.setData({ cancelling: false, errors: {} })
  },

  // Closed by a tap outside it.
  onPopup(e) {
    if (!e.detail.visible) this.closeCancel()
  },

  onReason(e) {
    this.setData({ reason: e.detail.value, 'errors.reason': '' })
  },

  cancel() {
    if (this.data.busy) return Promise.resolve()
    this.setData({ busy: true })
    return api.cancelRequest(this.data.id, this.data.reason.trim() || undefined)
      .then(request => {
        this.setData({ busy: false, cancelling: false })
        this.show(request)
        toast('已取消')
      })
      .catch(err => {
        this.setData({ busy: false, errors: err.fieldErrors || {} })
        // A reason the server refuses is shown under the field; anything else (the request moved
        // on meanwhile) as a message, and the request is read again.
        if (err.fieldErrors && err.fieldErrors.reason) return
        this.setData({ cancelling: false })
        showError(err, '取消失败')
        return this.load()
      })
  },

  rate() {
    wx.navigateTo({ url: `/pages/user/rate/rate?id=${this.data.id}` })
  }
}))
