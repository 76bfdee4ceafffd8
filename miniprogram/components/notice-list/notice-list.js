// The outage notices in force (停水停电通知), for the requester's home page: each with its place,
// category, until when and why; a requester follows one to be texted when it ends.
const api = require('../../services/api')
const { formatTime } = require('../../utils/format')
const { showError, toast } = require('../../utils/ui')

const view = notice => ({
  id: notice.id,
  line: `${notice.place} ${notice.category ? notice.category.name : ''} 停供至 ${formatTime(notice.endsAt)}`,
  reason: notice.reason,
  following: !!notice.following
})

Component({
  options: { addGlobalClass: true },
  data: { notices: [], busy: false },
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
      return api.listNotices()
        .then(notices => this.setData({ notices: (notices || []).map(view) }))
        .catch(() => this.setData({ notices: [] }))
    },

    toggle(e) {
      const { id, following } = e.currentTarget.dataset
      if (this.data.busy) return Promise.resolve()
      this.setData({ busy: true })
      const call = following ? api.unfollowNotice(id) : api.followNotice(id)
      return call
        .then(() => {
          this.setData({ busy: false })
          toast(following ? '已取消关注' : '已关注，恢复后短信通知您')
          return this.load()
        })
        .catch(err => {
          this.setData({ busy: false })
          showError(err)
          return this.load()
        })
    }
  }
})
