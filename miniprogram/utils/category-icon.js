// A repair category's icon: a TDesign icon (<t-icon name>), named by the category's `icon` field
// (GET /api/categories, docs/office.md#categories). Admins pick one of ICONS in 类别管理; categories
// made before that hold an emoji, shown as the TDesign icon nearest to it; anything else, or nothing,
// shows the wrench.

/** The icons an admin can give a category, each with the kind of repair it suggests. */
const ICONS = [
  { name: 'lightbulb', label: '水电' },
  { name: 'window', label: '门窗' },
  { name: 'home', label: '家具' },
  { name: 'snowflake', label: '空调' },
  { name: 'wifi', label: '网络' },
  { name: 'desktop', label: '电脑' },
  { name: 'lock-on', label: '门锁' },
  { name: 'delete', label: '保洁' },
  { name: 'building', label: '楼宇' },
  { name: 'print', label: '打印' },
  { name: 'tools', label: '其他' }
]

const DEFAULT_ICON = 'tools'

// The emoji the first category lists used (application.yaml before TDesign) and their neighbours.
const EMOJI = {
  '💧': 'lightbulb', '🚰': 'lightbulb', '💡': 'lightbulb', '⚡': 'lightbulb', '🔌': 'lightbulb',
  '🚪': 'window', '🪟': 'window',
  '🪑': 'home', '🛏': 'home', '🛋': 'home', '🏠': 'home',
  '❄': 'snowflake', '🌡': 'snowflake',
  '🌐': 'wifi', '📶': 'wifi',
  '💻': 'desktop', '🖥': 'desktop',
  '🔒': 'lock-on', '🔑': 'lock-on',
  '🧹': 'delete', '🗑': 'delete',
  '🏢': 'building', '🏫': 'building',
  '🖨': 'print',
  '🔧': 'tools', '🛠': 'tools', '🔨': 'tools'
}

const NAMES = new Set(ICONS.map(icon => icon.name))

/** The TDesign icon for a category's `icon` field. */
function iconOf(icon) {
  const value = String(icon || '').trim()
  if (NAMES.has(value)) return value
  // '❄️' is '❄' followed by the emoji variation selector.
  return EMOJI[value.replace(/\uFE0F/g, '')] || DEFAULT_ICON
}

/** The categories with `iconName`, the TDesign icon each shows. */
function withIcons(categories) {
  return categories.map(category => Object.assign({}, category, { iconName: iconOf(category.icon) }))
}

module.exports = { ICONS, DEFAULT_ICON, iconOf, withIcons }
