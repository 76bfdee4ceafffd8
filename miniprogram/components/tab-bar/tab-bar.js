// The bottom tab bar of the logged-in person's role (utils/tabs.js) on TDesign's t-tab-bar. `current`
// is the key of the page showing it. Pages are not WeChat's native tabBar pages (that list is one for
// all roles and at most five), so a tab is opened with reLaunch: a fresh page with nothing stacked
// behind it. Such a page is not the app's first page (login is), and WeChat would give it a 返回首页
// button leading back to the login page: a page with a tab bar hides it whenever it shows.
const session = require('../../services/session')
const { tabsFor } = require('../../utils/tabs')

Component({
  properties: {
    current: { type: String, value: '' }
  },

  data: { tabs: [] },

  lifetimes: {
    attached() {
      const user = session.getUser()
      this.setData({ tabs: tabsFor(user && user.role) })
    }
  },

  pageLifetimes: {
    show() {
      if (wx.hideHomeButton) wx.hideHomeButton()
    }
  },

  methods: {
    onChange(e) {
      const tab = this.data.tabs.find(t => t.key === e.detail.value)
      if (!tab || tab.key === this.properties.current) return
      wx.reLaunch({ url: tab.url })
    }
  }
})
