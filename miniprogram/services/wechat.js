// WeChat's own ways in (docs/wechat.md): the silent login with wx.login, the phone number button
// the first time (the login page binds by SMS code itself), and the subscribe messages a person
// allows on a tap.
// Everything here is a no-op where WeChat login is off (the server answers 404) or where the
// runtime has no wx.login (tests of other pages, the contract tests in node).
const api = require('./api')
const session = require('./session')

const SETTINGS_KEY = 'wechatSettings'

function available(name) {
  return typeof wx !== 'undefined' && typeof wx[name] === 'function'
}

function wxLoginCode() {
  return new Promise((resolve, reject) => wx.login({
    success: res => (res && res.code ? resolve(res.code) : reject(new Error('wx.login gave no code'))),
    fail: reject
  }))
}

/**
 * The silent login. Resolves {user} when the WeChat user is bound (the session is saved), {ticket}
 * when the phone must be proved first, and null when WeChat login is off or WeChat failed (the
 * page then offers the SMS code login as always).
 */
function silentLogin() {
  if (!available('login')) return Promise.resolve(null)
  return wxLoginCode()
    .then(code => api.wechatLogin(code))
    .then(res => {
      if (res && res.bound) {
        session.save(res.token, res.user)
        return { user: res.user }
      }
      return res && res.ticket ? { ticket: res.ticket } : null
    })
    .catch(() => null)
}

function saveSession(res) {
  session.save(res.token, res.user)
  return res.user
}

/**
 * The phone number button's bindgetphonenumber event: binds with WeChat's phone code. Rejects with a
 * readable message when the person declined to share their number.
 */
function bindWithPhoneButton(ticket, event) {
  const code = event && event.detail && event.detail.code
  if (!code) return Promise.reject(new Error('未授权手机号，可用短信验证码登录'))
  return api.wechatBind({ ticket, phoneCode: code }).then(saveSession)
}

/** Reads which subscribe messages to ask for, ahead of the tap that asks (WeChat allows it only there). */
function loadSettings() {
  return api.wechatSettings()
    .then(settings => {
      wx.setStorageSync(SETTINGS_KEY, settings)
      return settings
    })
    .catch(() => null)
}

function templatesAt(moment) {
  const settings = wx.getStorageSync(SETTINGS_KEY)
  return (settings && settings.enabled && settings.subscribe && settings.subscribe[moment]) || []
}

/**
 * Asks the person, on the tap that submits a report ('submit') or accepts a task ('accept'), to allow
 * the subscribe messages of that moment, and tells the server what they answered. Must run inside the
 * tap handler, before anything asynchronous; never fails the tap.
 */
function requestSubscriptions(moment) {
  const tmplIds = templatesAt(moment)
  if (!tmplIds.length || !available('requestSubscribeMessage')) return Promise.resolve(null)
  return new Promise(resolve => wx.requestSubscribeMessage({ tmplIds, success: resolve, fail: () => resolve(null) }))
    .then(res => {
      const results = {}
      tmplIds.forEach(id => {
        if (res && typeof res[id] === 'string') results[id] = res[id]
      })
      return Object.keys(results).length ? api.reportSubscriptions(results) : null
    })
    .catch(() => null)
}

module.exports = { silentLogin, bindWithPhoneButton, loadSettings, requestSubscriptions }
