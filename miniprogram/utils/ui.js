// Feedback helpers so every page reports errors and successes the same way. A page holding TDesign's
// toast and dialog (<t-toast id="t-toast" /> and <t-dialog id="t-dialog" />, as every page of ours
// does) shows them there, in the app's theme; anywhere else WeChat's own modal and toast stand in.
const Toast = require('tdesign-miniprogram/toast/index')
const Dialog = require('tdesign-miniprogram/dialog/index')

const showToast = Toast.default || Toast
const hideToast = Toast.hideToast
const dialog = Dialog.default || Dialog

/** The page on screen when it holds the TDesign component `selector`, else null. */
function hostOf(selector) {
  const pages = typeof getCurrentPages === 'function' ? getCurrentPages() : []
  const page = pages[pages.length - 1]
  return page && typeof page.selectComponent === 'function' && page.selectComponent(selector) ? page : null
}

/** Shows an API error (or any Error): problem+json detail and each field error. */
function showError(err, title) {
  const content = (err && err.message) || '操作失败，请稍后再试'
  const page = hostOf('#t-dialog')
  if (page) {
    dialog.alert({ context: page, selector: '#t-dialog', title: title || '提示', content, confirmBtn: '知道了' }).catch(() => {})
    return
  }
  wx.showModal({ title: title || '提示', content, showCancel: false, confirmText: '知道了' })
}

const TOAST_THEME = { success: 'success', error: 'error', none: '' }

/** A short word after an action; `icon` 'none' for a plain message. */
function toast(title, icon) {
  const page = hostOf('#t-toast')
  if (page) {
    showToast({ context: page, selector: '#t-toast', message: title, theme: TOAST_THEME[icon || 'success'], direction: 'column', duration: 1500 })
    return
  }
  wx.showToast({ title, icon: icon || 'success', duration: 1500 })
}

/**
 * A loading toast for a wait the person must not tap through (an upload, a document being made):
 * shown until the returned function is called. Calling it again changes the words in place.
 */
function loading(title) {
  const page = hostOf('#t-toast')
  if (page) {
    showToast({ context: page, selector: '#t-toast', message: title, theme: 'loading', direction: 'column', duration: 0, preventScrollThrough: true })
    return () => hideToast({ context: page, selector: '#t-toast' })
  }
  wx.showLoading({ title, mask: true })
  return () => wx.hideLoading()
}

/** Resolves true when the person confirms. */
function confirm(title, content, confirmText) {
  const page = hostOf('#t-dialog')
  if (page) {
    return dialog.confirm({ context: page, selector: '#t-dialog', title, content: content || '', confirmBtn: confirmText || '确定', cancelBtn: '取消' })
      .then(() => true, () => false)
  }
  return new Promise(resolve => {
    wx.showModal({
      title,
      content: content || '',
      confirmText: confirmText || '确定',
      success: res => resolve(!!(res && res.confirm)),
      fail: () => resolve(false)
    })
  })
}

/** A random key, made once per form submission, so a retried POST is not stored twice. */
function newIdempotencyKey() {
  const rand = () => Math.random().toString(16).slice(2, 10)
  return `${Date.now().toString(16)}-${rand()}-${rand()}-${rand()}`
}

module.exports = { showError, toast, loading, confirm, newIdempotencyKey }
