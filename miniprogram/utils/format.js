// Small display helpers shared by pages and components.
const { requestStatus } = require('./status')
const pad = n => (n < 10 ? `0${n}` : `${n}`)

/** '2024-05-01T08:30:00+08:00' → '2024-05-01 08:30' in the phone's time zone. */
function formatTime(iso) {
  if (!iso) return ''
  const d = new Date(iso)
  if (isNaN(d.getTime())) return String(iso)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/**
 * How long ago: '刚刚', '5分钟前', '2小时前', '3天前', and the date itself after a month.
 * `now` (ms) is for tests; a phone clock slightly behind the server's still reads '刚刚'.
 */
function relativeTime(iso, now) {
  if (!iso) return ''
  const then = new Date(iso).getTime()
  if (isNaN(then)) return String(iso)
  const seconds = ((now === undefined ? Date.now() : now) - then) / 1000
  if (seconds < 60) return '刚刚'
  if (seconds < 3600) return `${Math.floor(seconds / 60)}分钟前`
  if (seconds < 86400) return `${Math.floor(seconds / 3600)}小时前`
  if (seconds < 30 * 86400) return `${Math.floor(seconds / 86400)}天前`
  return formatTime(iso)
}

/** The name of the process step a request is at ('' once it has ended); the task id if the model has no name. */
function stepName(request) {
  const step = request && request.currentStep
  return step ? step.name || step.key || '' : ''
}

/**
 * The step a request waits at, from the server's `currentStep`, as the detail pages show it:
 * {name, since: '2小时前', assignee: name or '', due: '今天 16:00' or '', overdue}; null once the
 * request has ended.
 */
function currentStep(request, now) {
  const step = request && request.currentStep
  if (!step) return null
  return {
    name: stepName(request),
    since: relativeTime(step.since, now),
    assignee: (step.assignee && step.assignee.name) || '',
    due: dueText(step.dueAt, now),
    overdue: !!step.overdue
  }
}

const startOfDay = d => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime()

/**
 * A due time as people say it, in the phone's time zone: '今天 16:00', '明天 09:00', '昨天 18:30',
 * '5月3日 16:00'. `now` (ms) is for tests.
 */
function dueText(iso, now) {
  if (!iso) return ''
  const d = new Date(iso)
  if (isNaN(d.getTime())) return ''
  const days = Math.round((startOfDay(d) - startOfDay(new Date(now === undefined ? Date.now() : now))) / 86400000)
  const hm = `${pad(d.getHours())}:${pad(d.getMinutes())}`
  if (days === 0) return `今天 ${hm}`
  if (days === 1) return `明天 ${hm}`
  if (days === -1) return `昨天 ${hm}`
  return `${d.getMonth() + 1}月${d.getDate()}日 ${hm}`
}

/** An ISO-8601 duration of the service level: 'PT30M' → '30分钟', 'P1DT12H' → '1天12小时'; '' if unreadable. */
function durationText(iso) {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(String(iso || ''))
  if (!m) return ''
  return [[m[1], '天'], [m[2], '小时'], [m[3], '分钟'], [m[4], '秒']]
    .filter(([n]) => n && Number(n) > 0)
    .map(([n, unit]) => `${Number(n)}${unit}`)
    .join('')
}

/**
 * The requester's line from GET /api/requests/{id}/queue: '前面还有 3 单，预计 今天 16:00 前上门';
 * '' once the request no longer waits for a worker.
 */
function queueLine(queue, now) {
  if (!queue || !queue.waiting) return ''
  const ahead = queue.ahead > 0 ? `前面还有 ${queue.ahead} 单` : '前面没有排队的报修'
  if (!queue.estimatedBy) return `${ahead}，已超过承诺时间，正在加紧安排`
  return `${ahead}，预计 ${dueText(queue.estimatedBy, now)} 前上门`
}

/** '13800000000' → '138****0000' */
function maskPhone(phone) {
  if (!phone) return ''
  const p = String(phone)
  return p.length === 11 ? `${p.slice(0, 3)}****${p.slice(7)}` : p
}

function locationText(location) {
  if (!location) return ''
  const building = location.building || ''
  const room = location.room || ''
  const place = [building, room].filter(Boolean).join(' ')
  return [place, location.assetName, location.detail].filter(Boolean).join(' · ')
}

function categoryName(category) {
  if (!category) return ''
  return typeof category === 'string' ? category : category.name || category.code || ''
}

function isImage(attachment) {
  return /^image\//.test((attachment && attachment.contentType) || '')
}

function isAudio(attachment) {
  return /^audio\//.test((attachment && attachment.contentType) || '')
}

/** A request as the list cards show it. */
function toCard(request) {
  return {
    id: request.id,
    tag: requestStatus(request),
    number: request.number || '',
    status: request.status,
    stepName: stepName(request),
    category: categoryName(request.category),
    description: request.description || '',
    location: locationText(request.location),
    createdAt: formatTime(request.createdAt),
    workerName: request.worker ? request.worker.name || '' : '',
    requesterName: request.requester ? request.requester.name || '' : '',
    urgent: request.priority === 'URGENT',
    due: request.currentStep ? dueText(request.currentStep.dueAt) : '',
    overdue: !!(request.currentStep && request.currentStep.overdue)
  }
}

module.exports = {
  formatTime,
  relativeTime,
  stepName,
  currentStep,
  maskPhone,
  locationText,
  categoryName,
  isImage,
  isAudio,
  toCard,
  dueText,
  durationText,
  queueLine
}
