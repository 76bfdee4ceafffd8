// Builds miniprogram_npm/ from node_modules/ the way WeChat DevTools' 工具 → 构建 npm does, with the
// official tool (miniprogram-ci's packNpm, which runs offline). The result is committed, so the folder
// opens and runs in DevTools as cloned; `npm test` runs this first and project.test.js checks the
// committed copy is what the locked version builds.
//
// packNpm wants a project with an upload key although packing never uploads: a throwaway key made
// here stands in for it.
const crypto = require('crypto')
const fs = require('fs')
const os = require('os')
const path = require('path')
const ci = require('miniprogram-ci')

const ROOT = path.resolve(__dirname, '..')

async function main() {
  const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'packnpm-'))
  const keyPath = path.join(keyDir, 'private.key')
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
  fs.writeFileSync(keyPath, privateKey.export({ type: 'pkcs1', format: 'pem' }))
  try {
    const project = new ci.Project({
      appid: JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8')).appid,
      type: 'miniProgram',
      projectPath: ROOT,
      privateKeyPath: keyPath,
      ignores: ['node_modules/**/*', 'test/**/*', 'scripts/**/*']
    })
    const warnings = await ci.packNpm(project, { reporter: () => {} })
    if (warnings && warnings.length) console.warn(warnings.map(w => w.msg || JSON.stringify(w)).join('\n'))
  } finally {
    fs.rmSync(keyDir, { recursive: true, force: true })
  }
}

main().catch(err => {
  console.error(err)
  process.exit(1)
})
