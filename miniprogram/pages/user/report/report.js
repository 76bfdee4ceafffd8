// The report form: category, whether it is urgent (the category's default until the requester says),
// place (a room picked from the lists or from a scanned label, or typed, and/or a point on the map,
// and the kind of building), description, up to 9 photos, a voice note of at most 60 s and a
// contact phone. Opened at a place (?roomId=, ?assetId=, WeChat's q or a mini program code's scene),
// it starts with that place filled in. Checked before sending; attachments are uploaded
// first, then the request is sent once with an Idempotency-Key that survives retries.
const api = require('../../../services/api')
const session = require('../../../services/session')
const wechat = require('../../../services/wechat')
const validate = require('../../../utils/validate')
const placeLink = require('../../../utils/place-link')
const places = require('../../../utils/places')
const { showError, toast, loading, newIdempotencyKey } = require('../../../utils/ui')
const { withIcons } = require('../../../utils/category-icon')

const MAX_PHOTOS = 9
const MAX_VOICE_MS = 60000

// The kinds of building the service-level table tells apart (location.buildingType).
const BUILDING_TYPES = [
  { code: 'DORMITORY', name: '宿舍' },
  { code: 'TEACHING', name: '教学楼' },
  { code: 'LAB', name: '实验楼' },
  { code: 'CANTEEN', name: '食堂' },
  { code: 'OFFICE', name: '办公楼' },
  { code: 'OTHER', name: '其他' }
]

// Server field names (problem+json `errors[].field`) → the form's fields.
const SERVER_FIELDS = {
  categoryCode: 'categoryCode',
  description: 'description',
  'location.building': 'building',
  'location.room': 'room',
  'location.detail': 'detail',
  'location.buildingType': 'buildingType',
  location: 'building',
  priority: 'urgent',
  'location.roomId': 'place',
  'location.assetId': 'place',
  'location.buildingId': 'place',
  contactPhone: 'contactPhone',
  attachmentIds: 'photos'
}

Page({
  data: {
    categories: [],
    categoryIndex: -1,
    urgent: false,
    buildingTypes: BUILDING_TYPES,
    buildingTypeIndex: -1,
    form: { categoryCode: '', building: '', room: '', detail: '', description: '', contactPhone: '' },
    latitude: null,
    longitude: null,
    // {label, room, asset} or, for a place outdoors near a building, {label, building}
    place: null,
    address: '',
    nearby: [],
    photos: [],
    photoFiles: [],
    photoPicker: { sourceType: ['camera', 'album'], sizeType: ['compressed'] },
    maxPhotos: MAX_PHOTOS,
    voice: null, // {path, seconds}
    recording: false,
    recordSeconds: 0,
    submitting: false,
    errors: {}
  },

  onLoad(query) {
    const launched = placeLink.fromLaunch(query)
    if (launched && !session.getToken()) {
      // WeChat's camera opened a label before this person logged in: log in, then come back here.
      placeLink.keepUntilLogin(launched)
      wx.reLaunch({ url: session.LOGIN_PAGE })
      return Promise.resolve()
    }
    const user = session.getUser()
    if (user && user.phone) this.setData({ 'form.contactPhone': user.phone })
    // Most reports are about where the person lives or works: the profile's address starts the place,
    // typed, and puts the rooms it names first in the picker.
    if (user && user.address) this.setData({ address: user.address, 'form.building': user.address })
    this.uploaded = {}
    this.setupRecorder()
    return api.listCategories()
      .then(categories => {
        const index = query && query.category ? categories.findIndex(c => c.code === query.category) : -1
        this.setData({ categories: withIcons(categories), categoryIndex: index })
        if (index >= 0) this.setData({ 'form.categoryCode': categories[index].code, urgent: !!categories[index].urgentByDefault })
      })
      .catch(err => showError(err, '报修类别加载失败'))
      .then(() => (launched ? this.usePlace(launched) : null))
  },

  onUnload() {
    if (this.data.recording) this.recorder.stop()
    this.clearRecordTimer()
  },

  changed(patch) {
    // A changed form is a new submission: it gets a new Idempotency-Key.
    this.submissionKey = null
    this.setData(patch)
  },

  onInput(e) {
    const field = e.currentTarget.dataset.field
    this.changed({ [`form.${field}`]: e.detail.value, [`errors.${field}`]: '' })
  },

  onCategory(e) {
    const index = Number(e.detail.value)
    const category = this.data.categories[index]
    if (!category) return
    const patch = { categoryIndex: index, 'form.categoryCode': category.code, 'errors.categoryCode': '' }
    // A leak or a power cut is urgent unless the requester has said how urgent this one is.
    if (!this.urgentChosen) patch.urgent = !!category.urgentByDefault
    this.changed(patch)
  },

  onUrgent(e) {
    this.urgentChosen = true
    this.changed({ urgent: !!e.detail.value, 'errors.urgent': '' })
  },

  onBuildingType(e) {
    const index = Number(e.detail.value)
    if (!BUILDING_TYPES[index]) return
    this.changed({ buildingTypeIndex: index, 'errors.buildingType': '' })
  },

  // --- photos (TDesign t-upload: it asks wx.chooseMedia for at most what is left of the 9) --------
  onPhotosAdded(e) {
    const paths = (e.detail.files || []).map(f => f.url)
    this.setPhotos(this.data.photos.concat(paths).slice(0, MAX_PHOTOS), { 'errors.photos': '' })
  },

  removePhoto(e) {
    const photos = this.data.photos.slice()
    photos.splice(e.detail.index, 1)
    this.setPhotos(photos)
  },

  setPhotos(photos, patch) {
    this.changed(Object.assign({ photos, photoFiles: photos.map(url => ({ url, type: 'image' })) }, patch || {}))
  },

  // --- voice note --------------------------------------------------------------------------------
  setupRecorder() {
    this.recorder = wx.getRecorderManager()
    this.recorder.onStop(res => {
      this.clearRecordTimer()
      const ms = res.duration || 0
      if (ms < 1000) {
        this.setData({ recording: false })
        toast('录音时间太短', 'none')
        return
      }
      const seconds = Math.min(Math.round(ms / 1000), MAX_VOICE_MS / 1000)
      this.changed({ recording: false, voice: { path: res.tempFilePath, seconds } })
    })
    this.recorder.onError(() => {
      this.clearRecordTimer()
      this.setData({ recording: false })
      showError(new Error('录音失败，请检查是否允许使用麦克风'))
    })
  },

  toggleRecord() {
    if (this.data.recording) {
      this.recorder.stop()
      return
    }
    this.recorder.start({ duration: MAX_VOICE_MS, format: 'mp3', sampleRate: 16000, numberOfChannels: 1, encodeBitRate: 48000 })
    this.setData({ recording: true, recordSeconds: 0 })
    this.recordTimer = setInterval(() => this.setData({ recordSeconds: this.data.recordSeconds + 1 }), 1000)
  },

  clearRecordTimer() {
    if (this.recordTimer) clearInterval(this.recordTimer)
    this.recordTimer = null
  },

  playVoice() {
    if (!this.data.voice) return
    if (!this.audio) this.audio = wx.createInnerAudioContext()
    this.audio.src = this.data.voice.path
    this.audio.play()
  },

  removeVoice() {
    this.changed({ voice: null })
  },

  // --- place -------------------------------------------------------------------------------------
  /** Scans a label: ours fills in the place; anything else says so and leaves the form as it is. */
  scan() {
    wx.scanCode({
      scanType: ['qrCode', 'wxCode'],
      success: res => {
        const place = placeLink.fromScan(res)
        if (!place) {
          showError(new Error('这不是本系统的报修二维码，请在下方选择报修地点'))
          return
        }
        this.usePlace(place)
      },
      fail: err => {
        if (!/cancel/.test((err && err.errMsg) || '')) showError(new Error('无法扫码，请在下方选择报修地点'))
      }
    })
  },

  /** {kind, id} → the room (and asset, and its usual category) filled in; a place gone or retired says so. */
  usePlace(place) {
    return places.resolvePlace(place)
      .then(({ room, asset }) => {
        this.setPlace(room, asset)
        const code = asset && asset.category && asset.category.code
        const index = code ? this.data.categories.findIndex(c => c.code === code) : -1
        if (index >= 0) this.changed({ categoryIndex: index, 'form.categoryCode': code, 'errors.categoryCode': '' })
      })
      .catch(err => showError(err))
  },

  onPlace(e) {
    this.setPlace(e.detail.room, null)
  },

  setPlace(room, asset) {
    const label = asset ? `${room.label} · ${asset.name}` : room.label
    this.changed({ place: { label, room, asset }, 'errors.place': '', 'errors.building': '' })
  },

  pickNearby(e) {
    const building = this.data.nearby[e.currentTarget.dataset.index].building
    this.changed({ place: { label: `${building.name}附近`, building }, 'errors.place': '', 'errors.building': '' })
  },

  clearPlace() {
    this.changed({ place: null })
  },

  // --- location ----------------------------------------------------------------------------------
  chooseLocation() {
    wx.chooseLocation({
      success: res => {
        const patch = { latitude: res.latitude, longitude: res.longitude, 'form.detail': res.address || res.name || '' }
        if (!this.data.form.building && !this.data.place && res.name) {
          patch['form.building'] = res.name
          patch['errors.building'] = ''
        }
        this.changed(patch)
        // A place outdoors (a street lamp): the buildings near it are offered as its place.
        api.nearestBuildings(res.latitude, res.longitude)
          .then(nearby => this.setData({ nearby: nearby || [] }))
          .catch(() => this.setData({ nearby: [] }))
      },
      fail: err => {
        const msg = (err && err.errMsg) || ''
        if (/cancel/.test(msg)) return
        showError(new Error(/auth|deny/.test(msg) ? '请在设置中允许使用位置信息后重试' : '无法获取位置，请手动填写地点'))
      }
    })
  },

  /** Followed a request or a notice instead of reporting (components/same-fault): nothing to send. */
  onFollowed(e) {
    const { kind, id } = e.detail
    if (kind === 'request') wx.redirectTo({ url: `/pages/user/detail/detail?id=${id}` })
    else wx.reLaunch({ url: '/pages/user/home/home' })
  },

  // --- submit ------------------------------------------------------------------------------------
  submit() {
    if (this.data.submitting) return Promise.resolve()
    // On this tap, as WeChat requires: allow being told of the request in WeChat instead of by SMS.
    wechat.requestSubscriptions('submit')
    const form = this.data.form
    const place = this.data.place
    const checked = place ? { building: place.label, room: '' } : {}
    const errors = validate.reportForm(Object.assign({}, form, checked, { photos: this.data.photos }))
    this.setData({ errors })
    if (validate.hasErrors(errors)) {
      toast(errors[Object.keys(errors)[0]], 'none')
      return Promise.resolve()
    }
    if (!this.submissionKey) this.submissionKey = newIdempotencyKey()
    const key = this.submissionKey
    this.setData({ submitting: true })
    // The loading toast on screen, if any: each upload's, then the submission's.
    this.stopLoading = null
    return this.uploadAll()
      .then(attachmentIds => {
        this.stopLoading = loading('正在提交')
        const location = place ? places.locationOf(place, form.detail.trim())
          : { building: form.building.trim(), room: form.room.trim(), detail: form.detail.trim() }
        if (this.data.latitude != null) {
          location.latitude = this.data.latitude
          location.longitude = this.data.longitude
        }
        const buildingType = BUILDING_TYPES[this.data.buildingTypeIndex]
        if (buildingType) location.buildingType = buildingType.code
        const body = {
          categoryCode: form.categoryCode,
          description: form.description.trim(),
          location,
          attachmentIds,
          priority: this.data.urgent ? 'URGENT' : 'NORMAL'
        }
        const phone = validate.normalizePhone(form.contactPhone)
        if (phone) body.contactPhone = phone
        return api.submitRequest(body, key)
      })
      .then(created => {
        this.stopLoading()
        this.submissionKey = null
        this.setData({ submitting: false })
        if (place && place.room) places.rememberRoom(place.room)
        toast('报修已提交')
        wx.redirectTo({ url: `/pages/user/detail/detail?id=${created.id}` })
      })
      .catch(err => {
        if (this.stopLoading) this.stopLoading()
        const fieldErrors = {}
        ;(err.errors || []).forEach(e => {
          const field = SERVER_FIELDS[e.field] || e.field
          if (!fieldErrors[field]) fieldErrors[field] = e.message
        })
        this.setData({ submitting: false, errors: fieldErrors })
        showError(err, '提交失败')
      })
  },

  /** Uploads photos then the voice note, one at a time; a retry skips what is already uploaded. */
  uploadAll() {
    const files = this.data.photos.slice()
    if (this.data.voice) files.push(this.data.voice.path)
    const ids = []
    return files.reduce((chain, path, i) => chain.then(() => {
      if (this.uploaded[path]) {
        ids.push(this.uploaded[path])
        return null
      }
      this.stopLoading = loading(`上传附件 ${i + 1}/${files.length}`)
      return api.uploadAttachment(path).then(res => {
        this.uploaded[path] = res.id
        ids.push(res.id)
      })
    }), Promise.resolve()).then(() => ids)
  }
})
