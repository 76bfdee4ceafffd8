// A requester's request: its details, worker (once assigned), progress timeline; cancel it or rate
// the work when the server allows it.
const api = require('../../../services/api')
const requestDetailPage = require('../../../utils/request-detail')
const { showError, toast } = require('../../../utils/ui')

Page(requestDetailPage({
  data: {
    id: '',
    request: null,
    loading: true,
    error: '',
    can: {},
    busy: false
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
