// What a place label says, and the one way into a report at a place. A label's plain QR code holds
// `<labelLink>/r/<room id>` (or `/a/<asset id>`); WeChat's camera opens the report page with that
// link in `q`; a mini program code carries `scene` = `r=<id>` or `a=<id>`. Every path ends in
// openReportAt, and the report page reads its query with fromLaunch.
const config = require('../config')

const KINDS = { r: 'room', a: 'asset' }

/** The place a scanned text names, or null when it is not one of our labels. */
function parseLabel(text, prefix) {
  if (typeof text !== 'string') return null
  const base = String(prefix || config.labelLink || '').replace(/\/+$/, '')
  if (!base || text.indexOf(`${base}/`) !== 0) return null
  const match = /^([ra])\/([A-Za-z0-9_-]{1,20})\/?(?:[?#].*)?$/.exec(text.slice(base.length + 1))
  return match ? { kind: KINDS[match[1]], id: match[2] } : null
}

/** The place in a mini program code's scene ("r=12", URL-encoded or not). */
function parseScene(scene) {
  if (!scene) return null
  const match = /^([ra])=([A-Za-z0-9_-]{1,20})$/.exec(decodeURIComponent(String(scene)))
  return match ? { kind: KINDS[match[1]], id: match[2] } : null
}

/**
 * The place a wx.scanCode result names: a plain code's text, or a mini program code, whose result
 * has the page path with its scene.
 */
function fromScan(res) {
  if (!res) return null
  const scene = /[?&]scene=([^&]+)/.exec(res.path || '')
  return parseLabel(res.result) || (scene ? parseScene(scene[1]) : null)
}

/** The place a page was opened at: ?roomId= / ?assetId= (our own links), q (WeChat's camera) or scene. */
function fromLaunch(query) {
  const q = query || {}
  if (q.assetId) return { kind: 'asset', id: q.assetId }
  if (q.roomId) return { kind: 'room', id: q.roomId }
  if (q.q) return parseLabel(decodeURIComponent(q.q))
  if (q.scene) return parseScene(q.scene)
  return null
}

function reportUrl(place) {
  const param = place.kind === 'asset' ? 'assetId' : 'roomId'
  return `/pages/user/report/report?${param}=${encodeURIComponent(place.id)}`
}

/** Opens the report form at a place: {kind: 'room'|'asset', id}. */
function openReportAt(place, navigate) {
  const go = navigate || (options => wx.navigateTo(options))
  return go({ url: reportUrl(place) })
}

const PENDING_KEY = 'pendingPlace'

/** A label scanned before logging in: kept until the login, which then opens the report there. */
function keepUntilLogin(place) {
  wx.setStorageSync(PENDING_KEY, place)
}

/** Where a requester goes after logging in when a scanned place waits (the place is used once). */
function afterLogin(user) {
  const place = wx.getStorageSync(PENDING_KEY)
  if (!place || !place.id) return null
  wx.removeStorageSync(PENDING_KEY)
  return user && user.role === 'USER' ? reportUrl(place) : null
}

module.exports = { parseLabel, parseScene, fromScan, fromLaunch, openReportAt, keepUntilLogin, afterLogin }
