// Small charts on a 2d canvas, drawn by uCharts (@qiun/ucharts, built into miniprogram_npm by
// DevTools' 构建 npm). A page names its canvas and gives uCharts' options; the canvas's size and the
// screen's pixel ratio are read here.
const lib = require('@qiun/ucharts')

const UCharts = lib.default || lib

/**
 * uCharts' options for a canvas of width × height pt on a screen of `ratio`: ours, then the page's.
 * Sizes in points: uCharts multiplies font sizes by `pixelRatio` itself. Self-contained (the page
 * gallery draws the same charts with it in a browser).
 */
function chartOptions(options, width, height, ratio) {
  return Object.assign({
    canvas2d: true,
    width: width * ratio,
    height: height * ratio,
    pixelRatio: ratio,
    animation: true,
    background: '#FFFFFF',
    // The app's theme (app.wxss): WeChat's green first, then its link blue, orange and red.
    color: ['#07c160', '#576b95', '#fa9d3b', '#fa5151', '#10aeff', '#9ed99d'],
    fontSize: 11,
    dataLabel: false
  }, options, {
    legend: Object.assign({ show: true, fontSize: 11 }, options.legend),
    xAxis: Object.assign({ fontSize: 11 }, options.xAxis)
  })
}

/** Draws into <canvas type="2d" id="{{id}}"> of `page`; resolves with the chart (or null without a canvas). */
function draw(page, id, options) {
  return new Promise(resolve => {
    wx.createSelectorQuery().in(page).select('#' + id).fields({ node: true, size: true }).exec(res => {
      const found = res && res[0]
      if (!found || !found.node) return resolve(null)
      const ratio = wx.getWindowInfo ? wx.getWindowInfo().pixelRatio : wx.getSystemInfoSync().pixelRatio
      const canvas = found.node
      canvas.width = found.width * ratio
      canvas.height = found.height * ratio
      const context = canvas.getContext('2d')
      resolve(new UCharts(Object.assign({ context }, chartOptions(options, found.width, found.height, ratio))))
    })
  })
}

module.exports = { draw, chartOptions }
