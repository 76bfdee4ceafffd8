// A worker's tasks (a tab page: 任务 in the worker's tab bar, beside 查找 and 个人中心): waiting to be
// accepted, in progress, and done.
const pagedList = require('../../../utils/paged-list')
const { WORKER_TABS } = require('../../../utils/status')

Page(pagedList.page(WORKER_TABS, {
  onShow() {
    return this.reload()
  },

  openRequest(e) {
    wx.navigateTo({ url: `/pages/worker/task/task?id=${e.detail.id}` })
  }
}))
