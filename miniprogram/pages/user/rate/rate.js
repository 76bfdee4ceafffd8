// Rate finished work: repair result and efficiency (1–5 stars each) and an optional comment. The
// page exists for one action, so it reads the request first and shows the form only while the
// server allows this person to rate it (`allowedActions`); otherwise it says so.
const api = require('../../../services/api')
const { allowedActions } = require('../../../utils/actions')
const { stageText } = require('../../../utils/status')

// The words under the stars, 1 to 5.
const RATE_TEXTS = ['很差', '较差', '一般', '满意', '非常满意']

const { showError, toast } = require('../../../utils/ui')

Page({
  data: {
    id: '',
    request: null,
    can: {},
    checking: true,
    checkError: '',
    stage: '',
    rateTexts: RATE_TEXTS,
    result: 0,
    efficiency: 0,
    comment: '',
    submitting: false,
    errors: {}
  },

  onLoad(query) {
    this.setData({ id: query.id })
    return this.check()
  },

  check() {
    this.setData({ checking: true, checkError: '' })
    return api.getRequest(this.data.id)
      .then(request => this.setData({ request, can: allowedActions(request), stage: stageText(request), checking: false }))
      .catch(err => this.setData({ checking: false, checkError: err.message }))
  },

  // The page's skeleton and error state (templates/states.wxml) call `load`.
  load() {
    return this.check()
  },

  back() {
    wx.navigateBack()
  },

  onResult(e) {
    this.setData({ result: e.detail.value, 'errors.result': '' })
  },

  onEfficiency(e) {
    this.setData({ efficiency: e.detail.value, 'errors.efficiency': '' })
  },

  onComment(e) {
    this.setData({ comment: e.detail.value })
  },

  submit() {
    const errors = {}
    if (!this.data.result) errors.result = '请为维修结果打分'
    if (!this.data.efficiency) errors.efficiency = '请为维修效率打分'
    if (this.data.comment.length > 500) errors.comment = '评价内容最多500字'
    this.setData({ errors })
    if (Object.keys(errors).length || this.data.submitting) return Promise.resolve()
    this.setData({ submitting: true })
    const body = { result: this.data.result, efficiency: this.data.efficiency }
    if (this.data.comment.trim()) body.comment = this.data.comment.trim()
    return api.rateRequest(this.data.id, body)
      .then(() => {
        this.setData({ submitting: false })
        toast('感谢您的评价')
        wx.navigateBack()
      })
      .catch(err => {
        this.setData({ submitting: false, errors: err.fieldErrors || {} })
        showError(err, '评价失败')
        // Rated meanwhile (another phone) or closed by the timer: the page then says so.
        if (err.statusCode === 409) return this.check()
      })
  }
})
