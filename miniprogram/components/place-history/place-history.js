// The last repairs at the request's room and asset, so a repeat fault is seen (worker's task page,
// admin's request page). Reads GET /api/requests/{id}/place-history once the request id is known.
const api = require('../../services/api')
const { formatTime } = require('../../utils/format')
const { statusText } = require('../../utils/status')

function entry(item) {
  return {
    id: item.id,
    date: formatTime(item.createdAt).slice(0, 10),
    category: item.category ? item.category.name : '',
    status: statusText(item.status),
    description: item.description,
    asset: item.assetName || '',
    // The requester's score, drawn by TDesign's read-only t-rate; 0 when not rated.
    rating: item.rating ? item.rating.result : 0
  }
}

Component({
  properties: {
    requestId: { type: String, value: '', observer: 'load' }
  },

  data: { room: [], asset: [], loaded: false, error: '' },

  methods: {
    load() {
      if (!this.data.requestId) return Promise.resolve()
      return api.getPlaceHistory(this.data.requestId)
        .then(history => this.setData({
          room: (history.room || []).map(entry),
          asset: (history.asset || []).map(entry),
          loaded: true,
          error: ''
        }))
        .catch(err => this.setData({ loaded: true, error: err.message }))
    }
  }
})
