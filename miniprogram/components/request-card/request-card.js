// One request in a list: category (marked 紧急 when urgent), status, description, place, the due time
// of the step it waits at (red once overdue) and time. Tapping it emits `select`.
Component({
  properties: {
    item: { type: Object, value: {} },
    // Which person to show beside the time: 'worker' for requesters, 'requester' for staff.
    party: { type: String, value: 'worker' }
  },
  methods: {
    onTap() {
      this.triggerEvent('select', { id: this.data.item.id })
    }
  }
})
