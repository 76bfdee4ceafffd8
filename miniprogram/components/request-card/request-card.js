// One request in a list (utils/format.js toCard): category (紧急 when urgent), the status tag of the
// one vocabulary (utils/status.js: solid when it is the viewer's move), description, place, the other
// party, and the due time of the step it waits at (red once overdue) or whose move it is. Tapping it
// emits `select`.
Component({
  properties: {
    item: { type: Object, value: {} },
    // Which person to show: 'worker' for requesters, 'requester' for staff.
    party: { type: String, value: 'worker' }
  },
  methods: {
    onTap() {
      this.triggerEvent('select', { id: this.data.item.id })
    }
  }
})
