// Entry point. Where a person lands is decided by the login page (by `user.role`); the app itself
// only restores the stored session.
const session = require('./services/session')
const wechat = require('./services/wechat')

App({
  globalData: {
    user: null
  },
  onLaunch() {
    this.globalData.user = session.getUser()
    // Which subscribe messages to ask for must be known before the tap that asks.
    wechat.loadSettings()
  }
})
