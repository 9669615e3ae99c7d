// Runs the browser tests with one Chromium and one served site for the whole run, instead of one
// of each per test file: each test still gets a fresh browser context (its own storage, service
// worker and cookies). The addresses reach the test files through the environment; harness.mjs
// connects to them (tests that need a browser or server of their own still start one).
//   node tests/e2e/run.mjs [--concurrency N] [file ...]     (default: every *.test.mjs, N = 2)
// Prints node's spec report; exits with the test runner's status.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { SITE_DIR, browserOptions, startSite } from './harness.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--concurrency');
// Two files at a time: while one waits on the browser the other's node process runs (2 cores).
const concurrency = at >= 0 ? Number(args.splice(at, 2)[1]) : 2;
const files = args.length ? args : readdirSync(HERE).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(HERE, f));

const site = await startSite(SITE_DIR, { own: true });
const browser = await chromium.launchServer(browserOptions());
const stop = async () => { await browser.close().catch(() => {}); site.server.close(); };
let child;
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, async () => { child?.kill(signal); await stop(); process.exit(1); });

// A test that waits forever fails after its timeout instead of holding the run, and a file whose
// tests have ended exits even if something it opened is still listening.
const TEST_TIMEOUT_MS = 5 * 60 * 1000;
child = spawn(process.execPath, ['--test', `--test-concurrency=${concurrency}`, `--test-timeout=${TEST_TIMEOUT_MS}`,
  '--test-force-exit', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  env: { ...process.env, WAYMARK_BROWSER_WS: browser.wsEndpoint(), WAYMARK_SITE_URL: site.url },
});
// And should a file's process hang anyway, the run still ends, failed, and says so.
const RUN_LIMIT_MS = 45 * 60 * 1000;
const watchdog = setTimeout(() => {
  console.error(`browser tests: stopped after ${RUN_LIMIT_MS / 60000} minutes; a test file did not end`);
  child.kill('SIGKILL');
}, RUN_LIMIT_MS);
const status = await new Promise((done) => child.on('exit', (code) => done(code ?? 1)));
clearTimeout(watchdog);
await stop();
process.exit(status);
