// Dispatch: find a worker by name/phone and specialty, see their load and rating, assign.
const api = require('../../../services/api')
const { maskPhone } = require('../../../utils/format')
const { showError, toast, confirm } = require('../../../utils/ui')

Page({
  data: {
    id: '',
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
    return api.listCategories()
      .catch(() => [])
      .then(list => {
        const categories = [{ code: '', name: '全部工种' }].concat(list)
        const index = Math.max(0, categories.findIndex(c => c.code && c.code === query.specialty))
        this.names = {}
        list.forEach(c => { this.names[c.code] = c.name })
        this.setData({ categories, specialtyIndex: index })
        return this.search()
      })
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
    return api.listWorkers({ q: this.data.q.trim(), specialty, size: 100 })
      .then(workers => this.setData({
        loading: false,
        workers: workers.map(w => ({
          id: w.id,
          name: w.name || '未命名',
          phone: maskPhone(w.phone),
          specialties: (w.specialties || []).map(code => (this.names && this.names[code]) || code).join('、') || '未设置工种',
          activeTasks: w.activeTasks || 0,
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
        })
    })
  }
})
