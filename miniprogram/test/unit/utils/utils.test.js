const validate = require('../../../utils/validate')
const format = require('../../../utils/format')
const status = require('../../../utils/status')

describe('utils/validate.js', () => {
  test('phones: 11 digits starting with 1, +86 and spaces dropped', () => {
    expect(validate.normalizePhone('+86 139 1234 5678')).toBe('13912345678')
    expect(validate.isPhone('13912345678')).toBe(true)
    expect(validate.isPhone('23912345678')).toBe(false)
    expect(validate.isPhone('1391234567')).toBe(false)
  })

  test('the report form needs category, building and description; contact phone must be valid', () => {
    expect(validate.reportForm({ photos: [] })).toEqual({
      categoryCode: '请选择报修类别', building: '请填写楼栋', description: '请描述故障情况'
    })
    const ok = { categoryCode: 'WATER', building: 'A', description: '灯坏了', contactPhone: '', photos: [] }
    expect(validate.reportForm(ok)).toEqual({})
    expect(validate.reportForm(Object.assign({}, ok, { contactPhone: '123' })).contactPhone).toBeTruthy()
    expect(validate.reportForm(Object.assign({}, ok, { photos: new Array(10).fill('p') })).photos).toBe('最多上传9张照片')
  })
})

describe('utils/format.js', () => {
  test('masks phones and builds the card of a request', () => {
    expect(format.maskPhone('13800000000')).toBe('138****0000')
    const card = format.toCard({ id: 'r1', status: 'CLOSED', category: { code: 'W', name: '水电' }, description: 'd', location: { building: 'A楼', room: '101', detail: '东侧' }, createdAt: '2024-05-01T00:00:00Z' })
    expect(card).toMatchObject({ id: 'r1', category: '水电', location: 'A楼 101 · 东侧', createdAt: '2024-05-01 08:00' })
  })
})

describe('utils/status.js', () => {
  test('cancel is allowed only before the work starts', () => {
    expect(status.CANCELLABLE).toEqual(['PENDING_REVIEW', 'AWAITING_DISPATCH', 'ASSIGNED'])
    expect(status.canCancel('IN_PROGRESS')).toBe(false)
    expect(status.statusText('AWAITING_RATING')).toBe('待评价')
  })
})
