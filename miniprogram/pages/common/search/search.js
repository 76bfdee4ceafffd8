// Finding a request in two taps: type what you remember (number, phone, name, building and room,
// words of the description) and search; narrow by status and filing dates. Admins search every
// request, workers those given to them (the server decides). A refused search is said under the
// field; a failed one offers 重试; pull down to search again, reach the bottom for more.
const api = require('../../../services/api')
const session = require('../../../services/session')
const { toCard } = require('../../../utils/format')
const { STATUS_TEXT } = require('../../../utils/status')

const PAGE_SIZE = 20
const DETAIL_BY_ROLE = {
  ADMIN: '/pages/admin/request/request',
  WORKER: '/pages/worker/task/task',
  USER: '/pages/user/detail/detail'
}
const ANY_STATUS = { value: '', text: '全部状态' }

Page({
  data: {
    q: '',
    statuses: [ANY_STATUS].concat(Object.keys(STATUS_TEXT).map(value => ({ value, text: STATUS_TEXT[value] }))),
    statusIndex: 0,
    from: '',
    to: '',
    items: [],
    total: 0,
    page: 0,
    searched: false,
    loading: false,
    finished: false,
    error: '', // under the search field: what to type
    loadError: '' // the search could not be made: with 重试
  },

  onInput(e) {
    this.setData({ q: e.detail.value, error: '' })
  },

  onStatus(e) {
    this.setData({ statusIndex: Number(e.detail.value) })
    return this.search()
  },

  onFrom(e) {
    this.setData({ from: e.detail.value })
    return this.search()
  },

  onTo(e) {
    this.setData({ to: e.detail.value })
    return this.search()
  },

  clearDates() {
    this.setData({ from: '', to: '' })
    return this.search()
  },

  search() {
    const q = this.data.q.trim()
    const status = this.data.statuses[this.data.statusIndex].value
    if (!q && !status && !this.data.from && !this.data.to) {
      this.setData({ error: '请输入单号、手机号、姓名、地点或故障描述', items: [], searched: false, loadError: '' })
      return Promise.resolve()
    }
    this.setData({ items: [], page: 0, finished: false, error: '', loadError: '' })
    return this.load(0)
  },

  retry() {
    return this.data.items.length ? this.load(this.data.page + 1) : this.search()
  },

  onPullDownRefresh() {
    const again = this.data.searched ? this.search() : Promise.resolve()
    return again.then(() => wx.stopPullDownRefresh())
  },

  loadMore() {
    if (this.data.loading || this.data.finished || this.data.loadError || !this.data.searched) return Promise.resolve()
    return this.load(this.data.page + 1)
  },

  onReachBottom() {
    return this.loadMore()
  },

  load(page) {
    const seq = (this.seq = (this.seq || 0) + 1)
    const status = this.data.statuses[this.data.statusIndex].value
    this.setData({ loading: true, loadError: '' })
    return api.searchRequests({
      q: this.data.q.trim() || undefined,
      status: status || undefined,
      from: this.data.from || undefined,
      to: this.data.to || undefined,
      page,
      size: PAGE_SIZE
    })
      .then(res => {
        if (seq !== this.seq) return
        const fresh = (res.items || []).map(toCard)
        const items = page === 0 ? fresh : this.data.items.concat(fresh)
        this.setData({
          items,
          page,
          total: res.total,
          totalCapped: !!res.totalCapped,
          searched: true,
          loading: false,
          finished: fresh.length < PAGE_SIZE
        })
      })
      .catch(err => {
        if (seq !== this.seq) return
        const refused = (err.fieldErrors || {}).q
        if (refused) this.setData({ loading: false, searched: false, items: [], error: refused })
        else this.setData({ loading: false, loadError: err.message })
      })
  },

  openRequest(e) {
    const user = session.getUser()
    const page = DETAIL_BY_ROLE[user && user.role] || DETAIL_BY_ROLE.USER
    wx.navigateTo({ url: `${page}?id=${e.detail.id}` })
  }
})
