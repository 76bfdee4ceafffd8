// Contract test: places through the mini program's own services/api.js, utils/place-link.js and
// utils/places.js against the packaged jar. The admin imports a building from a CSV file, prints a
// room's code; a student "scans" it (the PNG decoded by jsQR stands in for wx.scanCode) and reports
// at that room without typing where; the admin finds it by building, and a foreign code is refused.
const fs = require('fs')
const os = require('os')
const path = require('path')
const jsQR = require('jsqr')
const { PNG } = require('pngjs')
const { createNodeWx } = require('./node-wx')

const BASE_URL = process.env.REPAIR_BASE_URL
const ADMIN_PASSWORD = process.env.REPAIR_ADMIN_PASSWORD
if (!BASE_URL || !ADMIN_PASSWORD) {
  throw new Error('REPAIR_BASE_URL and REPAIR_ADMIN_PASSWORD must be set (npm run test:contract:jar sets both)')
}
const ADMIN_PHONE = process.env.REPAIR_ADMIN_PHONE || '13800000000'

const ROOT = path.resolve(__dirname, '../..')
require(path.join(ROOT, 'config')).baseUrl = BASE_URL
const api = require(path.join(ROOT, 'services/api'))
const session = require(path.join(ROOT, 'services/session'))
const placeLink = require(path.join(ROOT, 'utils/place-link'))
const places = require(path.join(ROOT, 'utils/places'))

jest.setTimeout(120000)

const admin = createNodeWx('admin')
const student = createNodeWx('student')
const studentPhone = `1${5 + Math.floor(Math.random() * 4)}${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`
const areaName = `契约校区${Date.now()}`

async function as(person, fn) {
  global.wx = person
  return fn()
}

async function studentLogsIn() {
  await as(student, () => api.sendSmsCode(studentPhone))
  let code
  for (let i = 0; i < 40 && !code; i++) {
    const messages = await as(admin, () => api.readDevSms(studentPhone))
    const login = (messages || []).find(m => m.template === 'LOGIN_CODE')
    code = login && login.params[0]
    if (!code) await new Promise(r => setTimeout(r, 250))
  }
  await as(student, async () => {
    const res = await api.login({ phone: studentPhone, code })
    session.save(res.token, res.user)
  })
}

/** What wx.scanCode would read from the printed code: the PNG decoded by a QR reader. */
function scanPng(file) {
  const png = PNG.sync.read(fs.readFileSync(file))
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
  if (!decoded) throw new Error(`no QR code found in ${file}`)
  return { result: decoded.data, scanType: 'QR_CODE', charSet: 'UTF-8' }
}

describe('contract: places, labels and a report from a scanned code', () => {
  let building
  let room

  beforeAll(async () => {
    await as(admin, async () => {
      const res = await api.login({ phone: ADMIN_PHONE, password: ADMIN_PASSWORD })
      session.save(res.token, res.user)
    })
    await studentLogsIn()
  })

  test('the admin imports a building and its rooms from a spreadsheet', async () => {
    await as(admin, async () => {
      await api.savePlace('areas', { name: areaName })
      await api.savePlace('buildings', { areaId: (await api.listAreas()).find(a => a.name === areaName).id, name: '7号楼', kind: 'DORMITORY' })
      const csv = path.join(os.tmpdir(), `contract-rooms-${Date.now()}.csv`)
      fs.writeFileSync(csv, `\uFEFF校区,楼栋,楼层,房间号,名称,用途\n${areaName},7号楼,3,301,,宿舍\n${areaName},7号楼,3,302,,宿舍\n`)
      const trial = await api.importPlaces(csv, true)
      expect(trial).toEqual(expect.objectContaining({ applied: false, created: 2, refused: 0 }))
      const done = await api.importPlaces(csv, false)
      expect(done).toEqual(expect.objectContaining({ applied: true, created: 2 }))

      building = (await api.listBuildings({ q: '7号楼', size: 100 })).items.find(b => b.area.name === areaName)
      room = (await api.listRooms({ buildingId: building.id, q: '301' })).items[0]
      expect(room.label).toBe('7号楼 301')
    })
  })

  test('a student scans the room\'s printed code and reports without typing where', async () => {
    const png = await as(admin, () => api.downloadRoomCode(room.id))
    const scanned = scanPng(png)
    const place = placeLink.fromScan(scanned)
    expect(place).toEqual({ kind: 'room', id: room.id })

    const created = await as(student, async () => {
      const found = await places.resolvePlace(place)
      expect(found.room.label).toBe('7号楼 301')
      const categories = await api.listCategories()
      return api.submitRequest({
        categoryCode: categories[0].code,
        description: '契约测试：扫码报修，灯不亮',
        location: places.locationOf(found, '靠窗的灯')
      }, `contract-scan-${Date.now()}`)
    })
    expect(created.location).toEqual(expect.objectContaining({
      building: '7号楼', room: '301', detail: '靠窗的灯', roomId: room.id, buildingId: building.id
    }))

    const inBuilding = await as(admin, () => api.listRequests({ buildingId: building.id }))
    expect(inBuilding.items.map(r => r.id)).toEqual([created.id])
    const history = await as(admin, () => api.getPlaceHistory(created.id))
    expect(history).toEqual({ room: [], asset: [] })
  })

  test('a foreign code names no place, and a retired room is refused with a message', async () => {
    expect(placeLink.fromScan({ result: 'https://shop.example.com/item/301' })).toBeNull()
    await as(admin, () => api.retirePlace('rooms', room.id, true))
    const refused = await as(student, () => places.resolvePlace({ kind: 'room', id: room.id }).catch(e => e))
    expect(refused.message).toBe('该房间已停用，请选择其他报修地点')
    const submit = await as(student, () => api.submitRequest({
      categoryCode: 'OTHER', description: '停用房间', location: { roomId: room.id }
    }).catch(e => e))
    expect(submit.statusCode).toBe(400)
    expect(submit.fieldErrors['location.roomId']).toBe('房间不存在或已停用')
  })
})
