// Before a report is sent: the outage notices in force for its place and category, and the open
// requests that are probably the same fault ("3号楼 512 · 水电 · 待接单 · 2小时前"). The requester
// follows one instead of reporting (我也遇到了); `followed` says which ({kind: 'request'|'notice', id}).
// Advice only: the form can still be sent.
const api = require('../../services/api')
const { relativeTime, formatTime } = require('../../utils/format')
const { statusText } = require('../../utils/status')
const { showError, toast } = require('../../utils/ui')

function requestCard(item) {
  const parts = [item.place, item.category && item.category.name, statusText(item.status, item.currentStep),
    relativeTime(item.createdAt)].filter(Boolean)
  return {
    id: item.id,
    line: parts.join(' · '),
    affected: (item.followers || 0) + 1,
    mine: !!item.mine,
    following: !!item.following
  }
}

function noticeCard(notice) {
  return {
    id: notice.id,
    line: `${notice.place} ${notice.category ? notice.category.name : ''} 停供至 ${formatTime(notice.endsAt)}`,
    reason: notice.reason,
    following: !!notice.following
  }
}

Component({
  options: { addGlobalClass: true },
  properties: {
    categoryCode: { type: String, value: '' },
    roomId: { type: String, value: '' },
    assetId: { type: String, value: '' },
    buildingId: { type: String, value: '' }
  },
  data: { duplicates: [], notices: [], busy: false },
  observers: {
    'categoryCode, roomId, assetId, buildingId'() {
      this.load()
    }
  },
  methods: {
    load() {
      const { categoryCode, roomId, assetId, buildingId } = this.data
      if (!categoryCode || !(roomId || assetId || buildingId)) {
        this.asked = ''
        this.setData({ duplicates: [], notices: [] })
        return Promise.resolve()
      }
      const asked = [categoryCode, roomId, assetId, buildingId].join('|')
      this.asked = asked
      // Advice: a failed look-up leaves the form as it is rather than stopping the report.
      return Promise.all([
        api.findDuplicates({ categoryCode, roomId: roomId || undefined, assetId: assetId || undefined,
          buildingId: roomId || assetId ? undefined : buildingId || undefined }).catch(() => ({ items: [] })),
        buildingId ? api.listNotices({ buildingId, categoryCode }).catch(() => []) : Promise.resolve([])
      ]).then(([found, notices]) => {
        // The place or category changed while asking: the newer question's answer wins.
        if (this.asked !== asked) return
        this.setData({
          duplicates: ((found && found.items) || []).map(requestCard),
          notices: (notices || []).map(noticeCard)
        })
      })
    },

    followRequest(e) {
      const id = e.currentTarget.dataset.id
      if (this.data.busy) return Promise.resolve()
      this.setData({ busy: true })
      return api.followRequest(id)
        .then(() => {
          this.setData({ busy: false })
          toast('已关注，修好后短信通知您')
          this.triggerEvent('followed', { kind: 'request', id })
        })
        .catch(err => {
          this.setData({ busy: false })
          showError(err, '关注失败')
          return this.load()
        })
    },

    followNotice(e) {
      const id = e.currentTarget.dataset.id
      if (this.data.busy) return Promise.resolve()
      this.setData({ busy: true })
      return api.followNotice(id)
        .then(() => {
          this.setData({ busy: false })
          toast('已关注，恢复后短信通知您')
          this.triggerEvent('followed', { kind: 'notice', id })
        })
        .catch(err => {
          this.setData({ busy: false })
          showError(err, '关注失败')
          return this.load()
        })
    },

    openMine(e) {
      this.triggerEvent('followed', { kind: 'request', id: e.currentTarget.dataset.id })
    }
  }
})
