const http = require('../../../services/http')
const { ApiError } = http

const problem = (status, detail, errors) => ({
  statusCode: status,
  data: Object.assign({ type: 'about:blank', title: 'Bad Request', status, detail }, errors ? { errors } : {}),
  header: { 'Content-Type': 'application/problem+json' }
})

describe('services/http.js', () => {
  test('adds the base URL, the Bearer token and JSON headers, and resolves with the body on 2xx', async () => {
    wx.setStorageSync('token', 'tok-1')
    wx.__route('GET', '/api/me', { statusCode: 200, data: { id: 'u1', role: 'USER' }, header: {} })

    const body = await http.request({ path: '/api/me' })

    expect(body).toEqual({ id: 'u1', role: 'USER' })
    const call = wx.request.mock.calls[0][0]
    expect(call.url).toBe('http://127.0.0.1:8080/api/me')
    expect(call.method).toBe('GET')
    expect(call.header.Authorization).toBe('Bearer tok-1')
  })

  test('PATCH, which wx.request does not support, goes as POST with X-HTTP-Method-Override', async () => {
    wx.__route('POST', '/api/me', { data: { id: 'u1', name: '新名字' } })
    const body = await http.request({ method: 'PATCH', path: '/api/me', data: { name: '新名字' } })
    expect(body.name).toBe('新名字')
    const call = wx.request.mock.calls[0][0]
    expect(call.method).toBe('POST')
    expect(call.header['X-HTTP-Method-Override']).toBe('PATCH')
    expect(http.WX_METHODS).not.toContain('PATCH')
  })

  test('builds the query string and keeps commas of status lists readable', async () => {
    wx.__route('GET', '/api/requests', { statusCode: 200, data: { items: [], page: 0, size: 10, total: 0 } })
    await http.request({ path: '/api/requests', query: { status: 'ASSIGNED,IN_PROGRESS', page: 0, q: '', x: undefined } })
    expect(wx.request.mock.calls[0][0].url).toBe('http://127.0.0.1:8080/api/requests?status=ASSIGNED,IN_PROGRESS&page=0')
  })

  test('rejects a problem+json answer with an ApiError carrying detail and field errors in zh-CN', async () => {
    wx.__route('POST', '/api/requests', problem(400, '提交的内容有误', [
      { field: 'description', message: '请描述故障情况' },
      { field: 'location.building', message: '请填写楼栋' }
    ]))

    const err = await http.request({ method: 'POST', path: '/api/requests', data: {} }).catch(e => e)

    expect(err).toBeInstanceOf(ApiError)
    expect(err.statusCode).toBe(400)
    expect(err.detail).toBe('提交的内容有误')
    expect(err.errors).toHaveLength(2)
    expect(err.fieldErrors).toEqual({ description: '请描述故障情况', 'location.building': '请填写楼栋' })
    expect(err.message).toBe('提交的内容有误\n请描述故障情况\n请填写楼栋')
  })

  test('when the detail only repeats the field errors with field names, the messages alone are shown', async () => {
    wx.__route('POST', '/api/requests', problem(400, 'location.building：请填写楼栋；description：请描述故障情况', [
      { field: 'location.building', message: '请填写楼栋' },
      { field: 'description', message: '请描述故障情况' }
    ]))
    const err = await http.request({ method: 'POST', path: '/api/requests', data: {} }).catch(e => e)
    expect(err.message).toBe('请填写楼栋\n请描述故障情况')
    expect(err.detail).toBe('location.building：请填写楼栋；description：请描述故障情况')
  })

  test('falls back to a readable message per status when the body has no detail', async () => {
    wx.__route('POST', '/api/requests/r1/assign', { statusCode: 409, data: '', header: {} })
    wx.__route('GET', '/api/boom', { statusCode: 503, data: '<html>busy</html>', header: {} })
    wx.__route('POST', '/api/auth/sms-code', { statusCode: 429, data: { title: 'Too Many Requests', status: 429 }, header: { 'retry-after': '30' } })

    const conflict = await http.request({ method: 'POST', path: '/api/requests/r1/assign' }).catch(e => e)
    const down = await http.request({ path: '/api/boom' }).catch(e => e)
    const limited = await http.request({ method: 'POST', path: '/api/auth/sms-code', auth: false }).catch(e => e)

    expect(conflict.message).toBe('当前状态不允许此操作，请刷新后重试')
    expect(down.message).toBe('服务器开小差了，请稍后再试')
    expect(limited.retryAfter).toBe('30')
    expect(limited.message).toContain('请30秒后再试')
  })

  test('401 clears the stored session and relaunches the login page', async () => {
    wx.setStorageSync('token', 'expired')
    wx.setStorageSync('user', { id: 'u1' })
    wx.__route('GET', '/api/me', { statusCode: 401, data: { title: 'Unauthorized', status: 401, detail: '请先登录' } })

    const err = await http.request({ path: '/api/me' }).catch(e => e)

    expect(err.statusCode).toBe(401)
    expect(wx.getStorageSync('token')).toBe('')
    expect(wx.getStorageSync('user')).toBe('')
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/login' })
  })

  test('a 401 from the login call itself stays on the page (auth: false) and sends no token', async () => {
    wx.setStorageSync('token', 'old')
    wx.__route('POST', '/api/auth/login', { statusCode: 401, data: { status: 401, detail: '手机号、验证码或密码不正确' } })

    const err = await http.request({ method: 'POST', path: '/api/auth/login', data: {}, auth: false }).catch(e => e)

    expect(err.message).toBe('手机号、验证码或密码不正确')
    expect(wx.reLaunch).not.toHaveBeenCalled()
    expect(wx.request.mock.calls[0][0].header.Authorization).toBeUndefined()
  })

  test('a network failure rejects with a readable message and statusCode 0', async () => {
    wx.__route('GET', '/api/categories', { networkError: true })
    const err = await http.request({ path: '/api/categories' }).catch(e => e)
    expect(err.statusCode).toBe(0)
    expect(err.message).toBe('网络连接失败，请检查网络后重试')
  })

  test('upload sends multipart field "file" with the token and parses the JSON string answer', async () => {
    wx.setStorageSync('token', 'tok-2')
    wx.__route('POST', '/api/attachments', { statusCode: 201, data: { id: 'a1', contentType: 'image/png', size: 10 } })

    const body = await http.upload({ path: '/api/attachments', filePath: 'wxfile://tmp/1.png' })

    expect(body).toEqual({ id: 'a1', contentType: 'image/png', size: 10 })
    const call = wx.uploadFile.mock.calls[0][0]
    expect(call.name).toBe('file')
    expect(call.filePath).toBe('wxfile://tmp/1.png')
    expect(call.header.Authorization).toBe('Bearer tok-2')
  })

  test('upload rejects 413 and 415 with their own messages', async () => {
    wx.__route('POST', '/api/attachments', { statusCode: 415, data: { status: 415, title: 'Unsupported Media Type' } })
    const err = await http.upload({ path: '/api/attachments', filePath: 'x.exe' }).catch(e => e)
    expect(err.statusCode).toBe(415)
    expect(err.message).toBe('不支持的文件类型')
    wx.__route('POST', '/api/attachments', { statusCode: 413, data: '' })
    const big = await http.upload({ path: '/api/attachments', filePath: 'big.png' }).catch(e => e)
    expect(big.message).toBe('文件太大，单个文件不能超过10MB')
  })

  test('download fetches an attachment with the token and resolves its temp path', async () => {
    wx.setStorageSync('token', 'tok-3')
    const path = await http.download({ path: '/api/attachments/a9' })
    expect(path).toBe('wxfile://tmp/a9')
    expect(wx.downloadFile.mock.calls[0][0].header.Authorization).toBe('Bearer tok-3')
  })
})
