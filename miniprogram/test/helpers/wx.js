// A global `wx` for unit tests. wx.request / wx.uploadFile / wx.downloadFile answer from a small
// route table with the real {statusCode, data, header} shape (uploadFile's data is a JSON string,
// as on a phone), asynchronously, like the real APIs.
const WX_METHODS = ['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE', 'CONNECT']

const WINDOW = { windowWidth: 375, windowHeight: 812, screenWidth: 375, screenHeight: 812, pixelRatio: 3, statusBarHeight: 44,
  safeArea: { top: 44, bottom: 778, left: 0, right: 375, width: 375, height: 734 } }

function respondLater(fn) {
  setTimeout(fn, 0)
}

function createWx() {
  const storage = {}
  const routes = []
  const calls = []

  function route(method, pattern, reply) {
    routes.unshift({ method, pattern, reply })
  }

  function find(method, url) {
    const path = url.replace(/^https?:\/\/[^/]+/, '')
    const bare = path.split('?')[0]
    return routes.find(r => r.method === method && (r.pattern instanceof RegExp ? r.pattern.test(path) : r.pattern === bare))
  }

  function answer(kind, options) {
    const method = (options.method || (kind === 'upload' ? 'POST' : 'GET')).toUpperCase()
    const call = { kind, method, url: options.url, data: options.data, header: options.header || {}, filePath: options.filePath, name: options.name }
    calls.push(call)
    if (kind === 'request' && WX_METHODS.indexOf(method) < 0) {
      // like the real wx.request, which has no PATCH
      respondLater(() => options.fail && options.fail({ errMsg: `request:fail invalid method ${method}` }))
      return { abort() {} }
    }
    const r = find(method, options.url)
    respondLater(() => {
      if (!r) {
        const res = { statusCode: 404, data: { type: 'about:blank', title: 'Not Found', status: 404, detail: `no test route for ${method} ${options.url}` }, header: { 'Content-Type': 'application/problem+json' } }
        options.success && options.success(res)
        return
      }
      let res = typeof r.reply === 'function' ? r.reply(call) : r.reply
      if (res && res.networkError) {
        options.fail && options.fail({ errMsg: 'request:fail timeout' })
        return
      }
      res = Object.assign({ statusCode: 200, data: null, header: { 'Content-Type': 'application/json' } }, res)
      if (kind === 'upload' && res.data !== null && typeof res.data !== 'string') res = Object.assign({}, res, { data: JSON.stringify(res.data) })
      options.success && options.success(res)
      options.complete && options.complete(res)
    })
    return { abort() {} }
  }

  const recorder = {
    handlers: {},
    start: jest.fn(),
    stop: jest.fn(),
    onStop(fn) { recorder.handlers.stop = fn },
    onError(fn) { recorder.handlers.error = fn },
    onStart(fn) { recorder.handlers.start = fn }
  }
  const audio = {
    src: '',
    play: jest.fn(),
    stop: jest.fn(),
    destroy: jest.fn(),
    onEnded: jest.fn(),
    onError: jest.fn()
  }

  const modalAnswers = []

  const wx = {
    // test controls
    __route: route,
    __calls: calls,
    __storage: storage,
    __recorder: recorder,
    __audio: audio,
    /** Queue the answer of the next wx.showModal: {confirm, content}. Default: confirm. */
    __answerModal: answer => modalAnswers.push(answer),

    request: jest.fn(options => answer('request', options)),
    uploadFile: jest.fn(options => answer('upload', options)),
    downloadFile: jest.fn(options => {
      calls.push({ kind: 'download', method: 'GET', url: options.url, header: options.header || {} })
      respondLater(() => options.success({ statusCode: 200, tempFilePath: `wxfile://tmp/${options.url.split('/').pop()}`, header: {} }))
    }),
    getStorageSync: jest.fn(key => (key in storage ? storage[key] : '')),
    setStorageSync: jest.fn((key, value) => { storage[key] = value }),
    removeStorageSync: jest.fn(key => { delete storage[key] }),
    showToast: jest.fn(),
    showLoading: jest.fn(),
    hideLoading: jest.fn(),
    showModal: jest.fn(options => {
      const a = Object.assign({ confirm: true, cancel: false, content: '' }, modalAnswers.shift() || {})
      a.cancel = !a.confirm
      respondLater(() => options.success && options.success(a))
    }),
    showActionSheet: jest.fn(options => respondLater(() => options.success && options.success({ tapIndex: 0 }))),
    reLaunch: jest.fn(),
    redirectTo: jest.fn(),
    navigateTo: jest.fn(),
    navigateBack: jest.fn(),
    stopPullDownRefresh: jest.fn(),
    setNavigationBarTitle: jest.fn(),
    makePhoneCall: jest.fn(),
    addPhoneContact: jest.fn(),
    previewImage: jest.fn(),
    openLocation: jest.fn(),
    chooseMedia: jest.fn(),
    chooseLocation: jest.fn(),
    getRecorderManager: jest.fn(() => recorder),
    createInnerAudioContext: jest.fn(() => audio),
    vibrateShort: jest.fn(),
    hideHomeButton: jest.fn(),
    // A 375 × 812 phone with a home indicator, as TDesign's components read it.
    getWindowInfo: jest.fn(() => WINDOW),
    getSystemInfoSync: jest.fn(() => Object.assign({ platform: 'devtools', SDKVersion: '3.4.0', theme: 'light' }, WINDOW)),
    getAppBaseInfo: jest.fn(() => ({ SDKVersion: '3.4.0', theme: 'light', language: 'zh_CN' })),
    getDeviceInfo: jest.fn(() => ({ platform: 'devtools', system: 'iOS 17', brand: 'devtools', model: 'iPhone X' })),
    getMenuButtonBoundingClientRect: jest.fn(() => ({ top: 48, bottom: 80, left: 281, right: 368, width: 87, height: 32 })),
    nextTick: fn => setTimeout(fn, 0)
  }
  return wx
}

/** Waits until pending wx answers (setTimeout 0) and the promises after them have run. */
function flush(times = 3) {
  let p = Promise.resolve()
  for (let i = 0; i < times; i++) p = p.then(() => new Promise(r => setTimeout(r, 0)))
  return p
}

module.exports = { createWx, flush }
