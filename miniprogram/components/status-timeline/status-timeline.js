// The request's `history` as a vertical timeline, newest step on top; a step done after its due time
// says so.
const { actionText } = require('../../utils/status')
const { formatTime } = require('../../utils/format')

function toSteps(history) {
  return (history || [])
    .slice()
    .sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime())
    .map((entry, index) => ({
      key: `${entry.at}-${index}`,
      title: actionText(entry.action),
      actor: entry.actor || '',
      note: entry.note || '',
      time: formatTime(entry.at),
      late: !!entry.dueAt && new Date(entry.at).getTime() > new Date(entry.dueAt).getTime()
    }))
}

Component({
  properties: {
    history: { type: Array, value: [] }
  },
  data: { steps: [] },
  observers: {
    history(history) {
      this.setData({ steps: toSteps(history) })
    }
  },
  lifetimes: {
    attached() {
      this.setData({ steps: toSteps(this.data.history) })
    }
  }
})
