// Draws the gallery's HTML pages (test/gallery/render.js) to PNG with headless Chromium:
//   node test/gallery/shoot.js <folder of name.html> <folder for name.png>
// A plain Node process of its own, because Puppeteer does not run inside jest's jsdom environment.
const fs = require('fs')
const path = require('path')
const puppeteer = require('puppeteer-core')
const { SCREEN } = require('./screen')

async function main(from, to) {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--allow-file-access-from-files', '--font-render-hinting=none']
  })
  try {
    const tab = await browser.newPage()
    await tab.setViewport({ width: SCREEN.width, height: SCREEN.height, deviceScaleFactor: 2 })
    fs.mkdirSync(to, { recursive: true })
    for (const file of fs.readdirSync(from).filter(f => f.endsWith('.html')).sort()) {
      await tab.goto(`file://${path.join(from, file)}`, { waitUntil: 'load' })
      await tab.evaluate(() => document.fonts.ready)
      // A page with charts (render.js) says when uCharts has drawn them, or why it could not.
      await tab.waitForFunction(() => window.galleryDrawn !== false, { timeout: 10000 })
      const drawn = await tab.evaluate(() => window.galleryDrawn)
      if (typeof drawn === 'string') throw new Error(`${file}: ${drawn}`)
      await tab.screenshot({ path: path.join(to, file.replace(/\.html$/, '.png')) })
    }
  } finally {
    await browser.close()
  }
}

main(process.argv[2], process.argv[3]).catch(err => {
  console.error(err)
  process.exit(1)
})
