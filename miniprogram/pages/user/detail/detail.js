// A requester's request: its details, where it stands in the queue until a worker accepts it, the
// worker (once assigned), progress timeline; cancel it or rate the work when the server allows it.
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

  cancel() {
    if (this.data.busy) return Promise.resolve()
    return new Promise(resolve => {
      wx.showModal({
        title: '取消报修',
        content: '',
        editable: true,
        placeholderText: '取消原因（选填）',
        confirmText: '确认取消',
        cancelText: '再想想',
        success: res => resolve(res)
      })
    }).then(res => {
      if (!res || !res.confirm) return
      this.setData({ busy: true })
      return api.cancelRequest(this.data.id, (res.content || '').trim() || undefined)
        .then(request => {
          this.setData({ busy: false })
          this.show(request)
          toast('已取消')
        })
        .catch(err => {
          this.setData({ busy: false })
          showError(err, '取消失败')
          return this.load()
        })
    })
  },

  rate() {
    wx.navigateTo({ url: `/pages/user/rate/rate?id=${this.data.id}` })
  }
}))
