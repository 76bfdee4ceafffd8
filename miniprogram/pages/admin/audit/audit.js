// Who changed which staff account, when and how, newest first; pull down to read it again, reach the
// bottom for more.
const api = require('../../../services/api')
const { formatTime } = require('../../../utils/format')

// Each change's word, its TDesign icon and its tag's colour: stopping someone is red, bringing them
// back or adding them green.
const ACTIONS = {
  CREATED: { text: '添加', icon: 'user-add', theme: 'success' },
  IMPORTED: { text: '导入', icon: 'upload', theme: 'success' },
  UPDATED: { text: '修改', icon: 'edit', theme: 'primary' },
  DEACTIVATED: { text: '停用', icon: 'user-blocked', theme: 'danger' },
  REACTIVATED: { text: '恢复', icon: 'user-checked', theme: 'success' },
  TASK_REASSIGNED: { text: '转派任务', icon: 'swap', theme: 'warning' }
}
const PAGE_SIZE = 20

Page({
  data: { items: [], page: 0, finished: false, loading: false, error: '' },

  onLoad(query) {
    this.staffId = query && query.staffId
    return this.load(0)
  },

  onReachBottom() {
    if (this.data.loading || this.data.finished || this.data.error) return Promise.resolve()
    return this.load(this.data.page + 1)
  },

  onPullDownRefresh() {
    this.setData({ items: [], finished: false })
    return this.load(0).then(() => wx.stopPullDownRefresh())
  },

  retry() {
    return this.load(this.data.items.length ? this.data.page + 1 : 0)
  },

  load(page) {
    this.setData({ loading: true, error: '' })
    return api.listStaffAudit({ staffId: this.staffId, page, size: PAGE_SIZE })
      .then(res => {
        const fresh = (res.items || []).map(entry => {
          const action = ACTIONS[entry.action] || { text: entry.action, icon: 'info-circle', theme: 'default' }
          return {
            id: entry.id,
            at: formatTime(entry.at),
            action: action.text,
            icon: action.icon,
            theme: action.theme,
            actor: entry.actor && entry.actor.name,
            subject: entry.subject && entry.subject.name,
            detail: entry.detail || ''
          }
        })
        const items = page === 0 ? fresh : this.data.items.concat(fresh)
        this.setData({ items, page, loading: false, finished: items.length >= res.total })
      })
      .catch(err => this.setData({ loading: false, error: err.message }))
  }
})
