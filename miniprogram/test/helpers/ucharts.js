// uCharts ships as an ES module (`export default`), which DevTools' 构建 npm compiles and jest's
// CommonJS runtime cannot load: this loads the same file with that one line read as module.exports.
const fs = require('fs')
const path = require('path')

const file = path.resolve(__dirname, '../../node_modules/@qiun/ucharts/u-charts.js')
const source = fs.readFileSync(file, 'utf8').replace(/export default uCharts;\s*$/, 'module.exports = uCharts;')
const loaded = { exports: {} }
// eslint-disable-next-line no-new-func
new Function('module', 'exports', source)(loaded, loaded.exports)

module.exports = loaded.exports
