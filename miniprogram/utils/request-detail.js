// What every one-request page shares: the request id comes from the page query, and the request is
// read again whenever the page shows (also on coming back from a sub-page such as dispatch or rate)
// or is pulled down. A page passes its own options; its `show(request)` decides what else follows
// from the request.
const api = require('../services/api')

const shared = {
  onLoad(query) {
    this.setData({ id: query.id })
  },

  onShow() {
    return this.load()
  },

  onPullDownRefresh() {
    return this.load().then(() => wx.stopPullDownRefresh())
  },

  load() {
    return api.getRequest(this.data.id)
      .then(request => this.show(request))
      .catch(err => this.setData({ loading: false, error: err.message }))
  },

  show(request) {
    this.setData({ request, loading: false, error: '' })
  }
}

module.exports = function requestDetailPage(options) {
  return Object.assign({}, shared, options)
}
