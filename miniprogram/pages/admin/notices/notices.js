// The admins' outage notices (停水停电通知): every notice, newest first, its state and how many follow
// it; close one that is over (its followers get one text), or post a new one.
const api = require('../../../services/api')
const { formatTime } = require('../../../utils/format')
const { showError, toast, confirm } = require('../../../utils/ui')

const STATE_TEXT = { ACTIVE: '生效中', SCHEDULED: '未开始', ENDED: '已结束' }

const view = notice => ({
  id: notice.id,
  title: `${notice.place} · ${notice.category ? notice.category.name : ''}`,
  reason: notice.reason,
  period: `${formatTime(notice.startsAt)} 至 ${formatTime(notice.endsAt)}`,
  state: STATE_TEXT[notice.state] || notice.state,
  open: notice.state !== 'ENDED',
  followers: notice.followers || 0
})

Page({
  data: { notices: [], loading: true, error: '', busy: false },

  onShow() {
    return this.load()
  },

  onPullDownRefresh() {
    return this.load().then(() => wx.stopPullDownRefresh())
  },

  load() {
    return api.listAllNotices({ size: 50 })
      .then(res => this.setData({ notices: (res.items || []).map(view), loading: false, error: '' }))
      .catch(err => this.setData({ loading: false, error: err.message }))
  },

  post() {
    wx.navigateTo({ url: '/pages/admin/notice-post/notice-post' })
  },

  close(e) {
    const notice = this.data.notices[e.currentTarget.dataset.index]
    return confirm('结束通知', `${notice.title}：结束后将短信通知${notice.followers}位关注者。`).then(yes => {
      if (!yes || this.data.busy) return
      this.setData({ busy: true })
      return api.closeNotice(notice.id)
        .then(() => {
          this.setData({ busy: false })
          toast('已结束')
          return this.load()
        })
        .catch(err => {
          this.setData({ busy: false })
          showError(err)
          return this.load()
        })
    })
  }
})
