// The admin's buildings: searched, added (in an area, or a new one), opened to manage their rooms;
// retired ones are shown greyed and tagged. Import and the label sheets are one tap away; a new
// building is asked in a half-screen popup.
const api = require('../../../services/api')
const forms = require('../../../utils/place-forms')
const { showError, toast } = require('../../../utils/ui')

const EMPTY = { areaId: '', newArea: '', name: '', kind: 'DORMITORY', latitude: null, longitude: null }

Page({
  data: {
    q: '',
    buildings: [],
    total: 0,
    loaded: false,
    error: '',
    areas: [],
    kinds: forms.KINDS,
    adding: false,
    form: Object.assign({}, EMPTY),
    areaIndex: -1,
    kindIndex: 0,
    errors: {},
    busy: false
  },

  onShow() {
    return this.load()
  },

  load() {
    return Promise.all([this.loadAreas(), this.search()])
  },

  onPullDownRefresh() {
    return this.search().then(() => wx.stopPullDownRefresh())
  },

  loadAreas() {
    return api.listAreas().then(areas => this.setData({ areas })).catch(err => showError(err))
  },

  search() {
    const seq = (this.seq = (this.seq || 0) + 1)
    this.setData({ error: '' })
    return api.listBuildings({ q: this.data.q, includeRetired: true, size: 100 })
      .then(res => {
        if (seq === this.seq) this.setData({ buildings: res.items || [], total: res.total, loaded: true })
      })
      .catch(err => {
        if (seq !== this.seq) return
        // The list on screen stays; the error (with 重试) is for one that could not be read at all.
        if (this.data.loaded) showError(err)
        else this.setData({ error: err.message })
      })
  },

  onSearch(e) {
    this.setData({ q: e.detail.value })
    return this.search()
  },

  openBuilding(e) {
    wx.navigateTo({ url: `/pages/admin/building/building?id=${e.currentTarget.dataset.id}` })
  },

  importPlaces() {
    wx.navigateTo({ url: '/pages/admin/import/import' })
  },

  startAdding() {
    this.setData({ adding: true, form: Object.assign({}, EMPTY), areaIndex: -1, kindIndex: 0, errors: {} })
  },

  cancelAdding() {
    this.setData({ adding: false, errors: {} })
  },

  // Closed by a tap outside it.
  onPopup(e) {
    if (!e.detail.visible) this.cancelAdding()
  },

  onInput(e) {
    const field = e.currentTarget.dataset.field
    // A new area's name answers 请选择校区 as well as choosing one does.
    const error = field === 'newArea' ? 'errors.areaId' : `errors.${field}`
    this.setData({ [`form.${field}`]: e.detail.value, [error]: '' })
  },

  onArea(e) {
    const index = Number(e.detail.value)
    this.setData({ areaIndex: index, 'form.areaId': this.data.areas[index].id, 'errors.areaId': '' })
  },

  onKind(e) {
    const index = Number(e.detail.value)
    this.setData({ kindIndex: index, 'form.kind': forms.KINDS[index].value })
  },

  locate() {
    wx.chooseLocation({
      success: res => this.setData({ 'form.latitude': res.latitude, 'form.longitude': res.longitude })
    })
  },

  /** Saves the building, creating its area first when a new one was typed. */
  save() {
    const form = this.data.form
    const errors = forms.buildingErrors(form)
    this.setData({ errors })
    if (Object.keys(errors).length || this.data.busy) return Promise.resolve()
    this.setData({ busy: true })
    const area = form.areaId ? Promise.resolve({ id: form.areaId })
      : api.savePlace('areas', { name: forms.trim(form.newArea) })
    return area
      .then(a => api.savePlace('buildings', {
        areaId: a.id, name: forms.trim(form.name), kind: form.kind, latitude: form.latitude, longitude: form.longitude
      }))
      .then(() => {
        toast('已添加')
        this.setData({ busy: false, adding: false })
        return Promise.all([this.loadAreas(), this.search()])
      })
      .catch(err => {
        this.setData({ busy: false, errors: forms.serverErrors(err) })
        showError(err, '添加失败')
      })
  }
})
