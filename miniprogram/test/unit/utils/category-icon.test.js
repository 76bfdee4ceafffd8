// utils/category-icon.js: a category's `icon` field as the TDesign icon the mini program draws.
const fs = require('fs')
const path = require('path')
const { ICONS, iconOf, withIcons } = require('../../../utils/category-icon')

describe('utils/category-icon.js', () => {
  test('an icon an admin picked is shown as it is', () => {
    ICONS.forEach(({ name }) => expect(iconOf(name)).toBe(name))
  })

  test('the emoji of the first category lists show as the nearest TDesign icon', () => {
    expect(['💧', '🚪', '🪑', '❄️', '❄', '🌐', '🔧'].map(iconOf)).toEqual(['lightbulb', 'window', 'home', 'snowflake', 'snowflake', 'wifi', 'tools'])
  })

  test('nothing, an unknown emoji or a name TDesign does not offer here shows the wrench', () => {
    expect([null, undefined, '', '  ', '🛗', 'elevator', '<b>'].map(iconOf)).toEqual(Array(7).fill('tools'))
  })

  test('every icon offered is in TDesign\'s icon font and fits the server\'s 16 characters', () => {
    const wxss = fs.readFileSync(path.resolve(__dirname, '../../../miniprogram_npm/tdesign-miniprogram/icon/icon.wxss'), 'utf8')
    ICONS.forEach(({ name }) => {
      expect([name, wxss.includes(`.t-icon-${name}:before`)]).toEqual([name, true])
      expect(name.length).toBeLessThanOrEqual(16)
    })
  })

  test('withIcons adds the icon to each category and leaves the list it was given alone', () => {
    const given = [{ code: 'WATER', icon: '💧' }]
    expect(withIcons(given)).toEqual([{ code: 'WATER', icon: '💧', iconName: 'lightbulb' }])
    expect(given[0].iconName).toBeUndefined()
  })
})
