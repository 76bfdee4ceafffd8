// The single request wrapper: every call to the back end goes through here. It adds the base URL
// and the Bearer token, resolves with the body on a 2xx statusCode, and otherwise rejects with an
// ApiError whose `message` is a readable zh-CN sentence (problem+json `detail` and field errors).
const config = require('../config')
const session = require('./session')

const STATUS_MESSAGES = {
  400: '提交的信息有误',
  401: '登录已失效，请重新登录',
  403: '没有权限进行此操作',
  404: '内容不存在或已被删除',
  409: '当前状态不允许此操作，请刷新后重试',
  413: '文件太大，单个文件不能超过10MB',
  415: '不支持的文件类型',
  429: '操作太频繁，请稍后再试'
}
const NETWORK_MESSAGE = '网络连接失败，请检查网络后重试'

// wx.request only knows these methods (no PATCH). Any other method is sent as POST with an
// X-HTTP-Method-Override header naming the real one, which the back end must honour.
const WX_METHODS = ['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE', 'CONNECT']

class ApiError extends Error {
  constructor({ statusCode, title, detail, errors, type, retryAfter }) {
    const fieldErrors = Array.isArray(errors) ? errors.filter(e => e && e.message) : []
    // `title` is often the English reason phrase, so only `detail` is shown as is.
    super(ApiError.describe(statusCode, detail, fieldErrors, retryAfter))
    this.name = 'ApiError'
    this.statusCode = statusCode
    this.type = type || 'about:blank'
    this.title = title || ''
    this.detail = detail || ApiError.fallback(statusCode)
    this.errors = fieldErrors
    this.retryAfter = retryAfter
  }

  /** {field: message} for showing an error beside its input. */
  get fieldErrors() {
    const map = {}
    this.errors.forEach(e => {
      if (e.field && !map[e.field]) map[e.field] = e.message
    })
    return map
  }

  static fallback(statusCode) {
    if (!statusCode) return NETWORK_MESSAGE
    if (statusCode >= 500) return '服务器开小差了，请稍后再试'
    return STATUS_MESSAGES[statusCode] || `请求失败（${statusCode}）`
  }

  static describe(statusCode, detail, fieldErrors, retryAfter) {
    const messages = fieldErrors.map(e => e.message).filter((m, i, all) => all.indexOf(m) === i)
    let text = detail || ApiError.fallback(statusCode)
    if (messages.length && detail && messages.every(m => detail.indexOf(m) >= 0)) {
      // The detail only repeats the field errors (often prefixed with technical field names):
      // the field messages alone read better.
      text = messages.join('\n')
    } else {
      const extra = messages.filter(m => m !== text)
      if (extra.length) text = `${text}\n${extra.join('\n')}`
    }
    if (statusCode === 429 && retryAfter) text += `（请${retryAfter}秒后再试）`
    return text
  }
}

function header(headers, name) {
  if (!headers) return undefined
  const key = Object.keys(headers).find(k => k.toLowerCase() === name.toLowerCase())
  return key ? headers[key] : undefined
}

function parseBody(data) {
  if (typeof data !== 'string') return data
  if (!data) return null
  try {
    return JSON.parse(data)
  } catch (e) {
    return data
  }
}

/** Turns a wx response ({statusCode, data, header}) into the body or an ApiError. */
function settle(res, { auth }) {
  const body = parseBody(res.data)
  if (res.statusCode >= 200 && res.statusCode < 300) return { ok: true, body }
  const problem = body && typeof body === 'object' ? body : {}
  const error = new ApiError({
    statusCode: res.statusCode,
    title: problem.title,
    detail: problem.detail,
    errors: problem.errors,
    type: problem.type,
    retryAfter: header(res.header, 'Retry-After')
  })
  if (res.statusCode === 401 && auth !== false) {
    // The token expired or was revoked: start again from the login page.
    session.clear()
    wx.reLaunch({ url: session.LOGIN_PAGE })
  }
  return { ok: false, error }
}

function buildQuery(query) {
  if (!query) return ''
  const parts = Object.keys(query)
    .filter(k => query[k] !== undefined && query[k] !== null && query[k] !== '')
    .map(k => `${encodeURIComponent(k)}=${encodeURIComponent(String(query[k])).replace(/%2C/g, ',')}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

function url(path, query) {
  return config.baseUrl.replace(/\/+$/, '') + path + buildQuery(query)
}

function authHeader(auth) {
  const token = auth === false ? '' : session.getToken()
  return token ? { Authorization: `Bearer ${token}` } : {}
}

/**
 * request({method, path, query, data, headers, auth}) → Promise of the response body.
 * `auth: false` sends no token and does not jump to login on 401 (the login calls themselves).
 */
function request({ method = 'GET', path, query, data, headers, auth } = {}) {
  const verb = method.toUpperCase()
  const override = WX_METHODS.indexOf(verb) < 0 ? { 'X-HTTP-Method-Override': verb } : {}
  return new Promise((resolve, reject) => {
    wx.request({
      url: url(path, query),
      method: override['X-HTTP-Method-Override'] ? 'POST' : verb,
      data,
      timeout: config.timeout,
      header: Object.assign({ 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
        authHeader(auth), override, headers || {}),
      success(res) {
        const out = settle(res, { auth })
        if (out.ok) resolve(out.body)
        else reject(out.error)
      },
      fail(err) {
        reject(new ApiError({ statusCode: 0, detail: NETWORK_MESSAGE, title: err && err.errMsg }))
      }
    })
  })
}

/** upload({path, filePath, name}) → Promise of the parsed JSON body (wx.uploadFile answers a string). */
function upload({ path, filePath, name = 'file', formData }) {
  return new Promise((resolve, reject) => {
    wx.uploadFile({
      url: url(path),
      filePath,
      name,
      formData,
      header: authHeader(),
      success(res) {
        const out = settle(res, {})
        if (out.ok) resolve(out.body)
        else reject(out.error)
      },
      fail(err) {
        reject(new ApiError({ statusCode: 0, detail: '上传失败，请检查网络后重试', title: err && err.errMsg }))
      }
    })
  })
}

/** download({path}) → Promise of a local temp file path (for images and voice notes behind the token). */
function download({ path }) {
  return new Promise((resolve, reject) => {
    wx.downloadFile({
      url: url(path),
      header: authHeader(),
      success(res) {
        if (res.statusCode >= 200 && res.statusCode < 300) resolve(res.tempFilePath)
        else reject(settle({ statusCode: res.statusCode, data: null, header: res.header }, {}).error)
      },
      fail(err) {
        reject(new ApiError({ statusCode: 0, detail: '下载失败，请检查网络后重试', title: err && err.errMsg }))
      }
    })
  })
}

module.exports = { request, upload, download, url, buildQuery, ApiError, WX_METHODS }
