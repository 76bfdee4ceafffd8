// The requests the requester follows (我也遇到了, or their own report merged into another), for the
// home page: each as "3号楼 512 · 水电 · 维修中", opening its detail page.
const api = require('../../services/api')
const { statusText } = require('../../utils/status')
const { locationText, categoryName } = require('../../utils/format')

const view = request => ({
  id: request.id,
  line: [locationText(request.location), categoryName(request.category),
    statusText(request.status, request.currentStep && request.currentStep.name)].filter(Boolean).join(' · ')
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
