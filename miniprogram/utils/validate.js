// Input checks run before anything is sent, with the messages shown beside the fields.
const PHONE = /^1\d{10}$/

/** Drops spaces and a +86 prefix, as the server does. */
function normalizePhone(value) {
  const digits = String(value || '').replace(/[\s-]/g, '')
  return digits.replace(/^(\+?86)(?=1\d{10}$)/, '')
}

const isPhone = value => PHONE.test(normalizePhone(value))
const isCode = value => /^\d{6}$/.test(String(value || '').trim())

function password(value) {
  const v = String(value || '')
  if (!v) return '请输入新密码'
  if (v.length < 8 || v.length > 64) return '密码长度为8到64位'
  return ''
}

/** The report form: returns {field: message}, empty when it can be sent. */
function reportForm(form) {
  const errors = {}
  if (!form.categoryCode) errors.categoryCode = '请选择报修类别'
  if (!String(form.building || '').trim()) errors.building = '请填写楼栋'
  else if (String(form.building).trim().length > 100) errors.building = '楼栋最多100个字'
  if (String(form.room || '').trim().length > 50) errors.room = '房间号最多50个字'
  const description = String(form.description || '').trim()
  if (!description) errors.description = '请描述故障情况'
  else if (description.length > 1000) errors.description = '描述最多1000个字'
  if (form.contactPhone && !isPhone(form.contactPhone)) errors.contactPhone = '请输入正确的11位手机号'
  if ((form.photos || []).length > 9) errors.photos = '最多上传9张照片'
  return errors
}

const hasErrors = errors => Object.keys(errors).length > 0

module.exports = { normalizePhone, isPhone, isCode, password, reportForm, hasErrors }
