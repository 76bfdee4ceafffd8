// The report form: category, place (typed and/or picked on the map), description, up to 9 photos,
// a voice note of at most 60 s and a contact phone. Checked before sending; attachments are uploaded
// first, then the request is sent once with an Idempotency-Key that survives retries.
const api = require('../../../services/api')
const session = require('../../../services/session')
const validate = require('../../../utils/validate')
const { showError, toast, newIdempotencyKey } = require('../../../utils/ui')

const MAX_PHOTOS = 9
const MAX_VOICE_MS = 60000

// Server field names (problem+json `errors[].field`) → the form's fields.
const SERVER_FIELDS = {
  categoryCode: 'categoryCode',
  description: 'description',
  'location.building': 'building',
  'location.room': 'room',
  'location.detail': 'detail',
  location: 'building',
  contactPhone: 'contactPhone',
  attachmentIds: 'photos'
}

Page({
  data: {
    categories: [],
    categoryIndex: -1,
    form: { categoryCode: '', building: '', room: '', detail: '', description: '', contactPhone: '' },
    latitude: null,
    longitude: null,
    photos: [],
    maxPhotos: MAX_PHOTOS,
    voice: null, // {path, seconds}
    recording: false,
    recordSeconds: 0,
    submitting: false,
    errors: {}
  },

  onLoad(query) {
    const user = session.getUser()
    if (user && user.phone) this.setData({ 'form.contactPhone': user.phone })
    // Most reports are about where the person lives or works: the profile's address starts the place.
    if (user && user.address) this.setData({ 'form.building': user.address })
    this.uploaded = {}
    this.setupRecorder()
    return api.listCategories()
      .then(categories => {
        const index = query && query.category ? categories.findIndex(c => c.code === query.category) : -1
        this.setData({ categories, categoryIndex: index })
        if (index >= 0) this.setData({ 'form.categoryCode': categories[index].code })
      })
      .catch(err => showError(err, '报修类别加载失败'))
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
    this.changed({ categoryIndex: index, 'form.categoryCode': category.code, 'errors.categoryCode': '' })
  },

  // --- photos ------------------------------------------------------------------------------------
  addPhotos() {
    const remaining = MAX_PHOTOS - this.data.photos.length
    if (remaining <= 0) {
      toast(`最多上传${MAX_PHOTOS}张照片`, 'none')
      return
    }
    wx.chooseMedia({
      count: remaining,
      mediaType: ['image'],
      sourceType: ['camera', 'album'],
      sizeType: ['compressed'],
      success: res => {
        const paths = (res.tempFiles || []).map(f => f.tempFilePath)
        this.changed({ photos: this.data.photos.concat(paths).slice(0, MAX_PHOTOS), 'errors.photos': '' })
      }
    })
  },

  removePhoto(e) {
    const photos = this.data.photos.slice()
    photos.splice(e.detail.index, 1)
    this.changed({ photos })
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

  // --- location ----------------------------------------------------------------------------------
  chooseLocation() {
    wx.chooseLocation({
      success: res => {
        const patch = { latitude: res.latitude, longitude: res.longitude, 'form.detail': res.address || res.name || '' }
        if (!this.data.form.building && res.name) {
          patch['form.building'] = res.name
          patch['errors.building'] = ''
        }
        this.changed(patch)
      },
      fail: err => {
        const msg = (err && err.errMsg) || ''
        if (/cancel/.test(msg)) return
        showError(new Error(/auth|deny/.test(msg) ? '请在设置中允许使用位置信息后重试' : '无法获取位置，请手动填写地点'))
      }
    })
  },

  // --- submit ------------------------------------------------------------------------------------
  submit() {
    if (this.data.submitting) return Promise.resolve()
    const form = this.data.form
    const errors = validate.reportForm(Object.assign({}, form, { photos: this.data.photos }))
    this.setData({ errors })
    if (validate.hasErrors(errors)) {
      toast(errors[Object.keys(errors)[0]], 'none')
      return Promise.resolve()
    }
    if (!this.submissionKey) this.submissionKey = newIdempotencyKey()
    const key = this.submissionKey
    this.setData({ submitting: true })
    return this.uploadAll()
      .then(attachmentIds => {
        wx.showLoading({ title: '正在提交', mask: true })
        const location = { building: form.building.trim(), room: form.room.trim(), detail: form.detail.trim() }
        if (this.data.latitude != null) {
          location.latitude = this.data.latitude
          location.longitude = this.data.longitude
        }
        const body = { categoryCode: form.categoryCode, description: form.description.trim(), location, attachmentIds }
        const phone = validate.normalizePhone(form.contactPhone)
        if (phone) body.contactPhone = phone
        return api.submitRequest(body, key)
      })
      .then(created => {
        wx.hideLoading()
        this.submissionKey = null
        this.setData({ submitting: false })
        toast('报修已提交')
        wx.redirectTo({ url: `/pages/user/detail/detail?id=${created.id}` })
      })
      .catch(err => {
        wx.hideLoading()
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
      wx.showLoading({ title: `上传附件 ${i + 1}/${files.length}`, mask: true })
      return api.uploadAttachment(path).then(res => {
        this.uploaded[path] = res.id
        ids.push(res.id)
      })
    }), Promise.resolve()).then(() => ids)
  }
})
