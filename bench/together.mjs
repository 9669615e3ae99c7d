// Plan together's edit-to-other-browser latency (issue 23): the real build served with the sync
// server (scripts/serve.mjs, one process), two headless Chromium contexts in one room. Browser A
// renames a goal (waymark.importPlan: one step of operations, as any edit in the app); browser B,
// polling its own plan, notes when the new title is there. Latency = B's clock at arrival minus
// A's just before the edit (both the same machine's Date.now()). The poll costs up to its period
// (5 ms) on top.
//   node bench/together.mjs [--edits 25] [--app DIR]     (build first: bash scripts/build-web.sh)
// Prints each latency, then one JSON line {edits, median_ms, p95_ms, min_ms, max_ms}.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDirectory } from '../scripts/serve.mjs';
import { launchBrowser, openApp } from '../tests/e2e/harness.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const EDITS = Number(option('--edits', 25));
const SITE = resolve(option('--app', fileURLToPath(new URL('../build-web/site', import.meta.url))));

const dataDir = await mkdtemp(join(tmpdir(), 'waymark-bench-together-'));
const server = await serveDirectory(SITE, { sync: { dataDir } });
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchBrowser();
const person = async (name, link) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((n) => localStorage.setItem('waymark.together.me', JSON.stringify({ name: n, colour: '#2980b9' })), name);
  return openApp(browser, link, { context });
};
try {
  const a = await person('A', url);
  const started = await a.page.evaluate(() => window.waymark.together.start());
  if (!started.ok) throw new Error(started.error);
  const b = await person('B', started.url);
  await b.page.waitForFunction(() => window.waymark.together.state().people === 2);
  const latencies = [];
  for (let i = 0; i < EDITS; i++) {
    const title = `Edit ${i} ${Date.now()}`;
    const file = JSON.parse(await a.page.evaluate(() => window.waymark.exportPlan()));
    file.plan.goals[0].title = title;
    const seen = b.page.evaluate((t) => new Promise((done) => {
      const poll = () => (JSON.parse(window.waymark.exportPlan()).plan.goals[0].title === t ? done(Date.now()) : setTimeout(poll, 5));
      poll();
    }), title);
    const sent = await a.page.evaluate((text) => { const at = Date.now(); window.waymark.importPlan(text); return at; }, JSON.stringify(file));
    const latency = (await seen) - sent;
    latencies.push(latency);
    console.log(`edit ${i + 1}: ${latency} ms`);
    await a.page.evaluate(() => window.waymark.whenIdle());
  }
  latencies.sort((x, y) => x - y);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)];
  console.log(JSON.stringify({ edits: EDITS, median_ms: at(0.5), p95_ms: at(0.95), min_ms: latencies[0], max_ms: latencies.at(-1) }));
} finally {
  await browser.close();
  await new Promise((done) => server.close(done));
  await rm(dataDir, { recursive: true, force: true });
}
