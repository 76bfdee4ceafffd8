// Shown instead of an action's form when the server no longer allows that action on the request
// (someone else got there first, or the request moved on): says where the request stands now and
// leads back.
const { statusText } = require('../../utils/status')
const { stepName } = require('../../utils/format')

function stageOf(request) {
  if (!request) return ''
  const step = stepName(request)
  return step ? `当前环节：${step}` : `当前状态：${statusText(request.status)}`
}

Component({
  // The app's .panel and .btn styles, so it looks like the pages around it.
  options: { addGlobalClass: true },
  properties: {
    message: { type: String, value: '' },
    request: { type: Object, value: null }
  },
  data: { stage: '' },
  observers: {
    request(request) {
      this.setData({ stage: stageOf(request) })
    }
  },
  lifetimes: {
    attached() {
      this.setData({ stage: stageOf(this.data.request) })
    }
  },
  methods: {
    back() {
      wx.navigateBack()
    }
  }
})
