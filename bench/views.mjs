// Issue 12's scale benchmark in the browser: the main-thread time of a frame in every view of
// bench/views.json, with the sample plan and with the big plan (bench/big_plan.cpp), side by side.
// The real build is served on 127.0.0.1 and opened in headless Chromium (the flags of
// tests/e2e/harness.mjs). Each round opens the app once per plan in a fresh context (which plan
// goes first alternates); the big plan is imported through window.waymark.importPlan. For each
// view it clicks the view's `view:<name>` item (a name the build lacks is skipped, with a line
// saying so), waits until the page is idle, then sends mouse moves and wheel steps 16 ms apart
// and times every requestAnimationFrame callback, as bench/frame.mjs does.
//   node bench/views.mjs --plan FILE [--rounds 3] [--frames 120] [--port 8773] [--app DIR]
// (bench/views.sh builds everything and makes the plan first.)
// Prints a table and one JSON line. Exit code 0 when every measured view's big p95 is at most
// 1.5 times its sample p95, 1 when one is not, 2 when the measurement failed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDirectory } from '../scripts/serve.mjs';
import { launchBrowser } from '../tests/e2e/harness.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const repo = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const APP_DIR = resolve(option('--app', repo('build-web/site')));
const PLAN = option('--plan', '');
const ROUNDS = Number(option('--rounds', 3));
const FRAMES = Number(option('--frames', 120));
const PORT = Number(option('--port', 8773));
const VIEWPORT = { width: 1280, height: 800 };
const BUDGET_RATIO = 1.5;  // big p95 / sample p95, in every view
const START_TIMEOUT_MS = 120000;
const VIEWS = JSON.parse(readFileSync(repo('bench/views.json'), 'utf8')).views;
if (!PLAN) {
  console.error('bench/views.mjs: --plan FILE is required (bench/views.sh makes it with waymark_big_plan)');
  process.exit(2);
}
const bigPlan = readFileSync(PLAN, 'utf8');

function instrument() {
  const m = window.__viewBench = { frameMs: [] };
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((t) => {
    const start = performance.now();
    callback(t);
    m.frameMs.push(performance.now() - start);
  });
}

const itemRect = (page, name) => page.evaluate((n) => window.waymark.itemRect(n), name);
const idle = (page) => page.evaluate(() => window.waymark.whenIdle().then(() => true));

// One visit with one plan: every view of the table, each scrolled and timed.
async function visit(browser, url, plan) {
  const ctx = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(instrument);
  await page.goto(url);
  await page.waitForFunction(() => window.waymark && window.__viewBench, null, { timeout: START_TIMEOUT_MS });
  await page.evaluate(() => window.waymark.ready);
  const timings = {};
  if (plan === 'big') {
    const t = await page.evaluate((text) => {
      const start = performance.now();
      const result = window.waymark.importPlan(text);
      return { ...result, ms: performance.now() - start };
    }, bigPlan);
    if (!t.ok) throw new Error(`the app refused the big plan: ${t.error}`);
    timings.importMs = t.ms;
  }
  const settle = Date.now();
  await idle(page);
  timings.settleMs = Date.now() - settle;  // frames after the change and the first save
  const present = {};
  for (const view of VIEWS) present[view] = Boolean(await itemRect(page, `view:${view}`));
  const anySwitcher = Object.values(present).some(Boolean);
  const results = {};
  for (const view of VIEWS) {
    if (present[view]) {
      const r = await itemRect(page, `view:${view}`);
      await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
      await idle(page);
    } else if (anySwitcher || view !== VIEWS[0]) {
      results[view] = { skipped: `skipped: this build has no view:${view} item` };
      continue;
    }
    await page.evaluate(() => { window.__viewBench.frameMs = []; });
    for (let i = 0; i < FRAMES; i++) {
      if (i % 2) await page.mouse.wheel(0, i % 40 < 20 ? 120 : -120);
      else await page.mouse.move(VIEWPORT.width / 2 + (i % 40), VIEWPORT.height / 2 + (i % 30));
      await page.waitForTimeout(16);
    }
    await idle(page);
    const frameMs = await page.evaluate(() => window.__viewBench.frameMs);
    if (!frameMs.length) throw new Error(`${view} with the ${plan} plan drew no frame while driven`);
    results[view] = { frameMs, note: present[view] ? '' : `no view switcher in this build: the start screen measured as ${view}` };
  }
  await ctx.close();
  if (errors.length) throw new Error(`the ${plan} plan's visit logged errors: ${errors.slice(0, 3).join(' | ')}`);
  return { results, timings };
}

const quantile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const round2 = (v) => Math.round(v * 100) / 100;
const stats = (runs) => {
  const ms = runs.flat().sort((a, b) => a - b);
  return { frames: ms.length, medianMs: round2(quantile(ms, 0.5)), p95Ms: round2(quantile(ms, 0.95)) };
};

const server = await serveDirectory(APP_DIR, { port: PORT });
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchBrowser();
const collected = { sample: {}, big: {} };
const outside = { sample: [], big: [] };
const notes = {};
let failure = null;
try {
  await visit(browser, url, 'sample');  // a fresh browser's first page also starts its GPU process: discarded
  for (let round = 0; round < ROUNDS; round++) {
    for (const plan of round % 2 ? ['big', 'sample'] : ['sample', 'big']) {
      const { results, timings } = await visit(browser, url, plan);
      outside[plan].push(timings);
      for (const [view, r] of Object.entries(results)) {
        if (r.skipped) { notes[view] = r.skipped; continue; }
        if (r.note) notes[view] = r.note;
        (collected[plan][view] ??= []).push(r.frameMs);
      }
      console.log(`round ${round + 1}/${ROUNDS} ${plan}: ${Object.entries(results).map(([v, r]) =>
        (r.skipped ? `${v} skipped` : `${v} median ${round2(quantile([...r.frameMs].sort((a, b) => a - b), 0.5))} ms`)).join(', ')}`);
    }
  }
} catch (e) {
  failure = e;
} finally {
  await browser.close();
  server.close();
}
if (failure) {
  console.error(`measurement failed: ${failure.message}`);
  process.exit(2);
}

const pad = (v, n = 11) => String(v).padStart(n);
console.log(`\nWaymark view benchmark: headless Chromium (SwiftShader WebGL2), ${VIEWPORT.width}x${VIEWPORT.height} at devicePixelRatio 1, plan ${PLAN}`);
console.log(`${ROUNDS} rounds per plan, ${FRAMES} inputs per view; main-thread ms per requestAnimationFrame callback\n`);
console.log(`${'view'.padEnd(10)}${pad('sample med')}${pad('sample p95')}${pad('big med')}${pad('big p95')}${pad('p95 ratio')}   budget: ratio <= ${BUDGET_RATIO}`);
const views = [];
let pass = true;
for (const view of VIEWS) {
  if (!collected.big[view] || !collected.sample[view]) {
    console.log(`${view.padEnd(10)}${notes[view] ?? 'not measured'}`);
    views.push({ view, skipped: notes[view] ?? 'not measured' });
    continue;
  }
  const s = stats(collected.sample[view]), b = stats(collected.big[view]);
  const ratio = round2(b.p95Ms / s.p95Ms);
  const ok = ratio <= BUDGET_RATIO;
  pass = pass && ok;
  console.log(`${view.padEnd(10)}${pad(s.medianMs)}${pad(s.p95Ms)}${pad(b.medianMs)}${pad(b.p95Ms)}${pad(ratio)}   ${ok ? 'ok' : 'BROKEN'}`);
  if (notes[view]) console.log(`${''.padEnd(10)}(${notes[view]})`);
  views.push({ view, sample: s, big: b, ratio, ok });
}
const med = (values) => round2(values.sort((a, b) => a - b)[values.length >> 1]);
const importMs = med(outside.big.map((t) => t.importMs));
console.log(`\nbig plan: importPlan ${importMs} ms (median), then ${med(outside.big.map((t) => t.settleMs))} ms until idle (frames after the change, the first save); sample: ${med(outside.sample.map((t) => t.settleMs))} ms until idle`);
console.log(pass ? '\nall budgets met' : '\nbudget broken');
console.log(JSON.stringify({ bench: 'waymark-views', rounds: ROUNDS, frames: FRAMES, viewport: VIEWPORT, plan: PLAN,
  budgetRatio: BUDGET_RATIO, views, importMs, pass }));
process.exit(pass ? 0 : 1);
