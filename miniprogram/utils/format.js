// Small display helpers shared by pages and components.
const pad = n => (n < 10 ? `0${n}` : `${n}`)

/** '2024-05-01T08:30:00+08:00' → '2024-05-01 08:30' in the phone's time zone. */
function formatTime(iso) {
  if (!iso) return ''
  const d = new Date(iso)
  if (isNaN(d.getTime())) return String(iso)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
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
  return [place, location.detail].filter(Boolean).join(' · ')
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
    number: request.number || '',
    status: request.status,
    category: categoryName(request.category),
    description: request.description || '',
    location: locationText(request.location),
    createdAt: formatTime(request.createdAt),
    workerName: request.worker ? request.worker.name || '' : '',
    requesterName: request.requester ? request.requester.name || '' : ''
  }
}

module.exports = { formatTime, maskPhone, locationText, categoryName, isImage, isAudio, toCard }
