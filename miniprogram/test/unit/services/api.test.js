const api = require('../../../services/api')

const ok = data => ({ statusCode: 200, data, header: { 'Content-Type': 'application/json' } })
const last = () => wx.__calls[wx.__calls.length - 1]

describe('services/api.js', () => {
  test('each request action posts to its own sub-resource with the contract body', async () => {
    wx.__route('POST', /^\/api\/requests\/r1\/\w+$/, ok({ id: 'r1' }))
    await api.reviewRequest('r1', { decision: 'ACCEPT', note: '同意' })
    expect(last()).toMatchObject({ method: 'POST', data: { decision: 'ACCEPT', note: '同意' } })
    expect(last().url).toMatch(/\/api\/requests\/r1\/review$/)
    await api.assignRequest('r1', 'w1')
    expect(last().data).toEqual({ workerId: 'w1' })
    await api.acceptTask('r1')
    expect(last().url).toMatch(/\/accept$/)
    await api.refuseTask('r1', '没空')
    expect(last().data).toEqual({ reason: '没空' })
    await api.completeTask('r1', '修好了')
    expect(last().data).toEqual({ note: '修好了' })
    await api.rateRequest('r1', { result: 5, efficiency: 4, comment: '好' })
    expect(last().data).toEqual({ result: 5, efficiency: 4, comment: '好' })
    await api.cancelRequest('r1')
    expect(last().url).toMatch(/\/cancel$/)
    await api.revisitRequest('r1', { outcome: 'REWORK', note: '仍在漏水' })
    expect(last()).toMatchObject({ method: 'POST', data: { outcome: 'REWORK', note: '仍在漏水' } })
    expect(last().url).toMatch(/\/api\/requests\/r1\/revisit$/)
  })

  test('getQueue reads where a request stands; listRequests asks for the most pressing first', async () => {
    wx.__route('GET', '/api/requests/r1/queue', ok({ waiting: true, ahead: 3, estimatedBy: '2024-05-01T08:00:00Z', basis: 'HISTORY' }))
    wx.__route('GET', '/api/requests', ok({ items: [], page: 0, size: 10, total: 0 }))
    expect(await api.getQueue('r1')).toEqual({ waiting: true, ahead: 3, estimatedBy: '2024-05-01T08:00:00Z', basis: 'HISTORY' })
    expect(last()).toMatchObject({ method: 'GET', url: 'http://127.0.0.1:8080/api/requests/r1/queue' })
    await api.listRequests({ status: ['ASSIGNED'], page: 0, size: 10, sort: 'due' })
    expect(last().url).toBe('http://127.0.0.1:8080/api/requests?status=ASSIGNED&page=0&size=10&sort=due')
  })

  test('submitRequest sends the Idempotency-Key header; listRequests joins statuses', async () => {
    wx.__route('POST', '/api/requests', { statusCode: 201, data: { id: 'r2' } })
    wx.__route('GET', '/api/requests', ok({ items: [], page: 1, size: 5, total: 0 }))
    await api.submitRequest({ categoryCode: 'WATER' }, 'key-1')
    expect(last().header['Idempotency-Key']).toBe('key-1')
    await api.listRequests({ status: ['CLOSED', 'REJECTED'], page: 1, size: 5 })
    expect(last().url).toBe('http://127.0.0.1:8080/api/requests?status=CLOSED,REJECTED&page=1&size=5')
  })

  test('listWorkers accepts a page or a bare list; login and sms-code go without a token', async () => {
    wx.setStorageSync('token', 'tok')
    wx.__route('GET', '/api/workers', ok({ items: [{ id: 'w1' }], page: 0, size: 20, total: 1 }))
    expect(await api.listWorkers({ specialty: 'WATER' })).toEqual([{ id: 'w1' }])
    wx.__route('GET', '/api/workers', ok([{ id: 'w2' }]))
    expect(await api.listWorkers()).toEqual([{ id: 'w2' }])
    wx.__route('POST', '/api/auth/login', ok({ token: 't', user: {} }))
    await api.login({ phone: '13900000000', code: '123456' })
    expect(last().header.Authorization).toBeUndefined()
  })

  test('readDevSms reads the local outbox with the (admin\'s) token', async () => {
    wx.setStorageSync('token', 'admin-tok')
    wx.__route('GET', '/api/dev/sms', ok([{ template: 'LOGIN_CODE', params: ['123456'] }]))
    expect(await api.readDevSms('13700000001')).toEqual([{ template: 'LOGIN_CODE', params: ['123456'] }])
    expect(last().url).toBe('http://127.0.0.1:8080/api/dev/sms?phone=13700000001')
    expect(last().header.Authorization).toBe('Bearer admin-tok')
  })
})
