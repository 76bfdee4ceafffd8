// Places on the phone: the rooms this person reported at last (kept on the phone, newest first), and
// turning a scanned or linked place into what the report form shows.
const api = require('../services/api')

const RECENT_KEY = 'recentRooms'
const RECENT_MAX = 5

function recentRooms() {
  const rooms = wx.getStorageSync(RECENT_KEY)
  return Array.isArray(rooms) ? rooms : []
}

function rememberRoom(room) {
  if (!room || !room.id) return
  const rooms = [room].concat(recentRooms().filter(r => r.id !== room.id)).slice(0, RECENT_MAX)
  wx.setStorageSync(RECENT_KEY, rooms)
}

/**
 * {kind, id} → Promise of {room, asset} for the report form; rejects with an Error whose message says
 * what is wrong (gone, or retired) so the form can say it and carry on without the place.
 */
function resolvePlace(place) {
  const read = place.kind === 'asset'
    ? api.getAsset(place.id).then(asset => ({ room: asset.room, asset }))
    : api.getRoom(place.id).then(room => ({ room, asset: null }))
  return read.then(found => {
    if (found.asset && found.asset.retired) throw new Error('该设备已停用，请选择报修地点')
    if (found.room.retired) throw new Error('该房间已停用，请选择其他报修地点')
    return found
  }, err => {
    if (err && err.statusCode === 404) throw new Error('二维码对应的地点不存在，请选择报修地点')
    throw err
  })
}

/**
 * The report's `location` for a picked place ({room, asset} or {building}): the ids the server
 * takes (the asset's room follows from it), and the detail typed beside them.
 */
function locationOf(place, detail) {
  if (place.asset) return { roomId: place.room.id, assetId: place.asset.id, detail }
  if (place.room) return { roomId: place.room.id, detail }
  return { buildingId: place.building.id, detail }
}

module.exports = { recentRooms, rememberRoom, resolvePlace, locationOf }
