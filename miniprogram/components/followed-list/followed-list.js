// The requests the requester follows (我也遇到了, or their own report merged into another), for the
// home page: each a cell with its place, its category and its status in the app's one vocabulary,
// opening its detail page.
const api = require('../../services/api')
const { requestStatus } = require('../../utils/status')
const { locationText, categoryName } = require('../../utils/format')

const view = request => ({
  id: request.id,
  place: locationText(request.location) || '报修',
  category: categoryName(request.category),
  tag: requestStatus(request)
})

Component({
  options: { addGlobalClass: true },
  data: { items: [] },
  lifetimes: {
    attached() {
      this.load()
    }
  },
  pageLifetimes: {
    show() {
      this.load()
    }
  },
  methods: {
    load() {
      return api.listFollowed({ size: 20 })
        .then(page => this.setData({ items: ((page && page.items) || []).map(view) }))
        .catch(() => this.setData({ items: [] }))
    },

    open(e) {
      wx.navigateTo({ url: `/pages/user/detail/detail?id=${e.currentTarget.dataset.id}` })
    }
  }
})
