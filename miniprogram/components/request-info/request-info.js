// The body of a request as every detail page shows it: what, where, who, the process step it waits
// at (its tag in the words of utils/status.js), photos and the voice note, then what the page adds
// (the slot: the queue, the place's history) and the progress timeline (TDesign t-steps, newest on
// top; a step done after its due time says so).
// Attachments sit behind the token, so they are downloaded (wx.downloadFile via services/api.js)
// before they are shown or played.
const api = require('../../services/api')
const { requestStatus, actionText } = require('../../utils/status')
const { formatTime, currentStep, locationText, categoryName, isImage, isAudio, maskPhone, durationText } = require('../../utils/format')

const WORKER_CONFIRMED = ['IN_PROGRESS', 'AWAITING_RATING', 'CLOSED']

// The requester as staff see them, with the one phone to call: the contact phone given with the
// request, else their account's (an admin sees the account's masked, and calls only a contact phone).
function requesterOf(request, viewer) {
  const r = request.requester
  if (!r) return null
  const contact = request.contactPhone || ''
  const own = r.phone || ''
  const callPhone = contact || (viewer === 'worker' ? own : '')
  return { name: r.name || '未填写姓名', shownPhone: contact || (viewer === 'admin' ? maskPhone(own) : own), callPhone }
}

// The worker: their name whenever there is one (the cards name them too); a requester gets their
// phone once the worker has accepted and is told the request waits for them before. A status this
// version does not know gives no phone and no wait, rather than claim a wait that may be over.
function workerOf(request, viewer) {
  const w = request.worker
  if (!w) return null
  const confirmed = WORKER_CONFIRMED.indexOf(request.status) >= 0
  const showPhone = viewer === 'admin' || (viewer === 'requester' && confirmed)
  return {
    name: w.name || '',
    phone: w.phone || '',
    callPhone: showPhone ? w.phone || '' : '',
    waiting: viewer === 'requester' && request.status === 'ASSIGNED' ? '已派工，等待维修工确认接单' : ''
  }
}

const BUILDING_TYPES = { DORMITORY: '宿舍', TEACHING: '教学楼', LAB: '实验楼', CANTEEN: '食堂', OFFICE: '办公楼', OTHER: '其他' }

// '维修工确认接单 · 待李师傅处理 · 2小时前' (whose move in the words of utils/status.js: 待你处理 when
// it is the viewer's), joined here so no part leaves a dangling separator; the step's due time on a
// line of its own, red once it has passed.
function stepLine(step, tag) {
  if (!step) return null
  const parts = [step.name, tag.waiting, step.since]
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

function timeline(history) {
  return (history || [])
    .slice()
    .sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime())
    .map((entry, index) => {
      const late = !!entry.dueAt && new Date(entry.at).getTime() > new Date(entry.dueAt).getTime()
      return {
        key: `${entry.at}-${index}`,
        title: entry.actor ? `${actionText(entry.action)} · ${entry.actor}` : actionText(entry.action),
        note: entry.note || '',
        time: late ? `${formatTime(entry.at)} · 超时完成` : formatTime(entry.at)
      }
    })
}

Component({
  properties: {
    request: { type: Object, value: null },
    // 'requester' shows the worker (name, phone, call); 'worker' shows the requester; 'admin' shows both.
    viewer: { type: String, value: 'requester' }
  },
  data: {
    view: null,
    steps: [],
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
      const tag = requestStatus(request)
      this.setData({
        steps: timeline(request.history),
        view: {
          number: request.number || '',
          status: request.status,
          tag,
          // From the process model, so a step a manager adds (keeping the status) is shown too.
          step: stepLine(currentStep(request), tag),
          category: categoryName(request.category),
          description: request.description || '',
          place: locationText(location),
          buildingType: BUILDING_TYPES[location.buildingType] || '',
          urgent: request.priority === 'URGENT',
          serviceLevel: serviceLevelLine(request.serviceLevel),
          hasMap: location.latitude != null && location.longitude != null,
          contactPhone: request.contactPhone || '',
          createdAt: formatTime(request.createdAt),
          requester: requesterOf(request, this.data.viewer),
          worker: workerOf(request, this.data.viewer),
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

    preview(e) {
      const index = Number(e.currentTarget.dataset.index)
      wx.previewImage({ current: this.data.photos[index], urls: this.data.photos })
    },

    openMap() {
      if (!this.data.view.hasMap) return
      const l = this.data.request.location
      wx.openLocation({ latitude: Number(l.latitude), longitude: Number(l.longitude), name: l.building || '', address: l.detail || '' })
    },

    call(e) {
      const phone = e.currentTarget.dataset.phone
      if (phone) wx.makePhoneCall({ phoneNumber: phone })
    }
  }
})
