// Shared set-up of the browser tests: the real build served on 127.0.0.1, driven in the
// system's headless Chromium through playwright-core. No mocks of the browser or its storage.
//
// A whole run (tests/e2e/run.mjs, which scripts/test.sh calls) starts one Chromium and serves the
// site once, and hands their addresses to every test file through the environment
// (WAYMARK_BROWSER_WS, WAYMARK_SITE_URL): startSite() and launchBrowser() then connect to those
// instead of starting their own, and each test still gets a fresh context. A file run alone
// (`node --test tests/e2e/x.test.mjs`) starts its own, as before.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveDirectory } from '../../scripts/serve.mjs';

export const SITE_DIR = fileURLToPath(new URL('../../build-web/site/', import.meta.url));
export const REPO_DIR = fileURLToPath(new URL('../../', import.meta.url));

// What a run gives every test file (see tests/e2e/run.mjs); unset when a file runs alone.
const SHARED_BROWSER = process.env.WAYMARK_BROWSER_WS || '';
const SHARED_SITE = process.env.WAYMARK_SITE_URL || '';

// Slow checks run only when asked (`scripts/test.sh --slow`, or WAYMARK_SLOW=1): screenshots to
// look at, and the workshop trial in three languages. Every behaviour test runs either way.
export const SLOW = process.env.WAYMARK_SLOW === '1';
export const SHOTS_DIR = join(REPO_DIR, 'build/screenshots');
export const onlyWhenSlow = { skip: SLOW ? false : 'slow: runs with WAYMARK_SLOW=1 (scripts/test.sh --slow)' };

// Saves a screenshot to look at as build/screenshots/<file> when slow checks were asked for.
export async function photo(page, file, options = {}) {
  if (!SLOW) return;
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, file), ...options });
}

// Flags for Chromium as root on a machine without network or GPU (see architecture.md).
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
export const browserOptions = (extraArgs = []) => ({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });

// Serves dir on 127.0.0.1; resolves to {server, url}. The built site is the run's shared one when
// there is one (its server.close() then leaves it to the run); { own: true } asks for a server of
// the test's own, e.g. to stop it while a page is open.
export async function startSite(dir = SITE_DIR, { own = false } = {}) {
  if (SHARED_SITE && !own && resolve(dir) === resolve(SITE_DIR)) {
    const port = Number(new URL(SHARED_SITE).port);
    const server = { close(done) { done?.(); return server; }, address: () => ({ address: '127.0.0.1', family: 'IPv4', port }) };
    return { server, url: SHARED_SITE };
  }
  const server = await serveDirectory(dir);
  // A test that fails before its close() must not leave the file's process waiting on the server
  // (that hung a whole CI run): the server serves while the test runs and never holds it open.
  server.unref();
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

// A browser for the test file: the run's shared one (close() then only disconnects, and clears the
// contexts the file made), or, with extra flags, `own` (a test that measures the browser's own
// processes) or when a file runs alone, a Chromium of its own.
export async function launchBrowser(extraArgs = [], { own = false } = {}) {
  if (!SHARED_BROWSER || extraArgs.length || own) return chromium.launch(browserOptions(extraArgs));
  const browser = await chromium.connect(SHARED_BROWSER);
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.on('page', readableDownloads);
    return context;
  };
  return browser;
}

// Over a connection Playwright refuses download.path() (the file is the browser's). The shared
// browser runs on this machine, so path() saves a copy of the download and answers with that,
// as it does with a browser of the test's own.
let downloadsDir;
function readableDownloads(page) {
  page.on('download', (download) => {
    let saved;
    download.path = () => saved ??= (async () => {
      if (!downloadsDir) {
        downloadsDir = mkdtempSync(join(tmpdir(), 'waymark-downloads-'));
        process.once('exit', () => rmSync(downloadsDir, { recursive: true, force: true }));
      }
      const file = join(mkdtempSync(join(downloadsDir, 'd-')), download.suggestedFilename());
      await download.saveAs(file);
      return file;
    })();
  });
}

// Counts WebGL draw calls and animation-frame callbacks from the page's first script on.
function countDraws() {
  const counts = window.__draws = { draws: 0, frames: 0 };
  const proto = window.WebGL2RenderingContext && WebGL2RenderingContext.prototype;
  if (proto) for (const name of ['drawElements', 'drawArrays']) {
    const original = proto[name];
    proto[name] = function (...args) { counts.draws++; return original.apply(this, args); };
  }
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => { counts.frames++; cb(t); });
}

// Opens the app in a fresh context and waits for its first frame. Returns the page and the
// console errors seen so far (the array keeps filling).
export async function openApp(browser, url, { dpr = 1, width = 1280, height = 800, context } = {}) {
  const ctx = context || await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr });
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(countDraws);
  await page.goto(url);
  await page.evaluate(() => window.waymark.ready);
  return { ctx, page, errors };
}

// Draw calls and animation frames during ms of nobody touching the page: a measurement window,
// to be opened only once the page is idle (settle).
export async function drawsDuring(page, ms) {
  const before = await page.evaluate(() => ({ ...window.__draws }));
  await page.waitForTimeout(ms);
  const after = await page.evaluate(() => ({ ...window.__draws }));
  return { draws: after.draws - before.draws, frames: after.frames - before.frames };
}

// Waits for waymark.whenIdle(): the page has handled all input so far, drawn the result, and
// saved. Fails after timeout ms instead of hanging the test run.
export async function untilIdle(page, timeout = 20000) {
  // The error says what was still going on: frames being drawn, a save, or typing kept as a draft.
  await page.evaluate((ms) => Promise.race([window.waymark.whenIdle(), new Promise((resolve, reject) => {
    const drawsBefore = window.__draws ? window.__draws.frames : 0;
    setTimeout(() => reject(new Error(`the page did not become idle within ${ms} ms (${
      window.__draws ? window.__draws.frames - drawsBefore : '?'} frames meanwhile; saving ${JSON.stringify(window.waymark.saveState())})`)), ms);
  })]), timeout);
}

// Draw calls and animation frames from now, through input(), until the page reports idle. The
// count starts before the input is sent: the page may draw its answer before a later look.
export async function drawsUntilIdle(page, input = async () => {}) {
  const before = await page.evaluate(() => ({ ...window.__draws }));
  await input();
  await untilIdle(page);
  const after = await page.evaluate(() => ({ ...window.__draws }));
  return { draws: after.draws - before.draws, frames: after.frames - before.frames };
}

// Waits for the page to report idle (no frames, no save under way), then for a quiet window of
// quietMs in which it draws nothing and stays idle; starts over if anything woke it meanwhile.
export async function settle(page, { quietMs = 200, timeout = 20000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    await untilIdle(page, Math.max(1, deadline - Date.now()));
    const quiet = await drawsDuring(page, quietMs);
    if (quiet.draws === 0 && quiet.frames === 0 && await page.evaluate(() => window.waymark.idle())) return;
    if (Date.now() > deadline) throw new Error(`the page did not settle within ${timeout} ms (last window: ${JSON.stringify(quiet)})`);
  }
}

export const exportedPlan = (page) => page.evaluate(() => JSON.parse(window.waymark.exportPlan()));

// Waits until the exported plan satisfies check(plan) (a function run in the page), or fails
// after timeout ms. Input reaches ImGui a frame at a time, so a burst of typing takes a moment.
export async function waitForPlan(page, check, arg, timeout = 15000) {
  // Polled from here, not inside the page: the page's Content-Security-Policy allows no eval.
  const deadline = Date.now() + timeout;
  for (;;) {
    const plan = (await exportedPlan(page)).plan;
    if (check(plan, arg)) return;
    if (Date.now() > deadline)
      throw new Error(`the plan never met ${check} (arg ${JSON.stringify(arg)}): objectives ${
        JSON.stringify(plan.objectives.map((o) => o.title))}, ${plan.goals.length} goals`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Scrolls the plan with the mouse wheel, as a user would, until a named UI item is fully in view.
// `near` names an item in the same scrolling area (e.g. a field of the open editor): the wheel
// turns there; without it, in the middle of the window.
export async function scrollToItem(page, name, { near } = {}) {
  // Aim at what the screen shows once the page has handled the input sent so far: an item that
  // is about to be drawn (a panel or a list opening) needs frames, not a scroll, and ImGui takes
  // typed text a key per frame, so a burst of typing is still arriving when keyboard.type returns.
  await untilIdle(page);
  const viewport = page.viewportSize();
  const anchor = near && await page.evaluate((n) => window.waymark.itemRect(n), near);
  if (anchor) await page.mouse.move(anchor.x + anchor.width / 2, anchor.y + anchor.height / 2);
  else await page.mouse.move(viewport.width / 2, viewport.height / 2);
  // Down first; an item not met on the way down is above where the area was scrolled to. A
  // partly shown item is brought in from the side it sticks out of.
  const middle = anchor ? anchor.y + anchor.height / 2 : viewport.height / 2;
  for (let i = 0; i < 60; i++) {
    const rect = await page.evaluate((n) => window.waymark.itemRect(n), name);
    if (rect && rect.height >= 14) return rect;
    const down = rect ? rect.y > middle : i < 20;
    await page.mouse.wheel(0, (down ? 1 : -1) * (rect ? 120 : 400));
    await untilIdle(page);  // the wheel woke the page; wait for it to draw the result
  }
  throw new Error(`UI item "${name}" never came into view`);
}

// Clicks the centre of a UI item the app reports by name (window.waymark.itemRect).
export async function clickItem(page, name, options) {
  const rect = await scrollToItem(page, name, options);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  return rect;
}

// Distinct colours in a screenshot, counted by the browser itself: a blank page has one or two.
export async function distinctColours(page) {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + data;
    await img.decode();
    const c = new OffscreenCanvas(img.width, img.height);
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const px = g.getImageData(0, 0, img.width, img.height).data;
    const seen = new Set();
    for (let i = 0; i < px.length; i += 4 * 7) seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
    return seen.size;
  }, png);
}

// The colours ('#rrggbb') of a screenshot at points given in CSS pixels ({x, y}), read by the
// browser itself.
export async function coloursAt(page, points) {
  const png = (await page.screenshot()).toString('base64');
  const scale = await page.evaluate(() => window.devicePixelRatio);
  return page.evaluate(async ({ data, at, dpr }) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + data;
    await img.decode();
    const c = new OffscreenCanvas(img.width, img.height);
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const hex = (n) => n.toString(16).padStart(2, '0');
    return at.map(({ x, y }) => {
      const [r, gr, b] = g.getImageData(Math.floor(x * dpr), Math.floor(y * dpr), 1, 1).data;
      return `#${hex(r)}${hex(gr)}${hex(b)}`;
    });
  }, { data: png, at: points, dpr: scale });
}
