// Login by phone + SMS code (the first code login creates the account) or phone + password.
// The role in the answer decides the home page. Inside WeChat a bound person is logged in silently;
// the first time, the phone number button (or the SMS code) proves the phone and binds this WeChat.
const api = require('../../services/api')
const session = require('../../services/session')
const placeLink = require('../../utils/place-link')
const wechat = require('../../services/wechat')
const { normalizePhone, isPhone, isCode } = require('../../utils/validate')
const { showError, toast, confirm } = require('../../utils/ui')

Page({
  data: {
    mode: 'code', // or 'password'
    phone: '',
    code: '',
    password: '',
    countdown: 0,
    sending: false,
    submitting: false,
    wechatTicket: '',
    errors: {}
  },

  onLoad() {
    const user = session.getUser()
    if (session.getToken() && user) wx.reLaunch({ url: session.homeFor(user) })
    else return this.silentLogin()
  },

  /** Opened in WeChat: a bound person goes straight in; an unbound one gets the phone number button. */
  silentLogin() {
    return wechat.silentLogin().then(result => {
      if (result && result.user) wx.reLaunch({ url: placeLink.afterLogin(result.user) || session.homeFor(result.user) })
      else if (result && result.ticket) this.setData({ wechatTicket: result.ticket })
    })
  },

  onPhoneNumber(e) {
    if (this.data.submitting) return Promise.resolve()
    this.setData({ submitting: true })
    return wechat.bindWithPhoneButton(this.data.wechatTicket, e)
      .then(user => {
        this.setData({ submitting: false })
        wx.reLaunch({ url: placeLink.afterLogin(user) || session.homeFor(user) })
      })
      .catch(err => {
        this.setData({ submitting: false })
        showError(err, '登录失败')
        // A ticket that expired meanwhile: a new one, so the next tap works.
        if (err.fieldErrors && err.fieldErrors.ticket) return this.silentLogin()
      })
  },

  onUnload() {
    this.stopCountdown()
  },

  onInput(e) {
    const field = e.currentTarget.dataset.field
    this.setData({ [field]: e.detail.value, [`errors.${field}`]: '' })
  },

  switchMode() {
    this.setData({ mode: this.data.mode === 'code' ? 'password' : 'code', errors: {} })
  },

  sendCode() {
    if (this.data.countdown > 0 || this.data.sending) return Promise.resolve()
    const phone = normalizePhone(this.data.phone)
    if (!isPhone(phone)) {
      this.setData({ 'errors.phone': '请输入正确的11位手机号' })
      return Promise.resolve()
    }
    this.setData({ sending: true })
    return api.sendSmsCode(phone)
      .then(res => {
        this.setData({ sending: false })
        toast('验证码已发送')
        this.startCountdown((res && res.resendAfterSeconds) || 60)
      })
      .catch(err => {
        this.setData({ sending: false })
        if (err.statusCode === 429 && err.retryAfter) this.startCountdown(Number(err.retryAfter))
        this.showFieldErrors(err)
      })
  },

  startCountdown(seconds) {
    this.stopCountdown()
    this.setData({ countdown: seconds })
    this.timer = setInterval(() => {
      const next = this.data.countdown - 1
      this.setData({ countdown: next > 0 ? next : 0 })
      if (next <= 0) this.stopCountdown()
    }, 1000)
  },

  stopCountdown() {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  },

  validate() {
    const errors = {}
    const phone = normalizePhone(this.data.phone)
    if (!isPhone(phone)) errors.phone = '请输入正确的11位手机号'
    if (this.data.mode === 'code' && !isCode(this.data.code)) errors.code = '请输入6位数字验证码'
    if (this.data.mode === 'password' && !this.data.password) errors.password = '请输入密码'
    this.setData({ errors })
    return Object.keys(errors).length === 0
  },

  submit() {
    if (this.data.submitting || !this.validate()) return Promise.resolve()
    const phone = normalizePhone(this.data.phone)
    const credentials = this.data.mode === 'code'
      ? { phone, code: this.data.code.trim() }
      : { phone, password: this.data.password }
    this.setData({ submitting: true })
    const ticket = this.data.mode === 'code' ? this.data.wechatTicket : ''
    // Opened in WeChat for the first time: the code login also binds this WeChat.
    return (ticket ? api.wechatBind(Object.assign({ ticket }, credentials)) : api.login(credentials))
      .then(res => {
        session.save(res.token, res.user)
        this.setData({ submitting: false })
        // A requester who scanned a label before logging in goes on to report there.
        const home = placeLink.afterLogin(res.user) || session.homeFor(res.user)
        if (this.data.mode === 'code' && !res.user.hasPassword) {
          return confirm('设置登录密码', '设置密码后，下次可用手机号 + 密码直接登录', '去设置').then(yes => {
            wx.reLaunch({ url: yes ? '/pages/common/password/password?first=1' : home })
          })
        }
        wx.reLaunch({ url: home })
      })
      .catch(err => {
        this.setData({ submitting: false })
        this.showFieldErrors(err)
      })
  },

  showFieldErrors(err) {
    const fields = err.fieldErrors || {}
    const errors = {}
    ;['phone', 'code', 'password'].forEach(f => {
      if (fields[f]) errors[f] = fields[f]
    })
    this.setData({ errors })
    showError(err, '登录失败')
  }
})
