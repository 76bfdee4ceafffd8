// The office's staff: find someone by name, phone or specialty; see who has left; add people and read
// the log of every change. Pull down to read it again, reach the bottom for more; a list that could
// not be read says why, with 重试.
const api = require('../../../services/api')
const { showError, toast } = require('../../../utils/ui')

const PAGE_SIZE = 20
const ROLE_TEXT = { WORKER: '维修工', ADMIN: '管理员' }
const STATES = [
  { value: true, text: '在职' },
  { value: false, text: '已停用' },
  { value: null, text: '全部' }
]

// Specialties are category codes: shown by the categories' names (a code when the names could not be read).
const toRow = (person, names) => Object.assign({}, person, {
  roleText: ROLE_TEXT[person.role] || person.role,
  specialtyText: (person.specialties || []).map(code => names[code] || code).join('、')
})

Page({
  data: { q: '', states: STATES, stateIndex: 0, items: [], total: 0, page: 0, loading: false, finished: false, error: '' },

  onShow() {
    return this.reload()
  },

  onInput(e) {
    this.setData({ q: e.detail.value })
  },

  onClear() {
    this.setData({ q: '' })
    return this.reload()
  },

  onState(e) {
    this.setData({ stateIndex: Number(e.detail.value) })
    return this.reload()
  },

  reload() {
    this.setData({ items: [], page: 0, finished: false, error: '' })
    return this.load(0)
  },

  retry() {
    return this.data.items.length ? this.load(this.data.page + 1) : this.reload()
  },

  onPullDownRefresh() {
    return this.reload().then(() => wx.stopPullDownRefresh())
  },

  onReachBottom() {
    if (this.data.loading || this.data.finished || this.data.error) return Promise.resolve()
    return this.load(this.data.page + 1)
  },

  load(page) {
    const seq = (this.seq = (this.seq || 0) + 1)
    const active = STATES[this.data.stateIndex].value
    this.setData({ loading: true, error: '' })
    return Promise.all([
      api.listStaff({ q: this.data.q.trim() || undefined, active: active === null ? undefined : active, page, size: PAGE_SIZE }),
      this.categoryNames()
    ])
      .then(([res, names]) => {
        if (seq !== this.seq) return
        const fresh = (res.items || []).map(person => toRow(person, names))
        const items = page === 0 ? fresh : this.data.items.concat(fresh)
        this.setData({ items, page, total: res.total, loading: false, finished: items.length >= res.total })
      })
      .catch(err => {
        if (seq !== this.seq) return
        this.setData({ loading: false, error: err.message })
      })
  },

  /** {code: name} of every category, retired ones too; read once, again after a failure. */
  categoryNames() {
    if (!this.names) {
      this.names = api.listAllCategories()
        .then(categories => categories.reduce((names, c) => Object.assign(names, { [c.code]: c.name }), {}))
        .catch(() => {
          this.names = null
          return {}
        })
    }
    return this.names
  },

  open(e) {
    wx.navigateTo({ url: `/pages/admin/staff-detail/staff-detail?id=${e.currentTarget.dataset.id}` })
  },

  add() {
    wx.navigateTo({ url: '/pages/admin/staff/staff' })
  },

  /** A staff list sent to the admin in WeChat (an .xlsx or .csv file): all of it, or none with every refused row said. */
  importFile() {
    return new Promise(resolve => {
      wx.chooseMessageFile({
        count: 1,
        type: 'file',
        extension: ['xlsx', 'csv'],
        success: res => resolve(res.tempFiles[0].path),
        fail: () => resolve(null)
      })
    })
      .then(path => path && api.importStaff(path)
        .then(result => {
          toast(`已导入${result.imported}人`)
          return this.reload()
        })
        .catch(err => showError(err, '导入失败')))
  },

  audit() {
    wx.navigateTo({ url: '/pages/admin/audit/audit' })
  }
})
