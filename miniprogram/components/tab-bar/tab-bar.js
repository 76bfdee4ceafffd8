// The bottom tab bar of the logged-in person's role (utils/tabs.js). `current` is the key of the
// page showing it. Pages are not WeChat's native tabBar pages (that list is one for all roles and
// at most five), so a tab is opened with reLaunch: a fresh page with nothing stacked behind it.
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

  methods: {
    open(e) {
      const tab = this.data.tabs[e.currentTarget.dataset.index]
      if (!tab || tab.key === this.properties.current) return
      wx.reLaunch({ url: tab.url })
    }
  }
})
