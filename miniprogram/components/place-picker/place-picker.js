// Picks a room: the rooms reported at last and those the profile address names first, then building
// → room from lists searched as one types. Emits `select` with {room}.
const api = require('../../services/api')
const { recentRooms } = require('../../utils/places')

Component({
  properties: {
    // The profile's address ("南校区7号楼301"): the rooms it names are suggested.
    address: { type: String, value: '' }
  },

  data: {
    suggestions: [],
    buildingQuery: '',
    buildings: [],
    building: null,
    roomQuery: '',
    rooms: [],
    error: ''
  },

  lifetimes: {
    attached() {
      this.seq = 0
      this.suggest()
      this.searchBuildings('')
    }
  },

  methods: {
    suggest() {
      const recent = recentRooms()
      this.setData({ suggestions: recent })
      if (!this.data.address) return Promise.resolve()
      return api.matchingRooms(this.data.address)
        .then(named => {
          const seen = {}
          const merged = recent.concat(named || []).filter(r => !seen[r.id] && (seen[r.id] = true))
          this.setData({ suggestions: merged })
        })
        .catch(() => {})
    },

    searchBuildings(q) {
      const seq = ++this.seq
      return api.listBuildings({ q, size: 50 })
        .then(page => {
          if (seq === this.seq) this.setData({ buildings: page.items || [], error: '' })
        })
        .catch(err => this.setData({ error: err.message }))
    },

    searchRooms(q) {
      const seq = ++this.seq
      return api.listRooms({ buildingId: this.data.building.id, q, size: 100 })
        .then(page => {
          if (seq === this.seq) this.setData({ rooms: page.items || [], error: '' })
        })
        .catch(err => this.setData({ error: err.message }))
    },

    onBuildingQuery(e) {
      this.setData({ buildingQuery: e.detail.value })
      return this.searchBuildings(e.detail.value)
    },

    onRoomQuery(e) {
      this.setData({ roomQuery: e.detail.value })
      return this.searchRooms(e.detail.value)
    },

    pickBuilding(e) {
      const building = this.data.buildings[e.currentTarget.dataset.index]
      this.setData({ building, roomQuery: '', rooms: [] })
      return this.searchRooms('')
    },

    backToBuildings() {
      this.setData({ building: null, rooms: [] })
    },

    pickRoom(e) {
      this.triggerEvent('select', { room: this.data.rooms[e.currentTarget.dataset.index] })
    },

    pickSuggestion(e) {
      this.triggerEvent('select', { room: this.data.suggestions[e.currentTarget.dataset.index] })
    }
  }
})
