// Contract test: the mini program's own services/api.js and http.js against a running back end.
//   REPAIR_BASE_URL=http://127.0.0.1:8080 REPAIR_ADMIN_PASSWORD=$(cat ../data/initial-admin-password) npm run test:contract
// It walks a repair request through its whole life as the admin, a student and a worker, plus the
// reject and cancel paths. It never skips: without REPAIR_BASE_URL or REPAIR_ADMIN_PASSWORD it fails.
const fs = require('fs')
const os = require('os')
const path = require('path')
const { createNodeWx } = require('./node-wx')

const BASE_URL = process.env.REPAIR_BASE_URL
if (!BASE_URL) {
  throw new Error('REPAIR_BASE_URL is not set: start the back end and run e.g. REPAIR_BASE_URL=http://127.0.0.1:8080 npm run test:contract')
}

// A new back end has no known admin password: it prints one at its first start and keeps it in
// data/initial-admin-password, or takes REPAIR_ADMIN_PASSWORD from its environment.
const ADMIN_PHONE = process.env.REPAIR_ADMIN_PHONE || '13800000000'
const ADMIN_PASSWORD = process.env.REPAIR_ADMIN_PASSWORD
if (!ADMIN_PASSWORD) {
  throw new Error('REPAIR_ADMIN_PASSWORD is not set: the back end\'s admin password (printed at its first start, kept in its data/initial-admin-password)')
}

const ROOT = path.resolve(__dirname, '../..')
require(path.join(ROOT, 'config')).baseUrl = BASE_URL
const api = require(path.join(ROOT, 'services/api'))
const session = require(path.join(ROOT, 'services/session'))
const { ApiError } = require(path.join(ROOT, 'services/http'))

jest.setTimeout(180000)

// --- people -------------------------------------------------------------------------------------
const randomPhone = () => `1${3 + Math.floor(Math.random() * 7)}${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`

const admin = createNodeWx('admin')
const student = createNodeWx('student')
const worker = createNodeWx('worker')
const studentPhone = randomPhone()
const workerPhone = randomPhone()

/** Runs fn as this person: http.js reads the global `wx` (and so the token) at call time. */
async function as(person, fn) {
  global.wx = person
  return fn()
}

async function eventually(fn, what, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs
  let lastError
  while (Date.now() < deadline) {
    try {
      const value = await fn()
      if (value) return value
    } catch (e) {
      lastError = e
    }
    await new Promise(r => setTimeout(r, 250))
  }
  throw new Error(`timed out waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`)
}

async function loginWithCode(person, phone) {
  const sent = await as(person, () => api.sendSmsCode(phone))
  expect(sent.resendAfterSeconds).toBeGreaterThan(0)
  // The local outbox holds everyone's codes: only the admin reads it.
  const code = await eventually(() => as(admin, async () => {
    const messages = await api.readDevSms(phone)
    const login = (messages || []).find(m => m.template === 'LOGIN_CODE')
    return login && login.params && login.params[0]
  }), `the login code of ${phone} in GET /api/dev/sms (as the admin)`)
  expect(code).toMatch(/^\d{6}$/)
  return as(person, async () => {
    const res = await api.login({ phone, code })
    session.save(res.token, res.user)
    return res.user
  })
}

async function rejected(promise) {
  try {
    await promise
  } catch (e) {
    return e
  }
  throw new Error('expected the call to be rejected')
}

function tinyPng() {
  // A valid 1×1 PNG: attachments are checked by their bytes, not their name.
  const file = path.join(os.tmpdir(), `contract-${Date.now()}.png`)
  fs.writeFileSync(file, Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'))
  return file
}

let category
let workerId

function newRequest(description) {
  return as(student, () => api.submitRequest({
    categoryCode: category.code,
    description,
    location: { building: '北区3号楼', room: '402', detail: '契约测试' },
    contactPhone: studentPhone
  }, `contract-${Date.now()}-${Math.random().toString(16).slice(2)}`))
}

// --- the walk -----------------------------------------------------------------------------------
describe('contract: services/api.js against a real back end', () => {
  beforeAll(async () => {
    await as(admin, async () => {
      const res = await api.login({ phone: ADMIN_PHONE, password: ADMIN_PASSWORD })
      expect(res.token).toBeTruthy()
      expect(res.user.role).toBe('ADMIN')
      session.save(res.token, res.user)
      const categories = await api.listCategories()
      expect(categories.length).toBeGreaterThan(0)
      category = categories[0]
      expect(category).toEqual(expect.objectContaining({ code: expect.any(String), name: expect.any(String) }))
    })
  })

  test('admin adds a worker; the worker and a student log in by SMS code', async () => {
    const created = await as(admin, () => api.createStaff({ phone: workerPhone, name: '契约测试师傅', role: 'WORKER', specialties: [category.code] }))
    expect(created).toEqual(expect.objectContaining({ phone: workerPhone, role: 'WORKER' }))
    workerId = created.id

    const me = await loginWithCode(student, studentPhone)
    expect(me.role).toBe('USER')
    const w = await loginWithCode(worker, workerPhone)
    expect(w.role).toBe('WORKER')
    expect(w.id).toBe(workerId)
  })

  test('the student sets a password after the first code login and can log in with it', async () => {
    await as(student, async () => {
      await api.changePassword({ newPassword: 'contract-pass-1' })
      expect((await api.getMe()).hasPassword).toBe(true)
      const res = await api.login({ phone: studentPhone, password: 'contract-pass-1' })
      session.save(res.token, res.user)
      const bad = await rejected(api.login({ phone: studentPhone, password: 'wrong-password' }))
      expect(bad).toBeInstanceOf(ApiError)
      expect(bad.statusCode).toBe(401)
      expect(bad.message).toBeTruthy()
    })
  })

  // wx.request cannot send PATCH, so http.js sends PATCH /api/me as POST /api/me with
  // `X-HTTP-Method-Override: PATCH`. The back end has to honour that header for this to pass.
  test('the student edits the profile (PATCH /api/me, sent as POST + X-HTTP-Method-Override)', async () => {
    const updated = await as(student, () => api.updateMe({ name: '契约测试同学', department: '计算机学院', address: '北区3号楼 402' }))
    expect(updated).toEqual(expect.objectContaining({ name: '契约测试同学', department: '计算机学院', address: '北区3号楼 402' }))
    expect((await as(student, () => api.getMe())).name).toBe('契约测试同学')
  })

  test('full lifecycle: submit with a photo, review, assign, refuse, assign again, accept, complete, rate', async () => {
    // the student uploads a photo and submits, with an Idempotency-Key
    const { id: attachmentId, contentType } = await as(student, () => api.uploadAttachment(tinyPng()))
    expect(contentType).toBe('image/png')
    const key = `contract-${Date.now()}`
    const body = {
      categoryCode: category.code,
      description: '契约测试：宿舍水龙头漏水',
      location: { building: '北区3号楼', room: '402', detail: '卫生间' },
      contactPhone: studentPhone,
      attachmentIds: [attachmentId]
    }
    const submitted = await as(student, () => api.submitRequest(body, key))
    expect(submitted.status).toBe('PENDING_REVIEW')
    expect(submitted.attachments.map(a => a.id)).toEqual([attachmentId])
    expect(submitted.priority).toBe(category.urgentByDefault ? 'URGENT' : 'NORMAL')
    expect(submitted.currentStep.dueAt).toEqual(expect.any(String))
    const id = submitted.id
    // the student's detail page tells where the request stands until a worker accepts it
    const queue = await as(student, () => api.getQueue(id))
    expect(queue).toEqual(expect.objectContaining({ waiting: true, ahead: expect.any(Number) }))
    // a retry with the same key does not create a second request
    const retried = await as(student, () => api.submitRequest(body, key))
    expect(retried.id).toBe(id)

    // the student sees it among pending requests
    const pending = await as(student, () => api.listRequests({ status: ['PENDING_REVIEW', 'AWAITING_DISPATCH'] }))
    expect(pending.items.map(r => r.id)).toContain(id)

    // the admin accepts it and finds the worker by specialty
    const reviewed = await as(admin, () => api.reviewRequest(id, { decision: 'ACCEPT', note: '同意维修' }))
    expect(reviewed.status).toBe('AWAITING_DISPATCH')
    const workers = await as(admin, () => api.listWorkers({ specialty: category.code, q: workerPhone }))
    const found = workers.find(w => w.id === workerId)
    expect(found).toEqual(expect.objectContaining({ activeTasks: expect.any(Number) }))
    expect(found.specialties).toContain(category.code)
    expect((await as(admin, () => api.assignRequest(id, workerId))).status).toBe('ASSIGNED')

    // the worker sees the task, and refuses it with a reason: back to dispatch
    const tasks = await as(worker, () => api.listRequests({ status: ['ASSIGNED'] }))
    expect(tasks.items.map(r => r.id)).toContain(id)
    const noReason = await as(worker, () => rejected(api.refuseTask(id, '')))
    expect(noReason.statusCode).toBe(400)
    const refused = await as(worker, () => api.refuseTask(id, '缺少配件'))
    expect(refused.status).toBe('AWAITING_DISPATCH')

    // assigned again; the worker accepts and completes
    expect((await as(admin, () => api.assignRequest(id, workerId))).status).toBe('ASSIGNED')
    expect((await as(worker, () => api.acceptTask(id))).status).toBe('IN_PROGRESS')
    expect((await as(student, () => api.getQueue(id))).waiting).toBe(false)
    const student403 = await as(student, () => rejected(api.completeTask(id, 'x')))
    expect(student403.statusCode).toBe(403)
    const completed = await as(worker, () => api.completeTask(id, '更换了阀芯'))
    expect(completed.status).toBe('AWAITING_RATING')

    // the student sees the worker, can fetch the photo, and rates
    const detail = await as(student, () => api.getRequest(id))
    expect(detail.worker).toEqual(expect.objectContaining({ id: workerId, phone: workerPhone }))
    const photoPath = await as(student, () => api.downloadAttachment(attachmentId))
    expect(fs.readFileSync(photoPath).subarray(1, 4).toString()).toBe('PNG')
    const closed = await as(student, () => api.rateRequest(id, { result: 5, efficiency: 4, comment: '师傅很专业' }))
    expect(closed.status).toBe('CLOSED')
    expect(closed.rating).toEqual(expect.objectContaining({ result: 5, efficiency: 4 }))

    // the closed request carries its history: submit, review, assign, refuse, assign, accept, complete, rate
    const final = await as(admin, () => api.getRequest(id))
    expect(final.status).toBe('CLOSED')
    const actions = final.history.map(h => h.action)
    expect(final.history.length).toBeGreaterThanOrEqual(8)
    expect(actions).toEqual(expect.arrayContaining(['REFUSED', 'COMPLETED', 'RATED']))
    expect(final.history.find(h => h.action === 'REFUSED').note).toBe('缺少配件')
    const done = await as(admin, () => api.listRequests({ status: ['AWAITING_RATING', 'CLOSED'], size: 100 }))
    expect(done.items.map(r => r.id)).toContain(id)

    // a closed request cannot be cancelled: 409 with a readable message, and nothing changes
    const late = await as(student, () => rejected(api.cancelRequest(id, '太晚了')))
    expect(late.statusCode).toBe(409)
    expect(late.message).toBeTruthy()
    expect((await as(student, () => api.getRequest(id))).status).toBe('CLOSED')
  })

  test('reject path: the admin rejects with a note', async () => {
    const created = await newRequest('契约测试：驳回路径')
    const result = await as(admin, () => api.reviewRequest(created.id, { decision: 'REJECT', note: '不属于后勤维修范围' }))
    expect(result.status).toBe('REJECTED')
    const seen = await as(student, () => api.getRequest(created.id))
    expect(seen.status).toBe('REJECTED')
    expect(seen.history.some(h => h.note === '不属于后勤维修范围')).toBe(true)
    const assignLate = await as(admin, () => rejected(api.assignRequest(created.id, workerId)))
    expect(assignLate.statusCode).toBe(409)
  })

  test('cancel path: the student cancels while it waits for dispatch', async () => {
    const created = await newRequest('契约测试：取消路径')
    await as(admin, () => api.reviewRequest(created.id, { decision: 'ACCEPT' }))
    const cancelled = await as(student, () => api.cancelRequest(created.id, '已经自己修好了'))
    expect(cancelled.status).toBe('CANCELLED')
    const past = await as(student, () => api.listRequests({ status: ['CLOSED', 'REJECTED', 'CANCELLED'], size: 100 }))
    expect(past.items.map(r => r.id)).toContain(created.id)
  })

  test('the local outbox answers the admin only', async () => {
    const asStudent = await as(student, () => rejected(api.readDevSms(studentPhone)))
    expect(asStudent.statusCode).toBe(403)
    const stranger = createNodeWx('outbox-stranger')
    const anonymous = await as(stranger, () => rejected(api.readDevSms(studentPhone)))
    expect(anonymous.statusCode).toBe(401)
  })

  test('errors come back as problem+json the app can show: field errors, wrong role, not logged in', async () => {
    const invalid = await as(student, () => rejected(api.submitRequest({ categoryCode: category.code, description: '', location: { building: '' } })))
    expect(invalid.statusCode).toBe(400)
    expect(invalid.errors.length).toBeGreaterThan(0)
    expect(invalid.errors[0]).toEqual(expect.objectContaining({ field: expect.any(String), message: expect.any(String) }))

    const forbidden = await as(student, () => rejected(api.createStaff({ phone: randomPhone(), name: 'x', role: 'ADMIN' })))
    expect(forbidden.statusCode).toBe(403)

    const stranger = createNodeWx('stranger')
    const unauthorized = await as(stranger, () => rejected(api.getMe()))
    expect(unauthorized.statusCode).toBe(401)
    expect(stranger.relaunches).toEqual(['/pages/login/login'])

    expect(admin.relaunches).toEqual([])
    expect(student.relaunches).toEqual([])
    expect(worker.relaunches).toEqual([])
  })
})
