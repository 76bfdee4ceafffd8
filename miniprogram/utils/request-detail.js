// What every one-request page shares: the request id comes from the page query, and the request is
// read again whenever the page shows (also on coming back from a sub-page such as dispatch or rate)
// or is pulled down. A page passes its own options; its `show(request)` decides what else follows
// from the request. `can` holds the actions the server allows the viewer now (`allowedActions`): a
// page shows an action's button only when `can.<action>` is set, and never works it out itself.
const api = require('../services/api')
const { allowedActions } = require('./actions')

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
    this.setData({ request, can: allowedActions(request), loading: false, error: '' })
  }
}

module.exports = function requestDetailPage(options) {
  return Object.assign({}, shared, options)
}
