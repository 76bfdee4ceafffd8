// The one status vocabulary of the mini program: the words for a request's status, the colour of its
// tag and the tabs of each role's list, used by every list, card and detail page alike.
//
// The colour says whose move it is, from the server's view of the request as this viewer reads it
// (`allowedActions`, `currentStep`; docs/api.md): the viewer's own to-do is a solid brand-coloured
// tag, a request waiting for someone else an orange outline, an ended one green, red or grey. What a
// person may do stays the server's (utils/actions.js); this module only names it.
const { allowedActions } = require('./actions')

const STATUS_TEXT = {
  PENDING_REVIEW: '待审核',
  AWAITING_DISPATCH: '待派工',
  // The request waits for its worker to accept: the same word for the worker, the requester and the admins.
  ASSIGNED: '待接单',
  IN_PROGRESS: '维修中',
  AWAITING_RATING: '待评价',
  PENDING_REVISIT: '待回访',
  PENDING_APPROVAL: '待审批',
  AWAITING_PARTS: '待备料',
  AWAITING_OUTSOURCE: '待外包',
  OUTSOURCED: '外包维修中',
  CLOSED: '已完成',
  REJECTED: '已驳回',
  CANCELLED: '已取消',
  MERGED: '已合并'
}

// The step each status is declared on in the shipped model (processes/). A request at another step
// with the same status is at a step a manager added (a site survey after the acceptance, say): its
// tag names that step rather than repeat a status word that no longer says where it is.
const STEP_OF_STATUS = {
  PENDING_REVIEW: 'review',
  AWAITING_DISPATCH: 'assign',
  ASSIGNED: 'confirm',
  IN_PROGRESS: 'repair',
  AWAITING_RATING: 'rate',
  PENDING_REVISIT: 'revisit',
  PENDING_APPROVAL: 'approveParts',
  AWAITING_PARTS: 'issueParts',
  AWAITING_OUTSOURCE: 'outsource',
  OUTSOURCED: 'outsourcedRepair'
}

// Who holds a step when the server names no person (a group holds it).
const STEP_HOLDER = {
  review: '管理员',
  assign: '管理员',
  revisit: '管理员',
  approveParts: '管理员',
  outsource: '管理员',
  // The contractor repairs; an admin closes the step once they are done.
  outsourcedRepair: '外包单位',
  issueParts: '仓库',
  confirm: '维修工',
  repair: '维修工',
  rate: '报修人'
}

// Tag colours of ended requests (TDesign t-tag themes).
const ENDED_THEME = { CLOSED: 'success', REJECTED: 'danger', CANCELLED: 'default', MERGED: 'default' }

// The actions that are a move of the viewer's. 取消报修 is allowed while others work, and so is merging a
// duplicate into another request (an admin may do it at any step): neither is one.
const MOVES = ['review', 'assign', 'accept', 'refuse', 'complete', 'rate', 'revisit', 'approveParts', 'issueParts', 'outsource', 'finishOutsourced']

const ACTION_TEXT = {
  SUBMITTED: '提交报修',
  CREATED: '提交报修',
  ACCEPTED: '审核通过',
  REJECTED: '审核驳回',
  ASSIGNED: '派工',
  REASSIGNED: '转派',
  WORKER_ACCEPTED: '维修工接单',
  REFUSED: '维修工拒单',
  COMPLETED: '维修完成',
  RATED: '评价',
  AUTO_CLOSED: '自动完成',
  REVISITED: '回访结束',
  REWORK: '回访：返修',
  PARTS_REQUESTED: '申领配件',
  PARTS_APPROVED: '配件审批通过',
  PARTS_DECLINED: '配件未获批准',
  PARTS_ISSUED: '仓库发放配件',
  OUTSOURCED: '登记外包',
  CANCELLED: '取消报修',
  MERGED: '合并到其他报修单',
  MERGED_IN: '重复报修合并至此'
}

// Tabs of each role's list page: the statuses each tab asks GET /api/requests for, and for the work
// still to do, `sort: 'due'` (urgent first, then the earliest due). A tab is titled with a status
// word only when it holds that status alone; a group of statuses gets a name that is no status word.
const USER_TABS = [
  { key: 'pending', title: '进行中', status: ['PENDING_REVIEW', 'AWAITING_DISPATCH', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_RATING', 'PENDING_REVISIT', 'PENDING_APPROVAL', 'AWAITING_PARTS', 'AWAITING_OUTSOURCE', 'OUTSOURCED'] },
  { key: 'past', title: '历史', status: ['CLOSED', 'REJECTED', 'CANCELLED', 'MERGED'] }
]
const WORKER_TABS = [
  { key: 'assigned', title: '待接单', status: ['ASSIGNED'], sort: 'due' },
  // Waiting for parts (approved, then issued) is still the worker's repair: it comes back to them.
  { key: 'progress', title: '处理中', status: ['IN_PROGRESS', 'PENDING_APPROVAL', 'AWAITING_PARTS'], sort: 'due' },
  // A request its requester cancelled was not done by the worker: it is not in 已完工.
  { key: 'done', title: '已完工', status: ['AWAITING_RATING', 'PENDING_REVISIT', 'CLOSED'] }
]
const ADMIN_TABS = [
  { key: 'review', title: '待审核', status: ['PENDING_REVIEW'], sort: 'due' },
  { key: 'dispatch', title: '待派工', status: ['AWAITING_DISPATCH'], sort: 'due' },
  // The admins' own moves of the materials paths: a costly parts request to approve, a refusal to outsource.
  { key: 'approval', title: '审批外包', status: ['PENDING_APPROVAL', 'AWAITING_OUTSOURCE'], sort: 'due' },
  // Under repair by a worker, waiting for the warehouse, or with a contractor (an admin closes it when done).
  { key: 'repair', title: '待维修', status: ['ASSIGNED', 'IN_PROGRESS', 'AWAITING_PARTS', 'OUTSOURCED'], sort: 'due' },
  { key: 'revisit', title: '待回访', status: ['PENDING_REVISIT'], sort: 'due' },
  { key: 'done', title: '历史', status: ['AWAITING_RATING', 'CLOSED', 'REJECTED', 'CANCELLED', 'MERGED'] }
]
const TABS_BY_ROLE = { USER: USER_TABS, WORKER: WORKER_TABS, ADMIN: ADMIN_TABS }

// A status this version does not know (the server gained one) reads as the process step the request
// is at, else as the raw word: never blank.
const statusText = (status, fallback) => STATUS_TEXT[status] || fallback || status || ''
const actionText = action => ACTION_TEXT[action] || action || ''

/** Who holds the step: its assignee's name, else the group that holds such a step. */
function holderOf(step) {
  if (!step) return ''
  const assignee = step.assignee
  const name = assignee && typeof assignee === 'object' ? assignee.name : assignee
  return name || STEP_HOLDER[step.key] || ''
}

/**
 * The status of a request as this viewer reads it (the request as GET /api/requests or
 * GET /api/requests/{id} returned it to them):
 * `{text, theme, variant, mine, ended, waiting}` — `text` the word, `theme`/`variant` a t-tag's,
 * `mine` whether the viewer has a move to make, `waiting` '待你处理' / '待王师傅处理' / ''.
 */
function requestStatus(request) {
  const r = request || {}
  const step = r.currentStep || null
  const can = allowedActions(r)
  const mine = MOVES.some(action => can[action])
  const ended = !step && !!ENDED_THEME[r.status]
  const ownStep = STEP_OF_STATUS[r.status]
  const text = step && ownStep && step.key !== ownStep ? step.name || statusText(r.status) : statusText(r.status, step && step.name)
  let theme = 'warning'
  if (mine) theme = 'primary'
  else if (ended) theme = ENDED_THEME[r.status]
  else if (!step) theme = 'default'
  const holder = holderOf(step)
  return {
    text,
    theme,
    variant: mine ? 'dark' : 'light',
    mine,
    ended,
    waiting: mine ? '待你处理' : holder ? `待${holder}处理` : ''
  }
}

/**
 * Where a request stands, for a page whose action is no longer allowed: '当前环节：评价', or once it
 * has ended '当前状态：已完成'.
 */
function stageText(request) {
  if (!request) return ''
  const step = request.currentStep
  const name = step ? step.name || step.key || '' : ''
  return name ? `当前环节：${name}` : `当前状态：${statusText(request.status)}`
}

/** The tabs of a role's list page; an unknown role gets the requester's. */
const tabsOf = role => TABS_BY_ROLE[role] || USER_TABS

module.exports = {
  STATUS_TEXT,
  ACTION_TEXT,
  USER_TABS,
  WORKER_TABS,
  ADMIN_TABS,
  statusText,
  actionText,
  requestStatus,
  stageText,
  tabsOf
}
