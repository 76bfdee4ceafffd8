// The admin's place forms: their fields checked on the phone before sending (the server checks
// them again), and the server's field errors shown beside the inputs.
const KINDS = [
  { value: 'DORMITORY', name: '宿舍' },
  { value: 'TEACHING', name: '教学楼' },
  { value: 'LAB', name: '实验楼' },
  { value: 'CANTEEN', name: '食堂' },
  { value: 'OFFICE', name: '办公' },
  { value: 'OTHER', name: '其他' }
]

const trim = value => String(value || '').trim()

function buildingErrors(form) {
  const errors = {}
  if (!form.areaId && !trim(form.newArea)) errors.areaId = '请选择校区'
  if (!trim(form.name)) errors.name = '请填写楼栋名称'
  else if (trim(form.name).length > 100) errors.name = '楼栋名称最多100个字'
  return errors
}

function roomErrors(form) {
  const errors = {}
  if (!trim(form.number)) errors.number = '请填写房间号'
  else if (trim(form.number).length > 50) errors.number = '房间号最多50个字'
  if (trim(form.floor).length > 20) errors.floor = '楼层最多20个字'
  if (trim(form.name).length > 100) errors.name = '房间名称最多100个字'
  return errors
}

function assetErrors(form) {
  const errors = {}
  if (!trim(form.name)) errors.name = '请填写设备名称'
  else if (trim(form.name).length > 100) errors.name = '设备名称最多100个字'
  return errors
}

/** {field: message} from an ApiError's field errors. */
function serverErrors(err) {
  const errors = {}
  ;((err && err.errors) || []).forEach(e => {
    if (e.field && !errors[e.field]) errors[e.field] = e.message
  })
  return errors
}

module.exports = { KINDS, trim, buildingErrors, roomErrors, assetErrors, serverErrors }
