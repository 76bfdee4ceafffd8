// A status as a coloured tag. `fallback` (the process step's name) is shown for a status this
// version has no word for, so a status the server gained later still reads sensibly.
const { statusText, statusTone } = require('../../utils/status')

Component({
  properties: {
    status: { type: String, value: '' },
    fallback: { type: String, value: '' }
  },
  data: { text: '', tone: 'muted' },
  observers: {
    'status, fallback'(status, fallback) {
      this.setData({ text: statusText(status, fallback), tone: statusTone(status) })
    }
  },
  lifetimes: {
    attached() {
      this.setData({ text: statusText(this.data.status, this.data.fallback), tone: statusTone(this.data.status) })
    }
  }
})
