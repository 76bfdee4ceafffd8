// Merging a duplicate: the open requests of the same category at the same place are offered as the
// one to keep (or its id typed); the duplicate then ends as 已合并, its requester follows the kept one
// and its photos show there. A merge someone else made first is a 409 the page says.
const api = require('../../../services/api')
const { relativeTime } = require('../../../utils/format')
const { statusText } = require('../../../utils/status')
const { showError, toast, confirm } = require('../../../utils/ui')

Page({
  data: { id: '', request: null, candidates: [], keptId: '', error: '', busy: false },

  onLoad(query) {
    this.setData({ id: query.id })
    return api.getRequest(query.id)
      .then(request => {
        this.setData({ request })
        const location = request.location || {}
        if (!location.roomId && !location.assetId && !location.buildingId) return null
        return api.findDuplicates({
          categoryCode: request.category.code,
          roomId: location.assetId ? undefined : location.roomId || undefined,
          assetId: location.assetId || undefined,
          buildingId: location.roomId || location.assetId ? undefined : location.buildingId
        }).then(found => this.setData({
          candidates: (found.items || []).filter(item => item.id !== request.id).map(item => ({
            id: item.id,
            line: [item.number, item.place, statusText(item.status, item.currentStep), relativeTime(item.createdAt)]
              .filter(Boolean).join(' · '),
            affected: (item.followers || 0) + 1
          }))
        }))
      })
      .catch(err => this.setData({ error: err.message }))
  },

  pick(e) {
    this.setData({ keptId: e.currentTarget.dataset.id, error: '' })
  },

  onKept(e) {
    this.setData({ keptId: e.detail.value.trim(), error: '' })
  },

  merge() {
    const keptId = this.data.keptId
    if (!keptId) {
      this.setData({ error: '请选择或填写要保留的报修单' })
      return Promise.resolve()
    }
    return confirm('合并报修单', '本单将结束为“已合并”，报修人改为关注保留的报修单，修好时收到短信。').then(yes => {
      if (!yes || this.data.busy) return
      this.setData({ busy: true })
      return api.mergeRequest(this.data.id, keptId)
        .then(() => {
          this.setData({ busy: false })
          toast('已合并')
          wx.redirectTo({ url: `/pages/admin/request/request?id=${keptId}` })
        })
        .catch(err => {
          this.setData({ busy: false, error: err.message })
          showError(err, '合并失败')
        })
    })
  }
})
