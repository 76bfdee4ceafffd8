// The body of a request as every detail page shows it: what, where, who, the process step it waits
// at, photos and the voice note.
// Attachments sit behind the token, so they are downloaded (wx.downloadFile via services/api.js)
// before they are shown or played.
const api = require('../../services/api')
const { formatTime, currentStep, locationText, categoryName, isImage, isAudio, maskPhone, durationText } = require('../../utils/format')

const WORKER_CONFIRMED = ['IN_PROGRESS', 'AWAITING_RATING', 'CLOSED']

const BUILDING_TYPES = { DORMITORY: '宿舍', TEACHING: '教学楼', LAB: '实验楼', CANTEEN: '食堂', OFFICE: '办公楼', OTHER: '其他' }

// '维修工确认接单 · 待李师傅处理 · 2小时前', joined here so no part leaves a dangling separator; the
// step's due time on a line of its own, red once it has passed.
function stepLine(step) {
  if (!step) return null
  const parts = [step.name, step.assignee ? `待${step.assignee}处理` : '', step.since]
  const due = step.due ? `截止 ${step.due}${step.overdue ? ' · 已超时' : ''}` : ''
  return { name: step.name, text: parts.filter(Boolean).join(' · '), due, overdue: step.overdue }
}

// '审核 30分钟 · 派工 30分钟 · 接单 15分钟 · 维修 4小时': what the service-level table gave the request.
function serviceLevelLine(level) {
  if (!level) return ''
  return [['审核', level.review], ['派工', level.dispatch], ['接单', level.confirm], ['维修', level.repair]]
    .filter(([, iso]) => durationText(iso))
    .map(([stage, iso]) => `${stage} ${durationText(iso)}`)
    .join(' · ')
}

Component({
  properties: {
    request: { type: Object, value: null },
    // 'requester' shows the worker (name, phone, call); 'worker' shows the requester; 'admin' shows both.
    viewer: { type: String, value: 'requester' }
  },
  data: {
    view: null,
    photos: [],
    voicePath: '',
    hasVoice: false,
    playing: false,
    mediaError: ''
  },
  observers: {
    request(request) {
      if (request) this.show(request)
    }
  },
  lifetimes: {
    attached() {
      // The value given at creation may not reach the observer on every base library version.
      if (this.data.request && !this.data.view) this.show(this.data.request)
    },
    detached() {
      if (this.audio) this.audio.destroy()
    }
  },
  methods: {
    show(request) {
      const location = request.location || {}
      this.setData({
        view: {
          number: request.number || '',
          status: request.status,
          // From the process model, so a step a manager adds (keeping the status) is shown too.
          step: stepLine(currentStep(request)),
          category: categoryName(request.category),
          description: request.description || '',
          place: locationText(location),
          buildingType: BUILDING_TYPES[location.buildingType] || '',
          urgent: request.priority === 'URGENT',
          serviceLevel: serviceLevelLine(request.serviceLevel),
          hasMap: location.latitude != null && location.longitude != null,
          contactPhone: request.contactPhone || '',
          createdAt: formatTime(request.createdAt),
          requester: request.requester
            ? { name: request.requester.name || '未填写姓名', phone: request.requester.phone || '', masked: maskPhone(request.requester.phone) }
            : null,
          worker: request.worker ? { name: request.worker.name || '', phone: request.worker.phone || '' } : null,
          // A requester gets the worker's name and phone once the worker has accepted the task, and
          // is told it waits for the worker while it does. A status this version does not know says
          // neither, rather than claim a wait that may be over.
          workerConfirmed: WORKER_CONFIRMED.indexOf(request.status) >= 0,
          awaitingWorker: request.status === 'ASSIGNED',
          rating: request.rating && request.rating.result ? request.rating : null
        }
      })
      this.loadAttachments(request.attachments || [])
    },

    loadAttachments(attachments) {
      const key = attachments.map(a => a.id).join(',')
      if (key === this.loadedKey) return Promise.resolve()
      this.loadedKey = key
      const images = attachments.filter(isImage)
      const voice = attachments.find(isAudio)
      this.voiceId = voice ? voice.id : ''
      this.setData({ hasVoice: !!voice, voicePath: '', photos: [], mediaError: '' })
      return Promise.all(images.map(a => api.downloadAttachment(a.id)))
        .then(paths => this.setData({ photos: paths }))
        .catch(err => this.setData({ mediaError: `图片加载失败：${err.message}` }))
    },

    toggleVoice() {
      if (this.data.playing) {
        this.audio.stop()
        this.setData({ playing: false })
        return Promise.resolve()
      }
      const ready = this.data.voicePath
        ? Promise.resolve(this.data.voicePath)
        : api.downloadAttachment(this.voiceId).then(path => {
          this.setData({ voicePath: path })
          return path
        })
      return ready.then(path => {
        if (!this.audio) {
          this.audio = wx.createInnerAudioContext()
          this.audio.onEnded(() => this.setData({ playing: false }))
          this.audio.onError(() => this.setData({ playing: false, mediaError: '语音播放失败' }))
        }
        this.audio.src = path
        this.audio.play()
        this.setData({ playing: true })
      }).catch(err => this.setData({ mediaError: `语音加载失败：${err.message}` }))
    },

    openMap() {
      const l = this.data.request.location
      wx.openLocation({ latitude: Number(l.latitude), longitude: Number(l.longitude), name: l.building || '', address: l.detail || '' })
    },

    call(e) {
      const phone = e.currentTarget.dataset.phone
      if (phone) wx.makePhoneCall({ phoneNumber: phone })
    }
  }
})
