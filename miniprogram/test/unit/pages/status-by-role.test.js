// One status vocabulary on every page of every role: for each step of the shipped model (the table
// of docs/api.md "allowedActions and currentStep"), the request as the server sends it to each role
// shows the same word on the list's card and on the detail page, the tag is solid brand colour
// exactly when the server gives that viewer a move, and the detail page's buttons are the actions
// the server allows, no more.
const { loadPage, text } = require('../../helpers/simulate')
const { flush } = require('../../helpers/wx')
const { request, page, login } = require('../../helpers/fixtures')

const worker = { id: 'w1', name: '李师傅', phone: '13700001111' }
const requester = { id: 'u1', name: '张三', phone: '13912345678' }

// step, status, the word, then allowedActions for an admin, the requester and the worker (null: the
// worker cannot read the request yet).
const TABLE = [
  ['review', '审核报修', 'PENDING_REVIEW', '待审核', ['review'], ['cancel'], null],
  ['assign', '派工', 'AWAITING_DISPATCH', '待派工', ['assign'], ['cancel'], null],
  ['confirm', '维修工确认接单', 'ASSIGNED', '待接单', [], ['cancel'], ['accept', 'refuse']],
  ['repair', '维修', 'IN_PROGRESS', '维修中', [], [], ['complete']],
  ['rate', '评价', 'AWAITING_RATING', '待评价', [], ['rate'], []],
  ['revisit', '回访', 'PENDING_REVISIT', '待回访', ['revisit'], [], []],
  [null, null, 'CLOSED', '已完成', [], [], []],
  [null, null, 'REJECTED', '已驳回', [], [], null],
  [null, null, 'CANCELLED', '已取消', [], [], null]
]

const HOLDER = { confirm: worker, repair: worker, rate: requester }

const ROLES = {
  ADMIN: { user: { id: 'a1', role: 'ADMIN', name: '管理员' }, column: 4, list: 'pages/admin/requests/requests', detail: 'pages/admin/request/request',
    buttons: { review: '#review', assign: '#dispatch', revisit: '#revisit' } },
  USER: { user: { id: 'u1', role: 'USER', name: '张三' }, column: 5, list: 'pages/user/home/home', detail: 'pages/user/detail/detail',
    buttons: { cancel: '#cancel', rate: '#rate' } },
  WORKER: { user: { id: 'w1', role: 'WORKER', name: '李师傅' }, column: 6, list: 'pages/worker/tasks/tasks', detail: 'pages/worker/task/task',
    buttons: { accept: '#accept', refuse: '#refuse', complete: '#complete' } }
}

const MOVES = ['review', 'assign', 'accept', 'refuse', 'complete', 'rate', 'revisit']

const cases = []
TABLE.forEach(row => Object.keys(ROLES).forEach(role => {
  if (row[ROLES[role].column] !== null) cases.push([role, row[2], row])
}))

/** The TDesign theme and variant a rendered t-tag was given, from its classes. */
function tagLook(html) {
  const theme = html.match(/t-tag--(primary|warning|success|danger|default)\b/)
  const variant = html.match(/t-tag--(dark|light|outline|light-outline)\b/)
  return `${theme && theme[1]}/${variant && variant[1]}`
}

describe.each(cases)('a %s looking at a request %s', (role, status, row) => {
  const [stepKey, stepName, , word] = row
  const { user, column, list, detail, buttons } = ROLES[role]
  const allowed = row[column]
  const mine = allowed.some(action => MOVES.includes(action))
  const holder = HOLDER[stepKey]
  const body = () => request({
    status,
    worker: ['PENDING_REVIEW', 'AWAITING_DISPATCH'].includes(status) ? null : worker,
    currentStep: stepKey ? { key: stepKey, name: stepName, since: '2024-05-01T09:00:00+08:00', assignee: holder ? { id: holder.id, name: holder.name } : null } : null,
    allowedActions: allowed
  })

  test(`the list's card says ${word}${mine ? ', solid: it is their move' : ''}`, async () => {
    login(user)
    wx.__route('GET', '/api/requests', { data: page([body()]) })
    const { comp } = loadPage(list)
    await flush()
    const card = comp.querySelector('#list >>> .item')
    expect(text(card, '.status')).toBe(word)
    expect(tagLook(card.dom.innerHTML)).toBe(mine ? 'primary/dark' : `${{ CLOSED: 'success', REJECTED: 'danger', CANCELLED: 'default' }[status] || 'warning'}/light`)
  })

  test(`the detail page says ${word} and offers ${allowed.join(', ') || 'nothing'}`, async () => {
    login(user)
    wx.__route('GET', '/api/requests/r1', { data: body() })
    const { comp } = loadPage(detail, { id: 'r1' })
    await flush(5)
    expect(text(comp, '#info >>> #status')).toBe(word)
    const shown = Object.keys(buttons).filter(action => comp.querySelector(buttons[action]))
    expect(shown.sort()).toEqual(allowed.filter(action => buttons[action]).sort())
    if (stepKey) expect(text(comp, '#info >>> .current-step')).toContain(mine ? '待你处理' : `待${holder ? holder.name : '管理员'}处理`)
  })
})
