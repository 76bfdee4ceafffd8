// Starts the back end from the built jar on a free port with a fresh in-memory database, runs the
// contract test against it, and stops it: `mvn verify` calls this after packaging the jar.
const { spawn, spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..', '..', '..');
const jar = fs.readdirSync(path.join(root, 'target'))
  .filter((name) => /^campus-repair-.*\.jar$/.test(name) && !name.endsWith('-plain.jar'))
  .map((name) => path.join(root, 'target', name))[0];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitUntilUp(baseUrl, backend, deadlineMs) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (backend.exitCode !== null) throw new Error(`back end exited with ${backend.exitCode}`);
    try {
      const answer = await fetch(`${baseUrl}/api/categories`);
      if (answer.ok) return;
    } catch (notYet) {
      // still starting
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`back end not up within ${deadlineMs} ms`);
}

async function main() {
  if (!jar) throw new Error('no campus-repair jar in target/: run `mvn package` first');
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'repair-contract-'));
  // The back end's first admin gets this password (it has no built-in one).
  const adminPassword = `contract-${crypto.randomBytes(12).toString('hex')}`;
  const backend = spawn('java', [
    '-jar', jar,
    `--server.port=${port}`,
    '--spring.datasource.url=jdbc:h2:mem:contract;DB_CLOSE_DELAY=-1',
    `--repair.attachments.directory=${path.join(workDir, 'attachments')}`,
  ], {
    cwd: workDir,
    env: { ...process.env, REPAIR_ADMIN_PASSWORD: adminPassword },
    stdio: ['ignore', fs.openSync(path.join(workDir, 'backend.log'), 'w'), 'inherit'],
  });
  let status = 1;
  try {
    await waitUntilUp(baseUrl, backend, 120000);
    const jest = spawnSync('npx', ['jest', '--selectProjects', 'contract', '--runInBand'], {
      cwd: path.join(root, 'miniprogram'),
      env: { ...process.env, REPAIR_BASE_URL: baseUrl, REPAIR_ADMIN_PASSWORD: adminPassword },
      stdio: 'inherit',
    });
    status = jest.status;
  } catch (e) {
    console.error(e.message);
    console.error(fs.readFileSync(path.join(workDir, 'backend.log'), 'utf8').split('\n').slice(-40).join('\n'));
  } finally {
    backend.kill('SIGTERM');
  }
  process.exit(status);
}

main();
