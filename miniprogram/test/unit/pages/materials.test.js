const { loadPage, render, text, tap, type, fire } = require('../../helpers/simulate')
const { flush } = require('../../helpers/wx')
const { request, page, login } = require('../../helpers/fixtures')

const worker = { id: 'w1', name: '李师傅', phone: '13700001111' }
const asWorker = () => login({ id: 'w1', role: 'WORKER', name: '李师傅', phone: '13700001111' })
const asKeeper = () => login({ id: 'k1', role: 'WAREHOUSE', name: '王库管', phone: '13700002222' })
const valve = { id: 'p1', name: '球阀', spec: 'DN20', unit: '个', unitPrice: 48, category: '水暖', shelf: 'A-01', minStock: 2, retired: false }
const warehouses = [{ id: 'h1', name: '主仓库', location: '后勤楼' }, { id: 'h2', name: '北区仓库', location: '' }]
const issuedParts = {
  lines: [{ id: 'l1', partId: 'p1', name: '球阀 DN20', unit: '个', unitPrice: 48, quantity: 2, issued: 2, used: null, state: 'ISSUED', warehouseId: 'h1' }],
  estimate: 96,
  cost: 0
}
const lastCall = suffix => wx.__calls.filter(c => c.url.split('?')[0].endsWith(suffix)).pop()

describe('pages/worker/task/task.js (parts)', () => {
  test('a refusal names its reason from the list; 需要配件 picks the parts in the same popup', async () => {
    asWorker()
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'ASSIGNED', worker, allowedActions: ['accept', 'refuse'] }) })
    wx.__route('GET', '/api/materials/parts', { data: page([valve]) })
    wx.__route('POST', '/api/requests/r1/refuse', { data: request({ status: 'AWAITING_DISPATCH', allowedActions: [] }) })
    const { comp } = loadPage('pages/worker/task/task', { id: 'r1' })
    await flush()
    await tap(comp, '#refuse')
    expect(comp.querySelectorAll('.refuse-category').length).toBe(4)

    await fire(comp, '#refuse-category', 'change', { value: 'PARTS' })
    await flush()
    await tap(comp, '#refuse-submit')
    expect(text(comp, '#error-parts')).toBe('请至少选择一种配件，数量大于0')
    expect(lastCall('/refuse')).toBeUndefined()
    await tap(comp, '#refuse-picker >>> #part-p1')
    await tap(comp, '#refuse-submit')
    await flush()
    expect(lastCall('/refuse').data).toEqual({ category: 'PARTS', parts: [{ partId: 'p1', quantity: 1 }] })

    const again = loadPage('pages/worker/task/task', { id: 'r1' }).comp
    await flush()
    await tap(again, '#refuse')
    await fire(again, '#refuse-category', 'change', { value: 'NOT_MY_SPECIALTY' })
    await tap(again, '#refuse-submit')
    await flush()
    expect(lastCall('/refuse').data).toEqual({ category: 'NOT_MY_SPECIALTY' })
  })

  test('the worker asks for parts during the repair and sees them with their cost', async () => {
    asWorker()
    wx.__route('GET', '/api/requests/r1', {
      data: request({ status: 'IN_PROGRESS', worker, allowedActions: ['requestParts', 'complete'], parts: issuedParts })
    })
    const { comp } = loadPage('pages/worker/task/task', { id: 'r1' })
    await flush()
    expect(text(comp, '#parts >>> #line-0')).toContain('球阀 DN20')
    expect(text(comp, '#parts >>> #estimate')).toBe('估价 ¥96.00')
    await tap(comp, '#request-parts')
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/worker/parts/parts?id=r1' })
  })

  test('completing records what was used of each issued part; more than issued is caught before sending', async () => {
    asWorker()
    wx.__route('GET', '/api/requests/r1', {
      data: request({ status: 'IN_PROGRESS', worker, allowedActions: ['complete'], parts: issuedParts })
    })
    wx.__route('POST', '/api/requests/r1/complete', { data: request({ status: 'AWAITING_RATING', worker, allowedActions: [] }) })
    const { comp } = loadPage('pages/worker/task/task', { id: 'r1' })
    await flush()
    await tap(comp, '#complete')
    await type(comp, '#used-0', '3')
    await tap(comp, '#complete-submit')
    expect(lastCall('/complete')).toBeUndefined()
    expect(text(comp, '#parts-used .field-error')).toBe('用量应为0到领取数量之间的整数')

    await type(comp, '#used-0', '1')
    await tap(comp, '#complete-submit')
    await flush()
    expect(lastCall('/complete').data).toEqual({ parts: [{ lineId: 'l1', used: 1 }] })
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已完成，未用完的配件已退回仓库' }))
  })
})

describe('pages/worker/parts/parts.js', () => {
  test('picks a catalogue part and a described one, then asks for them', async () => {
    asWorker()
    wx.__route('GET', '/api/materials/parts', { data: page([valve]) })
    wx.__route('POST', '/api/requests/r1/requestParts', { data: request({ status: 'AWAITING_PARTS' }) })
    const { comp } = loadPage('pages/worker/parts/parts', { id: 'r1' })
    await flush()
    await tap(comp, '#submit')
    expect(text(comp, '#error')).toBe('请至少选择一种配件，数量大于0')

    await tap(comp, '#picker >>> #part-p1')
    await tap(comp, '#picker >>> #part-p1')
    await type(comp, '#picker >>> #free-text', 'DN25 三通')
    await tap(comp, '#picker >>> #add-free-text')
    await type(comp, '#note', '阀门锈死')
    await tap(comp, '#submit')
    await flush()
    expect(lastCall('/requestParts').data).toEqual({
      parts: [{ partId: 'p1', quantity: 2 }, { name: 'DN25 三通', quantity: 1 }],
      note: '阀门锈死'
    })
    expect(wx.navigateBack).toHaveBeenCalled()
  })

  test('a refusal from the server (an unknown part) is shown', async () => {
    asWorker()
    wx.__route('GET', '/api/materials/parts', { data: page([valve]) })
    wx.__route('POST', '/api/requests/r1/requestParts', {
      statusCode: 400,
      header: { 'Content-Type': 'application/problem+json' },
      data: { status: 400, detail: '配件不存在', errors: [{ field: 'parts[0].partId', message: '配件不存在' }] }
    })
    const { comp } = loadPage('pages/worker/parts/parts', { id: 'r1' })
    await flush()
    await tap(comp, '#picker >>> #part-p1')
    await tap(comp, '#submit')
    await flush()
    expect(text(comp, '#error')).toBe('配件不存在')
    expect(wx.navigateBack).not.toHaveBeenCalled()
  })
})

describe('components/request-parts/request-parts.js', () => {
  test('shows nothing for a request without parts, and each line with the cost otherwise', async () => {
    const empty = render('components/request-parts/request-parts', { parts: { lines: [], estimate: 0, cost: 0 } })
    expect(empty.querySelector('.parts')).toBeUndefined()
    const done = render('components/request-parts/request-parts', {
      parts: {
        lines: [
          { id: 'l1', partId: 'p1', name: '球阀 DN20', unit: '个', unitPrice: 48, quantity: 1, issued: 1, used: 1, state: 'DONE' },
          { id: 'l2', partId: null, name: 'DN25 三通', unit: null, unitPrice: null, quantity: 1, issued: 1, used: 1, state: 'DONE' }
        ],
        estimate: 48,
        cost: 48
      }
    })
    expect(text(done, '#line-0')).toBe('球阀 DN20已用1个 · 领 1 · 用 1¥48.00')
    expect(text(done, '#line-1')).toContain('无单价')
    expect(text(done, '#cost')).toBe('实际费用 ¥48.00')
  })
})

describe('pages/warehouse/queue/queue.js', () => {
  const waiting = {
    request: request({ id: 'r9', number: 'BX20240501009', status: 'AWAITING_PARTS', worker }),
    parts: { lines: [{ id: 'l1', partId: 'p1', name: '球阀 DN20', unit: '个', unitPrice: 48, quantity: 1, issued: 0, used: null, state: 'REQUESTED' }], estimate: 48, cost: 0 }
  }

  test('lists the waiting requests and issues one from the chosen warehouse', async () => {
    asKeeper()
    wx.__route('GET', '/api/materials/warehouses', { data: warehouses })
    wx.__route('GET', '/api/materials/queue', { data: [waiting] })
    wx.__route('POST', '/api/requests/r9/issueParts', { data: request({ id: 'r9', status: 'IN_PROGRESS' }) })
    const { comp } = loadPage('pages/warehouse/queue/queue')
    await flush()
    expect(text(comp, '#request-r9')).toContain('球阀 DN20 × 1个')
    await fire(comp, '#warehouse', 'change', { value: '1' })
    wx.showModal.mockImplementation(options => options.success({ confirm: true }))
    wx.__route('GET', '/api/materials/queue', { data: [] })
    await tap(comp, '#issue-r9')
    await flush()
    expect(lastCall('/issueParts').data).toEqual({ warehouseId: 'h2' })
    expect(text(comp, '#empty')).toBe('暂无待备料的报修单')
    expect(text(comp, '#tab-bar')).toContain('备料')
  })

  test('a shortage says what is left and the request stays in the queue', async () => {
    asKeeper()
    wx.__route('GET', '/api/materials/warehouses', { data: warehouses })
    wx.__route('GET', '/api/materials/queue', { data: [waiting] })
    wx.__route('POST', '/api/requests/r9/issueParts', {
      statusCode: 409,
      header: { 'Content-Type': 'application/problem+json' },
      data: { status: 409, detail: '库存不足：球阀 DN20 在主仓库仅剩 0个，需要 1个' }
    })
    const { comp } = loadPage('pages/warehouse/queue/queue')
    await flush()
    wx.showModal.mockImplementation(options => {
      if (options.success) options.success({ confirm: true })
    })
    await tap(comp, '#issue-r9')
    await flush()
    expect(JSON.stringify(wx.showModal.mock.calls.concat(wx.showToast.mock.calls))).toContain('仅剩 0个')
    expect(comp.querySelector('#request-r9')).toBeDefined()
  })
  test('a queue that could not be read says why, with 重试, not that nothing waits', async () => {
    asKeeper()
    wx.__route('GET', '/api/materials/warehouses', { data: warehouses })
    wx.__route('GET', '/api/materials/queue', { networkError: true })
    const { comp } = loadPage('pages/warehouse/queue/queue')
    expect(comp.querySelector('#skeleton')).toBeTruthy()
    await flush()
    expect(comp.querySelector('#skeleton')).toBeUndefined()
    expect(text(comp, '#load-error')).toContain('重试')
    expect(comp.querySelector('#empty')).toBeUndefined()
    wx.__route('GET', '/api/materials/queue', { data: [waiting] })
    await tap(comp, '#retry')
    await flush()
    expect(comp.querySelector('#load-error')).toBeUndefined()
    expect(text(comp, '#request-r9')).toContain('球阀 DN20 × 1个')
  })
})

describe('pages/warehouse/stock/stock.js', () => {
  test('shows stock with the low parts marked, filters them, and records a count', async () => {
    asKeeper()
    wx.__route('GET', '/api/materials/warehouses', { data: warehouses })
    wx.__route('GET', '/api/materials/stock', call => ({
      data: call.url.includes('low=true')
        ? [{ part: valve, quantity: 1, low: true, value: 48 }]
        : [{ part: valve, quantity: 1, low: true, value: 48 }, { part: Object.assign({}, valve, { id: 'p2', name: '生料带', spec: '' }), quantity: 30, low: false, value: 60 }]
    }))
    wx.__route('POST', '/api/materials/counts', { statusCode: 201, data: { partId: 'p1', warehouseId: 'h1', counted: 3, difference: 2 } })
    const { comp } = loadPage('pages/warehouse/stock/stock')
    await flush()
    expect(comp.querySelectorAll('.stock-line').length).toBe(2)
    expect(text(comp, '#part-p1')).toContain('低于最低库存')
    expect(text(comp, '#total')).toBe('库存金额 ¥108.00')
    await tap(comp, '#only-low')
    await flush()
    expect(comp.querySelectorAll('.stock-line').length).toBe(1)

    await tap(comp, '#count-p1')
    await type(comp, '#counted', '3')
    await tap(comp, '#save-count')
    await flush()
    expect(lastCall('/counts').data).toEqual({ warehouseId: 'h1', partId: 'p1', counted: 3, note: '小程序盘点' })
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已调整 +2' }))
  })
  test('stock that could not be read says why, with 重试; a failed refresh keeps the list', async () => {
    asKeeper()
    wx.__route('GET', '/api/materials/warehouses', { networkError: true })
    const { comp } = loadPage('pages/warehouse/stock/stock')
    await flush()
    expect(comp.querySelector('#skeleton')).toBeUndefined()
    expect(text(comp, '#load-error')).toContain('重试')
    wx.__route('GET', '/api/materials/warehouses', { data: warehouses })
    wx.__route('GET', '/api/materials/stock', { data: [{ part: valve, quantity: 1, low: true, value: 48 }] })
    await tap(comp, '#retry')
    await flush()
    expect(comp.querySelector('#load-error')).toBeUndefined()
    expect(comp.querySelectorAll('.stock-line').length).toBe(1)
    wx.__route('GET', '/api/materials/stock', { networkError: true })
    await tap(comp, '#only-low')
    await flush()
    expect(comp.querySelectorAll('.stock-line').length).toBe(1)
    expect(comp.querySelector('#load-error')).toBeUndefined()
    expect(wx.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '库存加载失败' }))
  })
})

test('an admin sees what repairs used in the last 30 days on the stock page', async () => {
  login({ id: 'a1', role: 'ADMIN', name: '管理员', phone: '13800000000' })
  wx.__route('GET', '/api/materials/warehouses', { data: warehouses })
  wx.__route('GET', '/api/materials/stock', { data: [] })
  wx.__route('GET', '/api/materials/report', {
    data: { cost: 96, stockValue: 1200.5, parts: [{ partId: 'p1', partName: '球阀 DN20', unit: '个', used: 2, cost: 96, requests: 2 }] }
  })
  const { comp } = loadPage('pages/warehouse/stock/stock')
  await flush()
  expect(text(comp, '#report')).toContain('近30天维修用料 ¥96.00（全部库存 ¥1200.50）')
  expect(text(comp, '#report')).toContain('球阀 DN20 · 用 2个 · 2 单')
  expect(text(comp, '#tab-bar')).toContain('库存')
})

describe('pages/warehouse/receipt/receipt.js', () => {
  test('needs a part and a quantity, then receives the stock', async () => {
    asKeeper()
    wx.__route('GET', '/api/materials/warehouses', { data: warehouses })
    wx.__route('GET', '/api/materials/parts', { data: page([valve]) })
    wx.__route('POST', '/api/materials/receipts', { statusCode: 201, data: { partId: 'p1', warehouseId: 'h1', quantity: 10, balance: 12 } })
    const { comp } = loadPage('pages/warehouse/receipt/receipt')
    await flush()
    await tap(comp, '#save')
    expect(text(comp, '#error-partId')).toBe('请选择配件')
    expect(text(comp, '#error-quantity')).toBe('数量至少为1')
    await tap(comp, '#part-p1')
    await type(comp, '#quantity', '10')
    await type(comp, '#note', '采购单 2024-05')
    await tap(comp, '#save')
    await flush()
    expect(lastCall('/receipts').data).toEqual({ warehouseId: 'h1', partId: 'p1', quantity: 10, note: '采购单 2024-05' })
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已入库，结存 12' }))
  })
})

describe('components/parts-decisions/parts-decisions.js', () => {
  const asAdmin = () => login({ id: 'a1', role: 'ADMIN', name: '管理员', phone: '13800000000' })

  test('an admin approves costly parts in a popup opened by 同意发放', async () => {
    asAdmin()
    const parts = { lines: [{ id: 'l1', partId: 'p1', name: '水泵', unit: '台', unitPrice: 300, quantity: 2, issued: 0, used: null, state: 'REQUESTED' }], estimate: 600, cost: 0 }
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'PENDING_APPROVAL', allowedActions: ['approveParts'], parts }) })
    wx.__route('POST', '/api/requests/r1/approveParts', { data: request({ status: 'AWAITING_PARTS', allowedActions: [], parts }) })
    const { comp, page: p } = loadPage('pages/admin/request/request', { id: 'r1' })
    await flush()
    expect(text(comp, '#parts-decisions >>> #approve-panel')).toContain('估价 ¥600')
    expect(comp.querySelector('#parts-decisions >>> #approval-note')).toBeUndefined()
    await tap(comp, '#parts-decisions >>> #approve')
    expect(text(comp, '#parts-decisions >>> #approve-sheet')).toContain('同意发放配件')
    await tap(comp, '#parts-decisions >>> #approve-submit')
    await flush()
    expect(lastCall('/approveParts').data).toEqual({ approved: true })
    expect(p.data.request.status).toBe('AWAITING_PARTS')
    expect(comp.querySelector('#parts-decisions >>> #approve-panel')).toBeUndefined()
    expect(comp.querySelector('#parts-decisions >>> #approve-sheet')).toBeUndefined()
  })

  test('不同意 sends the note written in its popup; 返回 sends nothing', async () => {
    asAdmin()
    const parts = { lines: [], estimate: 600, cost: 0 }
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'PENDING_APPROVAL', allowedActions: ['approveParts'], parts }) })
    wx.__route('POST', '/api/requests/r1/approveParts', { data: request({ status: 'AWAITING_DISPATCH', allowedActions: [], parts }) })
    const { comp } = loadPage('pages/admin/request/request', { id: 'r1' })
    await flush()
    await tap(comp, '#parts-decisions >>> #decline')
    await tap(comp, '#parts-decisions >>> #approve-cancel')
    expect(comp.querySelector('#parts-decisions >>> #approve-sheet')).toBeUndefined()
    expect(wx.__calls.some(c => c.method === 'POST')).toBe(false)
    await tap(comp, '#parts-decisions >>> #decline')
    expect(text(comp, '#parts-decisions >>> #approve-submit')).toBe('确认不同意')
    await type(comp, '#parts-decisions >>> #approval-note', '太贵，先修')
    await tap(comp, '#parts-decisions >>> #approve-submit')
    await flush()
    expect(lastCall('/approveParts').data).toEqual({ approved: false, note: '太贵，先修' })
  })

  test('outsourcing, in the popup of 登记外包, needs a contractor and a date, each said under its field', async () => {
    asAdmin()
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'AWAITING_OUTSOURCE', allowedActions: ['outsource'] }) })
    wx.__route('POST', '/api/requests/r1/outsource', { data: request({ status: 'OUTSOURCED', allowedActions: ['finishOutsourced'] }) })
    const { comp } = loadPage('pages/admin/request/request', { id: 'r1' })
    await flush()
    expect(comp.querySelector('#parts-decisions >>> #contractor')).toBeUndefined()
    await tap(comp, '#parts-decisions >>> #outsource')
    await tap(comp, '#parts-decisions >>> #outsource-submit')
    expect(text(comp, '#parts-decisions >>> #error-contractor')).toBe('请填写外包单位')
    expect(text(comp, '#parts-decisions >>> #error-dueDate')).toBe('请选择完成日期')
    expect(wx.__calls.some(c => c.method === 'POST')).toBe(false)
    await type(comp, '#parts-decisions >>> #contractor', '温州某某机电')
    expect(comp.querySelector('#parts-decisions >>> #error-contractor')).toBeUndefined()
    await fire(comp, '#parts-decisions >>> #due-date', 'change', { value: '2030-01-15' })
    await tap(comp, '#parts-decisions >>> #outsource-submit')
    await flush()
    expect(lastCall('/outsource').data).toEqual({ contractor: '温州某某机电', dueDate: '2030-01-15' })
    expect(comp.querySelector('#parts-decisions >>> #outsource-sheet')).toBeUndefined()
    expect(comp.querySelector('#parts-decisions >>> #finish-panel')).toBeDefined()
  })
})
