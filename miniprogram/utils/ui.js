// Feedback helpers so every page reports errors and successes the same way.

/** Shows an API error (or any Error) as a modal: problem+json detail and each field error. */
function showError(err, title) {
  const content = (err && err.message) || '操作失败，请稍后再试'
  wx.showModal({ title: title || '提示', content, showCancel: false, confirmText: '知道了' })
}

function toast(title, icon) {
  wx.showToast({ title, icon: icon || 'success', duration: 1500 })
}

/** Resolves true when the person confirms. */
function confirm(title, content, confirmText) {
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

module.exports = { showError, toast, confirm, newIdempotencyKey }
