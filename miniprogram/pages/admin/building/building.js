// One building, for the admin: its rooms (searched, added, edited, retired), a room's code and its
// equipment, the building's label sheets to print, and its requests. Each form is a half-screen popup;
// retiring the building is asked in a dialog first.
const api = require('../../../services/api')
const forms = require('../../../utils/place-forms')
const { showError, toast, loading } = require('../../../utils/ui')

const EMPTY_ROOM = { id: '', floor: '', number: '', name: '', use: '' }
const EMPTY_ASSET = { name: '', categoryCode: '', model: '', serialNumber: '', installedOn: '' }

Page({
  data: {
    id: '',
    building: null,
    q: '',
    rooms: [],
    roomForm: null,
    buildingForm: null,
    kinds: forms.KINDS,
    errors: {},
    openRoom: '',
    assets: [],
    assetForm: null,
    categories: [],
    busy: false,
    error: '',
    confirmingBuilding: false,
    retireButton: { content: '停用', theme: 'danger', variant: 'text' }
  },

  onLoad(query) {
    this.setData({ id: query.id })
    api.listCategories().then(categories => this.setData({ categories })).catch(() => {})
  },

  onShow() {
    return this.load()
  },

  onPullDownRefresh() {
    return this.load().then(() => wx.stopPullDownRefresh())
  },

  load() {
    this.setData({ error: '' })
    return Promise.all([api.getBuilding(this.data.id), this.searchRooms()])
      .then(([building]) => {
        this.setData({ building })
        wx.setNavigationBarTitle({ title: building.name })
      })
      .catch(err => {
        // A building on screen stays; the error (with 重试) is for one that could not be read at all.
        if (this.data.building) showError(err)
        else this.setData({ error: err.message })
      })
  },

  searchRooms() {
    const seq = (this.seq = (this.seq || 0) + 1)
    return api.listRooms({ buildingId: this.data.id, q: this.data.q, includeRetired: true, size: 100 })
      .then(res => {
        if (seq === this.seq) this.setData({ rooms: res.items || [] })
      })
  },

  onSearch(e) {
    this.setData({ q: e.detail.value })
    return this.searchRooms().catch(err => showError(err))
  },

  // --- the building ------------------------------------------------------------------------------
  askToggleBuilding() {
    this.setData({ confirmingBuilding: true })
  },

  closeDialog() {
    this.setData({ confirmingBuilding: false })
  },

  toggleBuilding() {
    const b = this.data.building
    this.setData({ confirmingBuilding: false })
    return api.retirePlace('buildings', b.id, !b.retired)
      .then(building => {
        this.setData({ building })
        toast(building.retired ? '已停用' : '已恢复')
        return this.searchRooms()
      })
      .catch(err => showError(err))
  },

  editBuilding() {
    const b = this.data.building
    this.setData({
      buildingForm: { name: b.name, kind: b.kind, latitude: b.latitude, longitude: b.longitude },
      kindIndex: Math.max(0, forms.KINDS.findIndex(k => k.value === b.kind)),
      errors: {}
    })
  },

  onBuildingInput(e) {
    this.setData({ 'buildingForm.name': e.detail.value, 'errors.name': '' })
  },

  onKind(e) {
    const index = Number(e.detail.value)
    this.setData({ kindIndex: index, 'buildingForm.kind': forms.KINDS[index].value })
  },

  locate() {
    wx.chooseLocation({
      success: res => this.setData({ 'buildingForm.latitude': res.latitude, 'buildingForm.longitude': res.longitude })
    })
  },

  cancelBuilding() {
    this.setData({ buildingForm: null, errors: {} })
  },

  // Each popup closes on a tap outside it.
  onBuildingPopup(e) {
    if (!e.detail.visible) this.cancelBuilding()
  },

  onRoomPopup(e) {
    if (!e.detail.visible) this.cancelRoom()
  },

  onAssetPopup(e) {
    if (!e.detail.visible) this.cancelAsset()
  },

  saveBuilding() {
    const form = this.data.buildingForm
    const b = this.data.building
    const errors = forms.buildingErrors(Object.assign({ areaId: b.area.id }, form))
    this.setData({ errors })
    if (Object.keys(errors).length || this.data.busy) return Promise.resolve()
    this.setData({ busy: true })
    return api.savePlace('buildings', {
      areaId: b.area.id, name: forms.trim(form.name), kind: form.kind, latitude: form.latitude, longitude: form.longitude
    }, b.id)
      .then(building => {
        toast('已保存')
        this.setData({ busy: false, building, buildingForm: null })
      })
      .catch(err => {
        this.setData({ busy: false, errors: forms.serverErrors(err) })
        showError(err, '保存失败')
      })
  },

  printLabels() {
    const done = loading('正在生成标签')
    return api.downloadLabels(this.data.id)
      .then(filePath => {
        done()
        wx.openDocument({ filePath, fileType: 'pdf', showMenu: true })
      })
      .catch(err => {
        done()
        showError(err, '无法生成标签')
      })
  },

  buildingRequests() {
    wx.navigateTo({ url: `/pages/admin/requests/requests?buildingId=${this.data.id}` })
  },

  // --- rooms -------------------------------------------------------------------------------------
  addRoom() {
    this.setData({ roomForm: Object.assign({}, EMPTY_ROOM), errors: {} })
  },

  editRoom(e) {
    const room = this.data.rooms[e.currentTarget.dataset.index]
    this.setData({
      roomForm: { id: room.id, floor: room.floor || '', number: room.number, name: room.name || '', use: room.use || '' },
      errors: {}
    })
  },

  cancelRoom() {
    this.setData({ roomForm: null, errors: {} })
  },

  onRoomInput(e) {
    const field = e.currentTarget.dataset.field
    this.setData({ [`roomForm.${field}`]: e.detail.value, [`errors.${field}`]: '' })
  },

  saveRoom() {
    const form = this.data.roomForm
    const errors = forms.roomErrors(form)
    this.setData({ errors })
    if (Object.keys(errors).length || this.data.busy) return Promise.resolve()
    this.setData({ busy: true })
    const body = { buildingId: this.data.id, floor: forms.trim(form.floor), number: forms.trim(form.number), name: forms.trim(form.name), use: forms.trim(form.use) }
    return api.savePlace('rooms', body, form.id || undefined)
      .then(() => {
        toast(form.id ? '已保存' : '已添加')
        this.setData({ busy: false, roomForm: null })
        return this.searchRooms()
      })
      .catch(err => {
        this.setData({ busy: false, errors: forms.serverErrors(err) })
        showError(err, '保存失败')
      })
  },

  toggleRoom(e) {
    const room = this.data.rooms[e.currentTarget.dataset.index]
    return api.retirePlace('rooms', room.id, !room.retired)
      .then(() => this.searchRooms())
      .catch(err => showError(err))
  },

  showCode(e) {
    return api.downloadRoomCode(e.currentTarget.dataset.id)
      .then(path => wx.previewImage({ urls: [path], current: path }))
      .catch(err => showError(err, '无法生成二维码'))
  },

  /** The repair history of a room or an asset: the admin's list at that place. */
  history(e) {
    const { room, asset, label } = e.currentTarget.dataset
    const place = asset ? `assetId=${asset}` : `roomId=${room}`
    wx.navigateTo({ url: `/pages/admin/requests/requests?${place}&label=${encodeURIComponent(label)}` })
  },

  // --- equipment ---------------------------------------------------------------------------------
  toggleAssets(e) {
    const roomId = e.currentTarget.dataset.id
    if (this.data.openRoom === roomId) {
      this.setData({ openRoom: '', assets: [], assetForm: null })
      return Promise.resolve()
    }
    this.setData({ openRoom: roomId, assets: [], assetForm: null })
    return this.loadAssets()
  },

  loadAssets() {
    return api.listAssets(this.data.openRoom, true)
      .then(assets => this.setData({ assets }))
      .catch(err => showError(err))
  },

  addAsset() {
    const now = new Date()
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
    this.setData({ assetForm: Object.assign({}, EMPTY_ASSET), categoryIndex: -1, errors: {}, today })
  },

  cancelAsset() {
    this.setData({ assetForm: null, errors: {} })
  },

  onAssetInput(e) {
    const field = e.currentTarget.dataset.field
    this.setData({ [`assetForm.${field}`]: e.detail.value, [`errors.${field}`]: '' })
  },

  onInstalledOn(e) {
    this.setData({ 'assetForm.installedOn': e.detail.value })
  },

  onAssetCategory(e) {
    const index = Number(e.detail.value)
    this.setData({ categoryIndex: index, 'assetForm.categoryCode': this.data.categories[index].code })
  },

  saveAsset() {
    const form = this.data.assetForm
    const errors = forms.assetErrors(form)
    this.setData({ errors })
    if (Object.keys(errors).length || this.data.busy) return Promise.resolve()
    this.setData({ busy: true })
    return api.savePlace('assets', {
      roomId: this.data.openRoom, name: forms.trim(form.name), categoryCode: form.categoryCode || null,
      model: forms.trim(form.model), serialNumber: forms.trim(form.serialNumber), installedOn: form.installedOn || null
    })
      .then(() => {
        toast('已添加')
        this.setData({ busy: false, assetForm: null })
        return this.loadAssets()
      })
      .catch(err => {
        this.setData({ busy: false, errors: forms.serverErrors(err) })
        showError(err, '添加失败')
      })
  },

  toggleAsset(e) {
    const asset = this.data.assets[e.currentTarget.dataset.index]
    return api.retirePlace('assets', asset.id, !asset.retired)
      .then(() => this.loadAssets())
      .catch(err => showError(err))
  }
})
