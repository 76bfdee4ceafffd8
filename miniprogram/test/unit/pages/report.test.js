const { loadPage, text, icons, tap, type, fire } = require('../../helpers/simulate')
const { flush } = require('../../helpers/wx')
const { categories, request, login } = require('../../helpers/fixtures')

function setup() {
  login()
  wx.__route('GET', '/api/categories', { data: categories })
  return loadPage('pages/user/report/report')
}

async function fillValidForm(comp) {
  await fire(comp, '#category', 'change', { value: 0 })
  await type(comp, '#description', '宿舍水龙头一直漏水')
  await type(comp, '#building', '北区3号楼')
  await type(comp, '#room', '402')
}

describe('pages/user/report/report.js', () => {
  test('loads the categories into the picker and prefills the contact phone', async () => {
    const { comp, page } = setup()
    await flush()
    expect(page.data.categories.map(c => c.code)).toEqual(['WATER', 'NETWORK', 'FURNITURE'])
    expect(page.data.form.contactPhone).toBe('13912345678')
    await fire(comp, '#category', 'change', { value: 1 })
    expect(page.data.form.categoryCode).toBe('NETWORK')
    expect(text(comp, '#category-value')).toBe('网络故障')
    expect(icons(comp, '#category-value')).toEqual(['wifi'])
  })

  test('a leak is urgent by default, the requester decides, and the kind of building goes with the place', async () => {
    const { comp, page } = setup()
    await flush()
    wx.__route('POST', '/api/requests', { statusCode: 201, data: request({ id: 'r9' }) })
    await fire(comp, '#category', 'change', { value: 1 })
    expect(page.data.urgent).toBe(false)
    expect(comp.querySelector('#urgent').dom.getAttribute('checked')).not.toBe('true')
    await fillValidForm(comp)
    expect(page.data.urgent).toBe(true)
    expect(text(comp, '.urgent-hint')).toBe('漏水、停电等，需要马上处理')

    await fire(comp, '#urgent', 'change', { value: false })
    await fire(comp, '#category', 'change', { value: 2 })
    await fire(comp, '#category', 'change', { value: 0 })
    expect(page.data.urgent).toBe(false) // once chosen, a category no longer changes it
    await fire(comp, '#building-type', 'change', { value: 3 })
    expect(comp.dom.textContent).toContain('食堂')
    await tap(comp, '#submit')
    await flush()

    const post = wx.__calls.find(c => c.url.endsWith('/api/requests'))
    expect(post.data.priority).toBe('NORMAL')
    expect(post.data.location.buildingType).toBe('CANTEEN')
  })

  test('a priority or building type the server refuses is shown beside its field', async () => {
    const { comp } = setup()
    await flush()
    wx.__route('POST', '/api/requests', {
      statusCode: 400,
      data: { status: 400, detail: '取值无效', errors: [{ field: 'priority', message: '取值无效' }, { field: 'location.buildingType', message: '取值无效' }] }
    })
    await fillValidForm(comp)
    await tap(comp, '#submit')
    await flush()
    expect(text(comp, '#error-urgent')).toBe('取值无效')
    expect(text(comp, '#error-building-type')).toBe('取值无效')
  })

  test('validates before sending and shows each field error', async () => {
    const { comp } = setup()
    await flush()
    await type(comp, '#contact-phone', '123')
    await tap(comp, '#submit')
    expect(wx.__calls.filter(c => c.url.includes('/api/requests'))).toHaveLength(0)
    expect(text(comp, '#error-category')).toBe('请选择报修类别')
    expect(text(comp, '#error-description')).toBe('请描述故障情况')
    expect(text(comp, '#error-building')).toBe('请填写楼栋')
    expect(text(comp, '#error-contact')).toBe('请输入正确的11位手机号')
  })

  test('takes photos from camera or album, at most 9', async () => {
    const { comp, page } = setup()
    await flush()
    wx.chooseMedia.mockImplementation(o => o.success({ tempFiles: Array.from({ length: o.count }, (_, i) => ({ tempFilePath: `wxfile://p${i}.jpg` })) }))
    await tap(comp, '#photos >>> .t-upload__add-icon')
    const options = wx.chooseMedia.mock.calls[0][0]
    expect(options.sourceType).toEqual(['camera', 'album'])
    expect(options.mediaType).toEqual(['image'])
    expect(options.count).toBe(9)
    expect(page.data.photos).toHaveLength(9)
    expect(comp.querySelector('#photos >>> .t-upload__add-icon')).toBeUndefined()
  })

  test('records a voice note with a 60 second limit', async () => {
    const { comp, page } = setup()
    await flush()
    await tap(comp, '#record')
    expect(wx.__recorder.start).toHaveBeenCalledWith(expect.objectContaining({ duration: 60000 }))
    expect(page.data.recording).toBe(true)
    await tap(comp, '#record')
    expect(wx.__recorder.stop).toHaveBeenCalled()
    wx.__recorder.handlers.stop({ tempFilePath: 'wxfile://voice.mp3', duration: 12400 })
    await flush()
    expect(page.data.voice).toEqual({ path: 'wxfile://voice.mp3', seconds: 12 })
    expect(text(comp, '#play-voice')).toContain('12″')
  })

  test('picks the place on the map with wx.chooseLocation', async () => {
    const { comp, page } = setup()
    await flush()
    wx.chooseLocation.mockImplementation(o => o.success({ name: '图书馆', address: '浙江省温州市茶山街道', latitude: 27.91, longitude: 120.7 }))
    await tap(comp, '#choose-location')
    expect(page.data.form.building).toBe('图书馆')
    expect(page.data.form.detail).toBe('浙江省温州市茶山街道')
    expect(page.data.latitude).toBe(27.91)
  })

  test('uploads photos and voice, then submits once with an Idempotency-Key and opens the new request', async () => {
    const { comp, page } = setup()
    await flush()
    let n = 0
    wx.__route('POST', '/api/attachments', () => ({ statusCode: 201, data: { id: `a${++n}`, contentType: 'image/jpeg', size: 100 } }))
    wx.__route('POST', '/api/requests', { statusCode: 201, data: request({ id: 'r42' }) })
    wx.chooseMedia.mockImplementation(o => o.success({ tempFiles: [{ tempFilePath: 'wxfile://a.jpg' }, { tempFilePath: 'wxfile://b.jpg' }] }))
    await fillValidForm(comp)
    await tap(comp, '#photos >>> .t-upload__add-icon')
    page.setData({ voice: { path: 'wxfile://v.mp3', seconds: 5 } })
    await tap(comp, '#submit')
    await flush()

    const uploads = wx.uploadFile.mock.calls.map(c => c[0].filePath)
    expect(uploads).toEqual(['wxfile://a.jpg', 'wxfile://b.jpg', 'wxfile://v.mp3'])
    const post = wx.__calls.find(c => c.url.endsWith('/api/requests'))
    expect(post.method).toBe('POST')
    expect(post.header['Idempotency-Key']).toMatch(/.{16,}/)
    expect(post.data).toEqual({
      categoryCode: 'WATER',
      description: '宿舍水龙头一直漏水',
      location: { building: '北区3号楼', room: '402', detail: '' },
      contactPhone: '13912345678',
      attachmentIds: ['a1', 'a2', 'a3'],
      priority: 'URGENT'
    })
    expect(wx.redirectTo).toHaveBeenCalledWith({ url: '/pages/user/detail/detail?id=r42' })
  })

  test('a retry after a failure reuses the Idempotency-Key and the uploaded attachments', async () => {
    const { comp } = setup()
    await flush()
    wx.__route('POST', '/api/attachments', { statusCode: 201, data: { id: 'a1', contentType: 'image/jpeg', size: 1 } })
    wx.__route('POST', '/api/requests', { networkError: true })
    wx.chooseMedia.mockImplementation(o => o.success({ tempFiles: [{ tempFilePath: 'wxfile://a.jpg' }] }))
    await fillValidForm(comp)
    await tap(comp, '#photos >>> .t-upload__add-icon')
    await tap(comp, '#submit')
    await flush()
    expect(wx.showModal.mock.calls[0][0].content).toBe('网络连接失败，请检查网络后重试')

    wx.__route('POST', '/api/requests', { statusCode: 201, data: request({ id: 'r7' }) })
    await tap(comp, '#submit')
    await flush()
    const posts = wx.__calls.filter(c => c.url.endsWith('/api/requests'))
    expect(posts).toHaveLength(2)
    expect(posts[1].header['Idempotency-Key']).toBe(posts[0].header['Idempotency-Key'])
    expect(wx.uploadFile).toHaveBeenCalledTimes(1)
  })

  test('shows the server field errors beside the fields', async () => {
    const { comp } = setup()
    await flush()
    wx.__route('POST', '/api/requests', {
      statusCode: 400,
      data: { type: 'about:blank', title: 'Bad Request', status: 400, detail: '提交的信息有误', errors: [{ field: 'location.building', message: '楼栋不存在' }] }
    })
    await fillValidForm(comp)
    await tap(comp, '#submit')
    await flush()
    expect(text(comp, '#error-building')).toBe('楼栋不存在')
    expect(wx.showModal.mock.calls[0][0].content).toBe('提交的信息有误\n楼栋不存在')
  })
})
