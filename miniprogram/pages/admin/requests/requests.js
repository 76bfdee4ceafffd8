// The admin's home: requests waiting for review/dispatch, waiting for repair, and done.
const pagedList = require('../../../utils/paged-list')
const { ADMIN_TABS } = require('../../../utils/status')

Page(pagedList.page(ADMIN_TABS, {
  onShow() {
    return this.reload()
  },

  openRequest(e) {
    wx.navigateTo({ url: `/pages/admin/request/request?id=${e.detail.id}` })
  },

  staff() {
    wx.navigateTo({ url: '/pages/admin/staff/staff' })
  },

  profile() {
    wx.navigateTo({ url: '/pages/common/profile/profile' })
  }
}))
