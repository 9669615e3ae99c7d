// Issue 8's benchmark: the Waymark page against a bare Dear ImGui page (bench/bare), both built
// with the same compiler from the same ImGui sources, served by the same server and measured in
// the same headless Chromium, interleaved, so their ratio holds on a noisy machine.
//   node bench/run.mjs [--runs N] [--app DIR]   (bench/run.sh builds both pages first)
// --app measures another build of the site (e.g. a candidate fix) against the same baseline.
// Prints a table and one JSON line. Exit code: 0 every budget met, 1 a budget broken,
// 2 the measurement itself failed (a page did not draw, logged an error, or a file is missing).
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
const RUNS = Number(option('--runs', 7));
const DPR = 2;                                   // the budget on the canvas is stated at dpr 2
const VIEWPORT = { width: 1280, height: 800 };   // CSS pixels, as in the browser tests
const SETTLE_MS = 1500;  // after the first draw, before idling counts: the app's last frames and its first save
const IDLE_MS = 3000;
const LOAD_TIMEOUT_MS = 30000;
const BUDGET = { ratio: 1.3, totalGzipBytes: 700 * 1000, idlePerS: 0, canvasScale: DPR };

// Runs in the page before its own scripts. Records, on the page's clock (ms since navigation
// started): the first WebGL2 draw call, when the glue asked to instantiate the module and when
// that resolved; and counts draw calls and animation-frame callbacks. The same for both pages.
function instrument() {
  const m = window.__bench = { draws: 0, frames: 0, firstDraw: null, wasmCalled: null, wasmReady: null };
  m.firstDrawn = new Promise((resolve) => { m.resolveFirstDraw = resolve; });
  for (const name of ['drawElements', 'drawArrays']) {
    const original = WebGL2RenderingContext.prototype[name];
    WebGL2RenderingContext.prototype[name] = function (...args) {
      m.draws++;
      if (m.firstDraw === null) { m.firstDraw = performance.now(); m.resolveFirstDraw(m.firstDraw); }
      return original.apply(this, args);
    };
  }
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((t) => { m.frames++; callback(t); });
  // Emscripten 3.1.6 uses instantiateStreaming and falls back to instantiate: the first call
  // marks the glue running, the first to resolve the module compiled and instantiated.
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      m.wasmCalled ??= performance.now();
      return original.apply(this, args).then((result) => { m.wasmReady ??= performance.now(); return result; });
    };
  }
}

// To 0.1: the page's clock is coarsened to 0.1 ms anyway, and it keeps the JSON line readable.
const round1 = (v) => Math.round(v * 10) / 10;
const counts = (page) => page.evaluate(() => ({ draws: window.__bench.draws, frames: window.__bench.frames, t: performance.now() }));

// One first visit in a fresh context (empty cache, empty IndexedDB).
async function visit(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: DPR });
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(instrument);
    await page.goto(url, { timeout: LOAD_TIMEOUT_MS });
    const firstDraw = await page.evaluate((ms) => Promise.race([window.__bench.firstDrawn,
      new Promise((resolve) => setTimeout(() => resolve(null), ms))]), LOAD_TIMEOUT_MS);
    if (firstDraw === null) return { error: `no WebGL2 draw call within ${LOAD_TIMEOUT_MS} ms`, errors };

    await page.waitForTimeout(SETTLE_MS);
    const before = await counts(page);
    await page.waitForTimeout(IDLE_MS);
    const after = await counts(page);
    const seconds = (after.t - before.t) / 1000;

    return { errors, ...await page.evaluate(() => {
      const canvas = [...document.querySelectorAll('canvas')]
        .sort((a, b) => b.clientWidth * b.clientHeight - a.clientWidth * a.clientHeight)[0];
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
      return {
        firstDrawMs: window.__bench.firstDraw,
        wasmCalledMs: window.__bench.wasmCalled,
        wasmReadyMs: window.__bench.wasmReady,
        canvas: { width: canvas.width, height: canvas.height, cssWidth: canvas.clientWidth, cssHeight: canvas.clientHeight },
        resources: entries.map((e) => ({ url: e.name, responseEnd: e.responseEnd, served: e.encodedBodySize })),
      };
    }),
    idleDrawsPerS: round1((after.draws - before.draws) / seconds),
    idleFramesPerS: round1((after.frames - before.frames) / seconds) };
  } catch (e) {
    return { error: String(e).split('\n')[0], errors };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const s = values.filter((v) => v !== null).sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return round1(s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2);
};

// Sizes of the files behind the URLs a page loaded: raw, gzip -9 (the budget), and what the
// browser received (encodedBodySize: the served .gz copy where the site has one).
function fileSizes(page, resources) {
  const files = resources.map(({ url, served }) => {
    let path = decodeURIComponent(new URL(url).pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(page.dir, path);
    if (!existsSync(file)) throw new Error(`${page.name} loaded ${url}, which is no file in ${page.dir}`);
    const gzip = execFileSync('gzip', ['-9', '-n', '-c', file], { maxBuffer: 1 << 28 }).length;
    return { file: path.slice(1), raw: statSync(file).size, gzip, served };
  });
  // The page first, then by name: the order of performance entries varies from run to run.
  return files.sort((a, b) => (a.file === 'index.html' ? -1 : b.file === 'index.html' ? 1 : a.file.localeCompare(b.file)));
}

// ---- measure ------------------------------------------------------------------------------
for (const page of PAGES) {
  if (!existsSync(join(page.dir, 'index.html'))) {
    console.error(`bench: ${join(page.dir, 'index.html')} is missing; run bash bench/run.sh, which builds it`);
    process.exit(2);
  }
}
const servers = [];
for (const page of PAGES) {
  const server = await serveDirectory(page.dir);
  servers.push(server);
  page.url = `http://127.0.0.1:${server.address().port}/`;
  page.runs = [];
}
const browser = await launchBrowser();
const chromiumVersion = browser.version();
const problems = [];
try {
  // One visit to each page that is not counted: the first page a fresh browser shows also pays
  // for starting its GPU process and SwiftShader, which would favour whichever page goes second.
  for (const page of PAGES) await visit(browser, page.url);
  for (let run = 0; run < RUNS; run++) {
    // Alternate which page goes first, so neither always gets the warmer machine.
    const order = run % 2 ? [...PAGES].reverse() : PAGES;
    for (const page of order) {
      const result = await visit(browser, page.url);
      page.runs.push(result);
      if (result.error) problems.push(`${page.name}, run ${run + 1}: ${result.error}`);
      for (const e of result.errors) problems.push(`${page.name}, run ${run + 1}, console: ${e.slice(0, 200)}`);
      process.stderr.write(`run ${run + 1}/${RUNS} ${page.name}: ${result.error ||
        `first draw ${Math.round(result.firstDrawMs)} ms, idle ${result.idleFramesPerS.toFixed(1)} frames/s`}\n`);
    }
  }
} finally {
  await browser.close();
  for (const server of servers) server.close();
}

// ---- summarise ----------------------------------------------------------------------------
const timeOf = (resources, ending) => resources.find((r) => new URL(r.url).pathname.endsWith(ending))?.responseEnd ?? null;
const summary = {};
for (const page of PAGES) {
  const ok = page.runs.filter((r) => !r.error);
  const files = ok.length ? fileSizes(page, ok[0].resources) : [];
  summary[page.name] = {
    runs: page.runs.length, ok: ok.length,
    firstDrawMs: median(ok.map((r) => r.firstDrawMs)),
    firstDrawMsPerRun: page.runs.map((r) => (r.error ? null : Math.round(r.firstDrawMs))),
    wasmFetchedMs: median(ok.map((r) => timeOf(r.resources, '.wasm'))),
    wasmCalledMs: median(ok.map((r) => r.wasmCalledMs)),
    wasmReadyMs: median(ok.map((r) => r.wasmReadyMs)),
    afterWasmMs: median(ok.map((r) => (r.wasmReadyMs === null ? null : r.firstDrawMs - r.wasmReadyMs))),
    idleDrawsPerS: median(ok.map((r) => r.idleDrawsPerS)),
    idleFramesPerS: median(ok.map((r) => r.idleFramesPerS)),
    idleDrawsPerSMax: Math.max(...ok.map((r) => r.idleDrawsPerS)),
    idleFramesPerSMax: Math.max(...ok.map((r) => r.idleFramesPerS)),
    canvas: ok.length ? ok[ok.length - 1].canvas : null,
    canvasAlways2x: ok.length > 0 && ok.every(({ canvas: c }) =>
      c.width === BUDGET.canvasScale * c.cssWidth && c.height === BUDGET.canvasScale * c.cssHeight),
    files,
    totalRaw: files.reduce((n, f) => n + f.raw, 0),
    totalGzip: files.reduce((n, f) => n + f.gzip, 0),
  };
}
const { app, bare } = summary;
const ratio = app.firstDrawMs && bare.firstDrawMs ? Math.round((app.firstDrawMs / bare.firstDrawMs) * 1000) / 1000 : null;
const budgets = {
  ratio: ratio !== null && ratio <= BUDGET.ratio,
  totalGzip: app.ok > 0 && app.totalGzip <= BUDGET.totalGzipBytes,
  idle: app.ok > 0 && app.idleDrawsPerSMax <= BUDGET.idlePerS && app.idleFramesPerSMax <= BUDGET.idlePerS,
  canvas: app.canvasAlways2x,
};

// ---- report -------------------------------------------------------------------------------
const ms = (v) => (v === null ? '-' : `${Math.round(v)}`);
const perS = (v) => (v === null ? '-' : v.toFixed(1));
const bytes = (v) => (v === undefined || v === null ? '-' : v.toLocaleString('en-US'));
const kb = (v) => `${(v / 1000).toFixed(1)} KB`;
const verdict = (ok) => (ok ? 'ok' : 'BROKEN');
const size = (c) => (c ? `${c.width}x${c.height}` : '-');
const row = (cells, widths) => cells.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');

const w = [34, 11, 11, 9, 22, 7];
const lines = [
  `Waymark startup benchmark: Chromium ${chromiumVersion} headless (SwiftShader WebGL2), ${VIEWPORT.width}x${VIEWPORT.height} CSS px at devicePixelRatio ${DPR}`,
  `medians of ${RUNS} interleaved first visits per page (fresh context each); times in ms since navigation start`,
  '',
  row(['', 'app', 'bare', 'app/bare', 'budget', ''], w),
  row(['first WebGL draw call (ms)', ms(app.firstDrawMs), ms(bare.firstDrawMs), ratio === null ? '-' : ratio.toFixed(2), `ratio <= ${BUDGET.ratio}`, verdict(budgets.ratio)], w),
  row(['  .wasm fetched (ms)', ms(app.wasmFetchedMs), ms(bare.wasmFetchedMs), '', '', ''], w),
  row(['  glue asks to instantiate (ms)', ms(app.wasmCalledMs), ms(bare.wasmCalledMs), '', '', ''], w),
  row(['  .wasm compiled+instantiated (ms)', ms(app.wasmReadyMs), ms(bare.wasmReadyMs), '', '', ''], w),
  row(['  instantiated -> first draw (ms)', ms(app.afterWasmMs), ms(bare.afterWasmMs), '', '', ''], w),
  row(['idle WebGL draw calls per s', perS(app.idleDrawsPerS), perS(bare.idleDrawsPerS), '', 'app: 0 in every run', verdict(budgets.idle)], w),
  row(['idle animation frames per s', perS(app.idleFramesPerS), perS(bare.idleFramesPerS), '', 'app: 0 in every run', ''], w),
  row([`canvas backing store at dpr ${DPR}`, size(app.canvas), size(bare.canvas), '', `app: ${BUDGET.canvasScale}x CSS size`, verdict(budgets.canvas)], w),
  '',
  `first draw per run (ms): app ${app.firstDrawMsPerRun.join(' ')}; bare ${bare.firstDrawMsPerRun.join(' ')}`,
  '',
];
const fw = [28, 10, 10, 10];
for (const page of PAGES) {
  const s = summary[page.name];
  lines.push(row([`${page.name}: files of a first visit`, 'raw', 'gzip -9', 'served'], fw));
  for (const f of s.files) lines.push(row([`  ${f.file}`, bytes(f.raw), bytes(f.gzip), bytes(f.served)], fw));
  const budget = page.name === 'app' ? `   budget gzip <= ${kb(BUDGET.totalGzipBytes)}: ${verdict(budgets.totalGzip)}` : '';
  lines.push(row(['  total', bytes(s.totalRaw), bytes(s.totalGzip), ''], fw) + `   (${kb(s.totalRaw)} raw, ${kb(s.totalGzip)} gzip)${budget}`);
  lines.push('');
}
const pass = Object.values(budgets).every(Boolean);
lines.push(problems.length ? `measurement problems:\n  ${problems.join('\n  ')}`
  : pass ? 'all budgets met' : `budgets broken: ${Object.keys(budgets).filter((k) => !budgets[k]).join(', ')}`);
console.log(lines.join('\n'));
console.log(JSON.stringify({ bench: 'waymark-startup', chromium: chromiumVersion, dpr: DPR, viewport: VIEWPORT, runs: RUNS,
  ratio, budget: BUDGET, budgets, pass, problems, app, bare }));
process.exit(problems.length ? 2 : pass ? 0 : 1);
