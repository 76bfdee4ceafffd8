// A worker's task: accept it, or refuse it with a reason from the list (the model routes it: 需要配件
// comes back to this worker once the parts are issued, the rest go back to dispatch or to
// outsourcing); ask for parts during the repair; finish it with a note and what was used of the
// issued parts. Each action's button shows when the server allows it; refusing and completing open a
// half-screen popup, the refusal's with the reasons and, for 需要配件, the parts picker. The requester
// is called from the request's 报修人 cell.
const api = require('../../../services/api')
const wechat = require('../../../services/wechat')
const requestDetailPage = require('../../../utils/request-detail')
const { allowedActions } = require('../../../utils/actions')
const { showError, toast, confirm } = require('../../../utils/ui')

const issuedLines = request => (request && request.parts && Array.isArray(request.parts.lines)
  ? request.parts.lines.filter(line => line.state === 'ISSUED') : [])

Page(requestDetailPage({
  data: {
    id: '',
    request: null,
    error: '',
    can: {},
    panel: '', // '' | 'refuse' | 'complete', named after the action it leads to
    reason: '',
    refuseCategories: [
      { value: 'PARTS', label: '需要配件' },
      { value: 'NOT_MY_SPECIALTY', label: '不在我的专业' },
      { value: 'OUTSOURCE', label: '需要外包' },
      { value: 'OTHER', label: '其他' }
    ],
    refuseCategory: 'OTHER',
    refuseHint: {
      PARTS: '缺什么、为什么需要（选填）；配件备齐后任务回到你这里',
      NOT_MY_SPECIALTY: '补充说明（选填），任务将退回重新派工',
      OUTSOURCE: '补充说明（选填），管理员将安排外包',
      OTHER: '请说明无法接单的原因，任务将退回重新派工'
    },
    refuseParts: [],
    used: {}, // issued line id → how many were used, as typed
    issued: [],
    note: '',
    errors: {},
    busy: false
  },

  show(request) {
    const can = allowedActions(request)
    // A panel whose action is no longer allowed (the request moved on meanwhile) closes.
    this.setData({ request, can, panel: can[this.data.panel] ? this.data.panel : '', loading: false, error: '',
      issued: issuedLines(request) })
  },

  openPanel(e) {
    this.setData({ panel: e.currentTarget.dataset.panel, errors: {} })
  },

  closePanel() {
    this.setData({ panel: '', errors: {} })
  },

  // Closed by a tap outside it.
  onPopup(e) {
    if (!e.detail.visible) this.closePanel()
  },

  onReason(e) {
    this.setData({ reason: e.detail.value, 'errors.reason': '' })
  },

  onRefuseCategory(e) {
    this.setData({ refuseCategory: e.detail.value, 'errors.reason': '', 'errors.parts': '' })
  },

  onRefuseParts(e) {
    this.setData({ refuseParts: e.detail.parts, 'errors.parts': '' })
  },

  onUsed(e) {
    this.setData({ [`used.${e.currentTarget.dataset.line}`]: e.detail.value })
  },

  /** Parts asked for during the repair are picked on their own page, with room for the search. */
  askForParts() {
    wx.navigateTo({ url: `/pages/worker/parts/parts?id=${this.data.id}` })
  },

  onNote(e) {
    this.setData({ note: e.detail.value })
  },

  run(call, done) {
    if (this.data.busy) return Promise.resolve()
    this.setData({ busy: true })
    return call()
      .then(request => {
        this.setData({ busy: false, panel: '' })
        this.show(request)
        toast(done)
      })
      .catch(err => {
        this.setData({ busy: false, errors: err.fieldErrors || {} })
        showError(err)
        if (err.statusCode === 409) return this.load()
      })
  },

  accept() {
    // On this tap, as WeChat requires: allow being told of the next task in WeChat instead of by SMS.
    wechat.requestSubscriptions('accept')
    return confirm('接单', '确认接下这个维修任务？', '接单').then(yes => {
      if (yes) return this.run(() => api.acceptTask(this.data.id), '已接单')
    })
  },

  refuse() {
    const reason = this.data.reason.trim()
    const category = this.data.refuseCategory
    if (category === 'PARTS') {
      const parts = this.data.refuseParts.filter(line => line.quantity > 0)
      if (!parts.length) {
        this.setData({ 'errors.parts': '请至少选择一种配件，数量大于0' })
        return Promise.resolve()
      }
      return this.run(() => api.refuseTaskFor(this.data.id, { category, reason: reason || undefined, parts }), '已提交，等待仓库备料')
    }
    if (category === 'OTHER' && !reason) {
      this.setData({ 'errors.reason': '请填写拒单原因' })
      return Promise.resolve()
    }
    const done = category === 'OUTSOURCE' ? '已提交，等待管理员安排外包' : '已退回，等待重新派工'
    return this.run(() => api.refuseTaskFor(this.data.id, { category, reason: reason || undefined }), done)
  },

  complete() {
    const note = this.data.note.trim() || undefined
    const issued = issuedLines(this.data.request)
    if (!issued.length) {
      return this.run(() => api.completeTask(this.data.id, note), '已完成，已通知报修人评价')
    }
    const parts = issued.map(line => {
      const typed = this.data.used[line.id]
      return { lineId: line.id, used: typed === undefined || typed === '' ? line.issued : Number(typed) }
    })
    const wrong = parts.find((part, i) => !Number.isInteger(part.used) || part.used < 0 || part.used > issued[i].issued)
    if (wrong) {
      this.setData({ 'errors.parts': '用量应为0到领取数量之间的整数' })
      return Promise.resolve()
    }
    return this.run(() => api.completeTaskWithParts(this.data.id, note, parts), '已完成，未用完的配件已退回仓库')
  }
}))
