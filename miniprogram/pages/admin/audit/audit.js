// Who changed which staff account, when and how, newest first.
const api = require('../../../services/api')
const { formatTime } = require('../../../utils/format')
const { showError } = require('../../../utils/ui')

const ACTION_TEXT = {
  CREATED: '添加',
  IMPORTED: '导入',
  UPDATED: '修改',
  DEACTIVATED: '停用',
  REACTIVATED: '恢复',
  TASK_REASSIGNED: '转派任务'
}
const PAGE_SIZE = 20

Page({
  data: { items: [], page: 0, finished: false, loading: false },

  onLoad(query) {
    this.staffId = query && query.staffId
    return this.load(0)
  },

  onReachBottom() {
    if (this.data.loading || this.data.finished) return Promise.resolve()
    return this.load(this.data.page + 1)
  },

  load(page) {
    this.setData({ loading: true })
    return api.listStaffAudit({ staffId: this.staffId, page, size: PAGE_SIZE })
      .then(res => {
        const fresh = (res.items || []).map(entry => ({
          id: entry.id,
          at: formatTime(entry.at),
          action: ACTION_TEXT[entry.action] || entry.action,
          actor: entry.actor && entry.actor.name,
          subject: entry.subject && entry.subject.name,
          detail: entry.detail || ''
        }))
        const items = page === 0 ? fresh : this.data.items.concat(fresh)
        this.setData({ items, page, loading: false, finished: items.length >= res.total })
      })
      .catch(err => {
        this.setData({ loading: false })
        showError(err, '变更记录加载失败')
      })
  }
})
