// A worker's tasks: waiting to be accepted, in progress, and done.
const pagedList = require('../../../utils/paged-list')
const { WORKER_TABS } = require('../../../utils/status')

Page(pagedList.page(WORKER_TABS, {
  onShow() {
    return this.reload()
  },

  openRequest(e) {
    wx.navigateTo({ url: `/pages/worker/task/task?id=${e.detail.id}` })
  },

  profile() {
    wx.navigateTo({ url: '/pages/common/profile/profile' })
  }
}))
