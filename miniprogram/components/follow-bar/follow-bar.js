// How many people a request affects (its requester and its followers), whether the viewer follows it
// (and can stop), and, for a merged duplicate, the request it was merged into. `change` after an unfollow.
const api = require('../../services/api')
const { showError, toast } = require('../../utils/ui')

Component({
  options: { addGlobalClass: true },
  properties: {
    request: { type: Object, value: null },
    // The detail page to open the request a duplicate was merged into.
    detailPage: { type: String, value: '/pages/user/detail/detail' }
  },
  data: { busy: false },
  methods: {
    unfollow() {
      const request = this.data.request
      if (!request || this.data.busy) return Promise.resolve()
      this.setData({ busy: true })
      return api.unfollowRequest(request.id)
        .then(() => {
          this.setData({ busy: false })
          toast('已取消关注')
          this.triggerEvent('change', { id: request.id })
        })
        .catch(err => {
          this.setData({ busy: false })
          showError(err)
        })
    },

    openMerged() {
      const request = this.data.request
      if (request && request.mergedInto) wx.navigateTo({ url: `${this.data.detailPage}?id=${request.mergedInto}` })
    }
  }
})
