const fs = require('fs')
const path = require('path')
const { loadPage, text, tap, type, fire, ROOT } = require('../../helpers/simulate')
const { flush } = require('../../helpers/wx')
const { request, login } = require('../../helpers/fixtures')

const user = over => Object.assign({ id: 'u1', phone: '13912345678', name: '', role: 'USER', hasPassword: true }, over)
const problem = (status, detail, errors) => ({
  statusCode: status,
  header: { 'Content-Type': 'application/problem+json' },
  data: { type: 'about:blank', title: 'Bad Request', status, detail, errors }
})

/** WeChat's wx.login, giving `code` as on a phone. */
function wxLoginGives(code) {
  wx.login = jest.fn(options => setTimeout(() => options.success({ code, errMsg: 'login:ok' }), 0))
}

/** WeChat's subscribe dialog, answering as the person did (plus errMsg, as the real one). */
function subscribeDialogAnswers(answers) {
  wx.requestSubscribeMessage = jest.fn(options =>
    setTimeout(() => options.success(Object.assign({ errMsg: 'requestSubscribeMessage:ok' }, answers)), 0))
}

const settings = { enabled: true, subscribe: { submit: ['tpl-acc', 'tpl-done', 'tpl-rej'], accept: ['tpl-task'] } }

describe('pages/login/login.js in WeChat', () => {
  test('a returning person is logged in silently: wx.login\'s code in, the session out, straight home', async () => {
    wxLoginGives('wx-code-1')
    wx.__route('POST', '/api/auth/wechat', { data: { bound: true, token: 't-wx', expiresAt: '2030-01-01T00:00:00Z', user: user({ role: 'WORKER' }) } })

    loadPage('pages/login/login')
    await flush(6)

    const call = wx.__calls.find(c => c.url.endsWith('/api/auth/wechat'))
    expect(call.data).toEqual({ code: 'wx-code-1' })
    expect(call.header.Authorization).toBeUndefined()
    expect(wx.getStorageSync('token')).toBe('t-wx')
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/worker/tasks/tasks' })
  })

  test('the first time the phone number button binds with WeChat\'s phone code and logs in', async () => {
    wxLoginGives('wx-code-2')
    wx.__route('POST', '/api/auth/wechat', { data: { bound: false, ticket: 'tk-1', ticketExpiresAt: '2030-01-01T00:00:00Z' } })
    wx.__route('POST', '/api/auth/wechat/bind', { data: { bound: true, token: 't-new', expiresAt: '2030-01-01T00:00:00Z', user: user() } })
    const { comp } = loadPage('pages/login/login')
    await flush(6)
    expect(wx.reLaunch).not.toHaveBeenCalled()
    expect(comp.querySelector('#wechat-phone')).toBeTruthy()
    // The simulator renders no open-type; WeChat tells TDesign's button, which passes getphonenumber on.
    expect(fs.readFileSync(path.join(ROOT, 'pages/login/login.wxml'), 'utf8'))
      .toMatch(/<t-button id="wechat-phone"[^>]*open-type="getPhoneNumber"[^>]*bind:getphonenumber="onPhoneNumber"/)

    await fire(comp, '#wechat-phone', 'getphonenumber', { code: 'phone-code-9', errMsg: 'getPhoneNumber:ok' })
    await flush()

    const bind = wx.__calls.find(c => c.url.endsWith('/api/auth/wechat/bind'))
    expect(bind.data).toEqual({ ticket: 'tk-1', phoneCode: 'phone-code-9' })
    expect(wx.getStorageSync('token')).toBe('t-new')
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/user/home/home' })
  })

  test('declining to share the number leaves the SMS code login, which binds as well', async () => {
    wxLoginGives('wx-code-3')
    wx.__route('POST', '/api/auth/wechat', { data: { bound: false, ticket: 'tk-2', ticketExpiresAt: '2030-01-01T00:00:00Z' } })
    wx.__route('POST', '/api/auth/wechat/bind', { data: { bound: true, token: 't-sms', user: user() } })
    const { comp } = loadPage('pages/login/login')
    await flush(6)

    await fire(comp, '#wechat-phone', 'getphonenumber', { errMsg: 'getPhoneNumber:fail user deny' })
    expect(wx.__calls.filter(c => c.url.endsWith('/api/auth/wechat/bind'))).toHaveLength(0)
    expect(wx.showModal.mock.calls.length + wx.showToast.mock.calls.length).toBeGreaterThan(0)

    await type(comp, '#phone', '13912345678')
    await type(comp, '#code', '123456')
    await tap(comp, '#submit')

    const bind = wx.__calls.find(c => c.url.endsWith('/api/auth/wechat/bind'))
    expect(bind.data).toEqual({ ticket: 'tk-2', phone: '13912345678', code: '123456' })
    expect(wx.__calls.filter(c => c.url.endsWith('/api/auth/login'))).toHaveLength(0)
    expect(wx.getStorageSync('token')).toBe('t-sms')
  })

  test('without WeChat configured (404) the page is the SMS login as always', async () => {
    wxLoginGives('wx-code-4')
    wx.__route('POST', '/api/auth/wechat', problem(404, '本服务未启用微信登录，请用短信验证码登录'))
    const { comp } = loadPage('pages/login/login')
    await flush(6)

    expect(comp.querySelector('#wechat-phone')).toBeFalsy()
    expect(comp.querySelector('#send-code')).toBeTruthy()
    expect(wx.reLaunch).not.toHaveBeenCalled()
    expect(wx.showModal).not.toHaveBeenCalled()
  })

  test('a label scanned before the silent login opens the report at its room', async () => {
    wx.setStorageSync('pendingPlace', { kind: 'room', id: '12' })
    wxLoginGives('wx-code-5')
    wx.__route('POST', '/api/auth/wechat', { data: { bound: true, token: 't', user: user() } })
    loadPage('pages/login/login')
    await flush(6)
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/user/report/report?roomId=12' })
  })
})

describe('services/wechat.js subscribe requests', () => {
  test('a worker accepting a task is asked for the task template on that tap, and the answer is reported', async () => {
    login({ id: 'w1', role: 'WORKER', name: '李师傅', phone: '13700001111' })
    wx.setStorageSync('wechatSettings', settings)
    subscribeDialogAnswers({ 'tpl-task': 'accept' })
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'ASSIGNED', allowedActions: ['accept', 'refuse'] }) })
    wx.__route('POST', '/api/requests/r1/accept', { data: request({ status: 'IN_PROGRESS', allowedActions: ['complete'] }) })
    wx.__route('POST', '/api/me/wechat/subscriptions', { data: { bound: true, subscriptions: { TASK_ASSIGNED: 1 } } })
    const { comp } = loadPage('pages/worker/task/task', { id: 'r1' })
    await flush()

    await tap(comp, '#accept')
    await flush(6)

    expect(wx.requestSubscribeMessage).toHaveBeenCalledTimes(1)
    expect(wx.requestSubscribeMessage.mock.calls[0][0].tmplIds).toEqual(['tpl-task'])
    const reported = wx.__calls.find(c => c.url.endsWith('/api/me/wechat/subscriptions'))
    expect(reported.data).toEqual({ results: { 'tpl-task': 'accept' } })
    expect(wx.__calls.find(c => c.url.endsWith('/api/requests/r1/accept'))).toBeTruthy()
  })

  test('a requester submitting is asked for the three request templates; errMsg is not reported', async () => {
    wx.setStorageSync('wechatSettings', settings)
    subscribeDialogAnswers({ 'tpl-acc': 'accept', 'tpl-done': 'reject', 'tpl-rej': 'accept' })
    wx.__route('POST', '/api/me/wechat/subscriptions', { data: { bound: true, subscriptions: {} } })
    const wechat = require('../../../services/wechat')

    await wechat.requestSubscriptions('submit')

    expect(wx.requestSubscribeMessage.mock.calls[0][0].tmplIds).toEqual(['tpl-acc', 'tpl-done', 'tpl-rej'])
    expect(wx.__calls[0].data).toEqual({ results: { 'tpl-acc': 'accept', 'tpl-done': 'reject', 'tpl-rej': 'accept' } })
  })

  test('without WeChat, or when the person closes the dialog, nothing is asked or reported', async () => {
    const wechat = require('../../../services/wechat')
    subscribeDialogAnswers({})
    wx.setStorageSync('wechatSettings', { enabled: false, subscribe: {} })
    await wechat.requestSubscriptions('submit')
    expect(wx.requestSubscribeMessage).not.toHaveBeenCalled()

    wx.setStorageSync('wechatSettings', settings)
    wx.requestSubscribeMessage = jest.fn(options => setTimeout(() => options.fail({ errMsg: 'requestSubscribeMessage:fail cancel' }), 0))
    await expect(wechat.requestSubscriptions('submit')).resolves.toBeNull()
    expect(wx.__calls).toHaveLength(0)
  })

  test('the settings are read ahead, as the tap that asks cannot wait for the network', async () => {
    wx.__route('GET', '/api/wechat/settings', { data: settings })
    const wechat = require('../../../services/wechat')
    await wechat.loadSettings()
    expect(wx.getStorageSync('wechatSettings')).toEqual(settings)
  })
})

describe('pages/common/profile/profile.js WeChat binding', () => {
  test('a bound person can unbind from the profile', async () => {
    login(user())
    wx.__route('GET', '/api/me', { data: user() })
    wx.__route('GET', '/api/me/wechat', { data: { bound: true, boundAt: '2026-11-30T00:00:00Z', subscriptions: {} } })
    wx.__route('DELETE', '/api/me/wechat', { statusCode: 204, data: '' })
    const { comp } = loadPage('pages/common/profile/profile')
    await flush()
    expect(text(comp, '#unbind-wechat')).toBe('解除微信绑定')

    await tap(comp, '#unbind-wechat')
    await flush()

    expect(wx.__calls.find(c => c.method === 'DELETE' && c.url.endsWith('/api/me/wechat'))).toBeTruthy()
    expect(comp.querySelector('#unbind-wechat')).toBeFalsy()
  })

  test('an unbound person sees no unbinding', async () => {
    login(user())
    wx.__route('GET', '/api/me', { data: user() })
    wx.__route('GET', '/api/me/wechat', { data: { bound: false, boundAt: null, subscriptions: {} } })
    const { comp } = loadPage('pages/common/profile/profile')
    await flush()
    expect(comp.querySelector('#unbind-wechat')).toBeFalsy()
  })
})
