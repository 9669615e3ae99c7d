// Issue 12's frame benchmark: the main-thread time of a frame of the Waymark page against the bare
// Dear ImGui page (bench/bare), measured side by side in the same headless Chromium, interleaved.
// Each round opens each page in a fresh context, waits until it has started (the app: idle after
// its first frames), then hovers and scrolls for a number of frames and times every
// requestAnimationFrame callback (the whole ImGui frame: NewFrame .. Render .. WebGL calls). It
// also counts synchronous WebGL queries in those frames: each waits for the GPU process.
//   node bench/frame.mjs [--rounds 5] [--frames 120] [--dpr 1] [--app DIR] [--plan FILE.json]
// (build both pages first: bash scripts/build-web.sh && bash bench/bare/build.sh)
// Prints a table and one JSON line. Exit code: 0 budgets met, 1 a budget broken, 2 the
// measurement failed (a page did not start or logged an error).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDirectory } from '../scripts/serve.mjs';
import { launchBrowser } from '../tests/e2e/harness.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const repo = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const PAGES = [
  { name: 'app', dir: resolve(option('--app', repo('build-web/site'))) },
  { name: 'bare', dir: repo('build-bench/bare/site') },
];
const ROUNDS = Number(option('--rounds', 5));
const FRAMES = Number(option('--frames', 120));   // input events per round: half mouse moves, half wheel steps
const DPR = Number(option('--dpr', 1));
const VIEWPORT = { width: 1280, height: 800 };
const PLAN = option('--plan', '');
const START_TIMEOUT_MS = 30000;
// The app's median frame at most half the bare page's; not one synchronous query in its frames.
const BUDGET = { medianRatio: 0.5, appQueries: 0 };
const QUERIES = ['getParameter', 'getError', 'isEnabled', 'readPixels', 'getShaderParameter', 'getProgramParameter',
  'getUniformLocation', 'getAttribLocation', 'getVertexAttrib', 'getBufferParameter', 'getTexParameter',
  'checkFramebufferStatus'];

// Runs in the page before its own scripts: times each animation-frame callback, counts queries
// and draw calls. The same on both pages.
function instrument(queries) {
  const m = window.__frameBench = { frameMs: [], queries: 0, draws: 0 };
  const proto = WebGL2RenderingContext.prototype;
  for (const name of queries) {
    const original = proto[name];
    proto[name] = function (...args) { m.queries++; return original.apply(this, args); };
  }
  for (const name of ['drawElements', 'drawArrays']) {
    const original = proto[name];
    proto[name] = function (...args) { m.draws++; return original.apply(this, args); };
  }
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((t) => {
    const start = performance.now();
    callback(t);
    m.frameMs.push(performance.now() - start);
  });
}

// The app says when it has started and settled; the bare page draws from its first frame on.
async function started(page) {
  await page.waitForFunction(() => window.__frameBench.draws > 0, null, { timeout: START_TIMEOUT_MS });
  const isApp = await page.evaluate(() => Boolean(window.waymark));
  if (!isApp) return page.waitForTimeout(500);
  await page.evaluate(() => window.waymark.ready);
  if (PLAN) {
    const result = await page.evaluate((text) => window.waymark.importPlan(text), readFileSync(PLAN, 'utf8'));
    if (!result.ok) throw new Error(`the app refused the plan ${PLAN}: ${result.error}`);
  }
  await page.evaluate(() => window.waymark.whenIdle());
}

async function measure(browser, url) {
  const ctx = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: DPR });
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(instrument, QUERIES);
  await page.goto(url);
  await started(page);
  await page.evaluate(() => { Object.assign(window.__frameBench, { frameMs: [], queries: 0, draws: 0 }); });
  for (let i = 0; i < FRAMES; i++) {
    if (i % 2) await page.mouse.wheel(0, i % 40 < 20 ? 120 : -120);
    else await page.mouse.move(VIEWPORT.width / 2 + (i % 40), VIEWPORT.height / 2 + (i % 30));
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => ({ ...window.__frameBench, isApp: Boolean(window.waymark) }));
  await ctx.close();
  // The bare page's wheel listener (ImGui's GLFW backend, on the document) logs Chromium's
  // passive-listener error at every step; the app reads the wheel on the canvas instead.
  const problems = result.isApp ? errors : errors.filter((e) => !e.includes('passive event listener'));
  if (problems.length) throw new Error(`${url} logged errors: ${problems.slice(0, 3).join(' | ')}`);
  if (result.frameMs.length === 0) throw new Error(`${url} drew no frame while driven`);
  return result;
}

const quantile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const round2 = (v) => Math.round(v * 100) / 100;

function summary(results) {
  const ms = results.flatMap((r) => r.frameMs).sort((a, b) => a - b);
  const roundMedians = results.map((r) => round2(quantile([...r.frameMs].sort((a, b) => a - b), 0.5)));
  return { frames: ms.length, medianMs: round2(quantile(ms, 0.5)), p95Ms: round2(quantile(ms, 0.95)),
    roundMedians, queries: results.reduce((n, r) => n + r.queries, 0), draws: results.reduce((n, r) => n + r.draws, 0) };
}

const servers = await Promise.all(PAGES.map((p) => serveDirectory(p.dir)));
const browser = await launchBrowser();
const results = { app: [], bare: [] };
let failure = null;
try {
  const urls = PAGES.map((p, i) => [p.name, `http://127.0.0.1:${servers[i].address().port}/`]);
  await measure(browser, urls[1][1]);  // the first page of a fresh browser also starts its GPU process: discarded
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, url] of round % 2 ? [...urls].reverse() : urls) {
      const r = await measure(browser, url);
      results[name].push(r);
      console.log(`round ${round + 1}/${ROUNDS} ${name}: ${r.frameMs.length} frames, median ${
        round2(quantile([...r.frameMs].sort((a, b) => a - b), 0.5))} ms, ${r.queries} synchronous queries`);
    }
  }
} catch (e) {
  failure = e;
} finally {
  await browser.close();
  servers.forEach((s) => s.close());
}
if (failure) {
  console.error(`measurement failed: ${failure.message}`);
  process.exit(2);
}

const app = summary(results.app), bare = summary(results.bare);
const ratio = round2(app.medianMs / bare.medianMs);
const budgets = { medianRatio: ratio <= BUDGET.medianRatio, appQueries: app.queries <= BUDGET.appQueries };
const pad = (v, n = 12) => String(v).padStart(n);
console.log(`\nWaymark frame benchmark: headless Chromium (SwiftShader WebGL2), ${VIEWPORT.width}x${VIEWPORT.height} CSS px at devicePixelRatio ${DPR}${PLAN ? `, plan ${PLAN}` : ''}`);
console.log(`${ROUNDS} interleaved rounds of ${FRAMES} inputs per page; main-thread ms per requestAnimationFrame callback\n`);
console.log(`${''.padEnd(34)}${pad('app')}${pad('bare')}${pad('app/bare')}   budget`);
console.log(`${'frame median (ms)'.padEnd(34)}${pad(app.medianMs)}${pad(bare.medianMs)}${pad(ratio)}   <= ${BUDGET.medianRatio}  ${budgets.medianRatio ? 'ok' : 'BROKEN'}`);
console.log(`${'frame p95 (ms)'.padEnd(34)}${pad(app.p95Ms)}${pad(bare.p95Ms)}${pad(round2(app.p95Ms / bare.p95Ms))}`);
console.log(`${'frames timed'.padEnd(34)}${pad(app.frames)}${pad(bare.frames)}`);
console.log(`${'synchronous WebGL queries'.padEnd(34)}${pad(app.queries)}${pad(bare.queries)}${pad('')}   app: 0  ${budgets.appQueries ? 'ok' : 'BROKEN'}`);
console.log(`median per round (ms): app ${app.roundMedians.join(' ')}; bare ${bare.roundMedians.join(' ')}`);
const pass = budgets.medianRatio && budgets.appQueries;
console.log(pass ? '\nall budgets met' : '\nbudget broken');
console.log(JSON.stringify({ bench: 'waymark-frame', dpr: DPR, viewport: VIEWPORT, rounds: ROUNDS, inputs: FRAMES,
  plan: PLAN || null, ratio, budget: BUDGET, budgets, pass, app, bare }));
process.exit(pass ? 0 : 1);
