// Status names and groups, in the words the people using the app know. Display vocabulary only:
// what a person may do with a request comes from the server (utils/actions.js).
const STATUS_TEXT = {
  PENDING_REVIEW: '待审核',
  AWAITING_DISPATCH: '待派工',
  ASSIGNED: '已派工',
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

// Colour family of each status tag (see components/status-tag).
const STATUS_TONE = {
  PENDING_REVIEW: 'warn',
  AWAITING_DISPATCH: 'warn',
  ASSIGNED: 'info',
  IN_PROGRESS: 'info',
  AWAITING_RATING: 'primary',
  PENDING_REVISIT: 'warn',
  PENDING_APPROVAL: 'warn',
  AWAITING_PARTS: 'info',
  AWAITING_OUTSOURCE: 'warn',
  OUTSOURCED: 'info',
  CLOSED: 'success',
  REJECTED: 'danger',
  CANCELLED: 'muted',
  MERGED: 'muted'
}

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
// still to do, `sort: 'due'` (urgent first, then the earliest due).
const USER_TABS = [
  { key: 'pending', title: '进行中', status: ['PENDING_REVIEW', 'AWAITING_DISPATCH', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_RATING', 'PENDING_REVISIT', 'PENDING_APPROVAL', 'AWAITING_PARTS', 'AWAITING_OUTSOURCE', 'OUTSOURCED'] },
  { key: 'past', title: '历史', status: ['CLOSED', 'REJECTED', 'CANCELLED', 'MERGED'] }
]
const WORKER_TABS = [
  { key: 'assigned', title: '待接单', status: ['ASSIGNED'], sort: 'due' },
  // Waiting for parts is still the worker's repair: it comes back to them.
  { key: 'progress', title: '维修中', status: ['IN_PROGRESS', 'PENDING_APPROVAL', 'AWAITING_PARTS'], sort: 'due' },
  // A request its requester cancelled was not done by the worker: it is not in 已完成.
  { key: 'done', title: '已完成', status: ['AWAITING_RATING', 'PENDING_REVISIT', 'CLOSED'] }
]
const ADMIN_TABS = [
  { key: 'dispatch', title: '待派工', status: ['PENDING_REVIEW', 'AWAITING_DISPATCH', 'PENDING_APPROVAL', 'AWAITING_OUTSOURCE'], sort: 'due' },
  { key: 'repair', title: '待维修', status: ['ASSIGNED', 'IN_PROGRESS', 'AWAITING_PARTS', 'OUTSOURCED'], sort: 'due' },
  { key: 'revisit', title: '待回访', status: ['PENDING_REVISIT'], sort: 'due' },
  { key: 'done', title: '已完成', status: ['AWAITING_RATING', 'CLOSED', 'REJECTED', 'CANCELLED', 'MERGED'] }
]

// A status this version does not know (the server gained one) reads as the process step the request
// is at, else as the raw word: never blank.
const statusText = (status, fallback) => STATUS_TEXT[status] || fallback || status || ''
const statusTone = status => STATUS_TONE[status] || 'muted'
const actionText = action => ACTION_TEXT[action] || action || ''

module.exports = {
  STATUS_TEXT,
  ACTION_TEXT,
  USER_TABS,
  WORKER_TABS,
  ADMIN_TABS,
  statusText,
  statusTone,
  actionText
}
