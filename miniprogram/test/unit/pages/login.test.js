const { loadPage, text, tap, type } = require('../../helpers/simulate')
const { flush } = require('../../helpers/wx')

const user = (over) => Object.assign({ id: 'u1', phone: '13912345678', name: '', role: 'USER', hasPassword: false }, over)

describe('pages/login/login.js', () => {
  test('requests a code for a valid phone and counts down before a resend', async () => {
    jest.useFakeTimers({ doNotFake: ['setTimeout', 'nextTick', 'setImmediate'] })
    wx.__route('POST', '/api/auth/sms-code', { statusCode: 202, data: { expiresInSeconds: 300, resendAfterSeconds: 60 } })
    const { comp, page } = loadPage('pages/login/login')

    await type(comp, '#phone', '13912345678')
    await tap(comp, '#send-code')

    const call = wx.__calls.find(c => c.url.endsWith('/api/auth/sms-code'))
    expect(call.data).toEqual({ phone: '13912345678' })
    expect(page.data.countdown).toBe(60)
    expect(text(comp, '#send-code')).toBe('60秒后重发')
    jest.advanceTimersByTime(3000)
    expect(page.data.countdown).toBe(57)
    await tap(comp, '#send-code') // still counting: no second request
    expect(wx.__calls.filter(c => c.url.endsWith('/api/auth/sms-code'))).toHaveLength(1)
    page.onUnload()
    jest.useRealTimers()
  })

  test('refuses to send a code to an invalid phone and says why', async () => {
    const { comp } = loadPage('pages/login/login')
    await type(comp, '#phone', '12345')
    await tap(comp, '#send-code')
    expect(wx.request).not.toHaveBeenCalled()
    expect(text(comp, '#error-phone')).toBe('请输入正确的11位手机号')
  })

  test('a code login with a WORKER role lands on the worker tasks page and stores the session', async () => {
    wx.__route('POST', '/api/auth/login', { data: { token: 't-w', expiresAt: '2030-01-01T00:00:00Z', user: user({ role: 'WORKER', hasPassword: true }) } })
    const { comp } = loadPage('pages/login/login')
    await type(comp, '#phone', '139 1234 5678')
    await type(comp, '#code', '123456')
    await tap(comp, '#submit')

    expect(wx.__calls[0].data).toEqual({ phone: '13912345678', code: '123456' })
    expect(wx.getStorageSync('token')).toBe('t-w')
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/worker/tasks/tasks' })
  })

  test('the first code login (no password yet) offers to set a password', async () => {
    wx.__route('POST', '/api/auth/login', { data: { token: 't-u', user: user() } })
    const { comp } = loadPage('pages/login/login')
    await type(comp, '#phone', '13912345678')
    await type(comp, '#code', '654321')
    await tap(comp, '#submit')
    await flush()
    expect(wx.showModal).toHaveBeenCalled()
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/common/password/password?first=1' })
  })

  test('password login of an ADMIN goes to the admin requests page', async () => {
    wx.__route('POST', '/api/auth/login', { data: { token: 't-a', user: user({ role: 'ADMIN', hasPassword: true }) } })
    const { comp } = loadPage('pages/login/login')
    await tap(comp, '#switch-mode')
    await type(comp, '#phone', '13800000000')
    await type(comp, '#password', 'my-password-1')
    await tap(comp, '#submit')
    expect(wx.__calls[0].data).toEqual({ phone: '13800000000', password: 'my-password-1' })
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/admin/requests/requests' })
  })

  test('a wrong code shows the server message and does not leave the page', async () => {
    wx.__route('POST', '/api/auth/login', { statusCode: 401, data: { type: 'about:blank', title: 'Unauthorized', status: 401, detail: '手机号、验证码或密码不正确' } })
    const { comp } = loadPage('pages/login/login')
    await type(comp, '#phone', '13912345678')
    await type(comp, '#code', '000000')
    await tap(comp, '#submit')
    expect(wx.showModal.mock.calls[0][0].content).toBe('手机号、验证码或密码不正确')
    expect(wx.reLaunch).not.toHaveBeenCalled()
  })

  test('an existing session goes straight to the home of its role', () => {
    wx.setStorageSync('token', 'tok')
    wx.setStorageSync('user', user({ role: 'ADMIN' }))
    loadPage('pages/login/login')
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/admin/requests/requests' })
  })

  test('validates the code format before calling the server', async () => {
    const { comp } = loadPage('pages/login/login')
    await type(comp, '#phone', '13912345678')
    await type(comp, '#code', '12')
    await tap(comp, '#submit')
    expect(wx.request).not.toHaveBeenCalled()
    expect(text(comp, '#error-code')).toBe('请输入6位数字验证码')
  })

  test('each error sits under its own field (TDesign t-input), and goes once the field is typed in', async () => {
    const { comp } = loadPage('pages/login/login')
    await tap(comp, '#submit')
    expect(comp.querySelector('#phone #error-phone')).toBeTruthy()
    expect(comp.querySelector('#code #error-code')).toBeTruthy()
    expect(text(comp, '#error-phone')).toBe('请输入正确的11位手机号')
    await type(comp, '#phone', '13912345678')
    expect(comp.querySelector('#error-phone')).toBeUndefined()
    expect(text(comp, '#error-code')).toBe('请输入6位数字验证码')
  })

  test('密码登录 swaps the code field for a password field and back', async () => {
    const { comp } = loadPage('pages/login/login')
    expect(comp.querySelector('#password')).toBeUndefined()
    await tap(comp, '#switch-mode')
    expect(comp.querySelector('#code')).toBeUndefined()
    expect(comp.querySelector('#password').instance.data.type).toBe('password')
    expect(text(comp, '#switch-mode')).toBe('使用验证码登录')
    await tap(comp, '#switch-mode')
    expect(comp.querySelector('#code')).toBeTruthy()
  })
})
