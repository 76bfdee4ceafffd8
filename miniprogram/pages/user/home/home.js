// The requester's home (a tab page: 首页 in the requester's tab bar, beside 电话报修, 网络报修 and
// 个人中心): 我要报修, then pending and past requests in two tabs.
const pagedList = require('../../../utils/paged-list')
const session = require('../../../services/session')
const { USER_TABS } = require('../../../utils/status')

Page(pagedList.page(USER_TABS, {
  data: { name: '' },

  onLoad() {
    const user = session.getUser()
    this.setData({ name: (user && user.name) || '' })
  },

  onShow() {
    // Back from the report form or a detail page: show the fresh state.
    return this.reload()
  },

  openRequest(e) {
    wx.navigateTo({ url: `/pages/user/detail/detail?id=${e.detail.id}` })
  },

  report() {
    wx.navigateTo({ url: '/pages/user/report/report' })
  }
}))
