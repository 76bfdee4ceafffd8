// Dispatch: the workers with the request's category as a specialty first (marked 专长), then the
// others, each with load and rating; narrow by name/phone or specialty, assign. The page
// exists for one action, so it reads the request too and offers workers only while the server
// allows this admin to assign it (`allowedActions`); otherwise it says so.
const api = require('../../../services/api')
const { allowedActions } = require('../../../utils/actions')
const { stageText } = require('../../../utils/status')
const { maskPhone } = require('../../../utils/format')
const { showError, toast, confirm } = require('../../../utils/ui')

Page({
  data: {
    id: '',
    request: null,
    can: {},
    checking: true,
    checkError: '',
    stage: '',
    q: '',
    categories: [{ code: '', name: '全部工种' }],
    specialtyIndex: 0,
    workers: [],
    loading: false,
    error: '',
    busy: false
  },

  onLoad(query) {
    this.setData({ id: query.id })
    this.category = query.specialty
    return Promise.all([this.loadCategories(), this.check()])
      .then(() => this.searchIfAllowed())
  },

  loadCategories() {
    return api.listCategories()
      .catch(() => [])
      .then(list => {
        this.names = {}
        list.forEach(c => { this.names[c.code] = c.name })
        this.setData({ categories: [{ code: '', name: '全部工种' }].concat(list), specialtyIndex: 0 })
      })
  },

  check() {
    this.setData({ checking: true, checkError: '' })
    return api.getRequest(this.data.id)
      .then(request => this.setData({ request, can: allowedActions(request), stage: stageText(request), checking: false }))
      .catch(err => this.setData({ checking: false, checkError: err.message }))
  },

  /** Reads the request again (a retry, or after a conflict), then the workers if still allowed. */
  // The page's skeleton and error state (templates/states.wxml) call `load`.
  load() {
    return this.recheck()
  },

  back() {
    wx.navigateBack()
  },

  recheck() {
    return this.check().then(() => this.searchIfAllowed())
  },

  searchIfAllowed() {
    return this.data.can.assign ? this.search() : undefined
  },

  onQuery(e) {
    this.setData({ q: e.detail.value })
  },

  onSpecialty(e) {
    this.setData({ specialtyIndex: Number(e.detail.value) })
    return this.search()
  },

  search() {
    const specialty = this.data.categories[this.data.specialtyIndex].code
    this.setData({ loading: true, error: '' })
    return api.listWorkers({ q: this.data.q.trim(), specialty, category: this.category, request: this.data.id || undefined, size: 100 })
      .then(workers => this.setData({
        loading: false,
        workers: workers.map(w => ({
          id: w.id,
          name: w.name || '未命名',
          phone: maskPhone(w.phone),
          specialties: (w.specialties || []).map(code => (this.names && this.names[code]) || code).join('、') || '未设置工种',
          activeTasks: w.activeTasks || 0,
          specialist: !!w.specialist,
          rating: w.averageRating == null ? '暂无评分' : `${Number(w.averageRating).toFixed(1)} 分`
        }))
      }))
      .catch(err => this.setData({ loading: false, error: err.message }))
  },

  assign(e) {
    const { id, name } = e.currentTarget.dataset
    return confirm('确认派工', `将此报修单派给 ${name}？`, '派工').then(yes => {
      if (!yes || this.data.busy) return
      this.setData({ busy: true })
      return api.assignRequest(this.data.id, id)
        .then(() => {
          this.setData({ busy: false })
          toast('已派工')
          wx.navigateBack()
        })
        .catch(err => {
          this.setData({ busy: false })
          showError(err, '派工失败')
          // Assigned by another admin, or moved on: the page then says so.
          if (err.statusCode === 409) return this.recheck()
        })
    })
  }
})
