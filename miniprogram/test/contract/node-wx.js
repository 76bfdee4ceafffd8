// A `wx` for Node: wx.request / wx.uploadFile / wx.downloadFile backed by fetch and FormData, with
// in-memory storage, so the mini program's own services/api.js + http.js talk to a real back end.
// Each person in the test gets their own `wx` (and so their own stored token).
const fs = require('fs')
const os = require('os')
const path = require('path')

const WX_METHODS = ['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE', 'CONNECT']
const MIME = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.mp3': 'audio/mpeg', '.m4a': 'audio/mp4', '.wav': 'audio/wav' }

function headersOf(res) {
  const out = {}
  res.headers.forEach((value, key) => { out[key] = value })
  return out
}

// wx.request with the default dataType 'json' parses the body when it is JSON, else leaves the text.
function parse(text) {
  if (!text) return ''
  try {
    return JSON.parse(text)
  } catch (e) {
    return text
  }
}

function createNodeWx(name) {
  const storage = {}
  const relaunches = []
  const timeout = ms => AbortSignal.timeout(ms || 30000)

  return {
    name,
    relaunches,
    getStorageSync: key => (key in storage ? storage[key] : ''),
    setStorageSync: (key, value) => { storage[key] = value },
    removeStorageSync: key => { delete storage[key] },
    reLaunch: options => relaunches.push(options.url),

    request({ url, method = 'GET', data, header = {}, timeout: ms, success, fail }) {
      if (WX_METHODS.indexOf(method) < 0) {
        // The real wx.request has no PATCH: refuse what a phone would refuse.
        setTimeout(() => fail && fail({ errMsg: `request:fail invalid method ${method}` }), 0)
        return
      }
      const init = { method, headers: Object.assign({}, header), signal: timeout(ms) }
      if (data !== undefined && method !== 'GET') init.body = typeof data === 'string' ? data : JSON.stringify(data)
      fetch(url, init)
        .then(res => res.text().then(text => success({ statusCode: res.status, data: parse(text), header: headersOf(res) })))
        .catch(err => fail && fail({ errMsg: `request:fail ${err.message}` }))
    },

    uploadFile({ url, filePath, name: field, header = {}, formData = {}, success, fail }) {
      const form = new FormData()
      Object.keys(formData).forEach(k => form.append(k, formData[k]))
      const type = MIME[path.extname(filePath).toLowerCase()] || 'application/octet-stream'
      form.append(field, new Blob([fs.readFileSync(filePath)], { type }), path.basename(filePath))
      fetch(url, { method: 'POST', headers: Object.assign({}, header), body: form, signal: timeout() })
        // wx.uploadFile answers the body as a string, never parsed
        .then(res => res.text().then(text => success({ statusCode: res.status, data: text, header: headersOf(res) })))
        .catch(err => fail && fail({ errMsg: `uploadFile:fail ${err.message}` }))
    },

    downloadFile({ url, header = {}, success, fail }) {
      fetch(url, { headers: Object.assign({}, header), signal: timeout() })
        .then(res => res.arrayBuffer().then(buf => {
          const tempFilePath = path.join(os.tmpdir(), `wx-download-${Date.now()}-${Math.random().toString(16).slice(2)}`)
          fs.writeFileSync(tempFilePath, Buffer.from(buf))
          success({ statusCode: res.status, tempFilePath, header: headersOf(res) })
        }))
        .catch(err => fail && fail({ errMsg: `downloadFile:fail ${err.message}` }))
    }
  }
}

module.exports = { createNodeWx }
