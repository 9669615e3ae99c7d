// The cost of a frame (issue 12): a frame drawn in the steady state asks WebGL nothing. Every
// query below is a synchronous round trip to the GPU process; the stock ImGui OpenGL3 backend
// made dozens per frame, and they were most of the frame's main-thread time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, openApp, settle, untilIdle } from './harness.mjs';

const SYNCHRONOUS_QUERIES = ['getParameter', 'getError', 'isEnabled', 'readPixels', 'getShaderParameter',
  'getProgramParameter', 'getUniformLocation', 'getAttribLocation', 'getVertexAttrib', 'getBufferParameter',
  'getTexParameter', 'checkFramebufferStatus'];

// Counts calls of each query from the page's first script on (an init script, before the app).
function countQueries(names) {
  const counts = window.__glQueries = {};
  const proto = WebGL2RenderingContext.prototype;
  for (const name of names) {
    const original = proto[name];
    counts[name] = 0;
    proto[name] = function (...args) { counts[name]++; return original.apply(this, args); };
  }
}

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

test('frames drawn after start-up make no synchronous WebGL query', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await ctx.addInitScript(countQueries, SYNCHRONOUS_QUERIES);
  const { page } = await openApp(browser, site.url, { context: ctx });
  await settle(page);
  const queriesBefore = await page.evaluate(() => ({ ...window.__glQueries }));
  const drawsBefore = await page.evaluate(() => window.__draws.draws);

  // Hovering and scrolling: frames that draw something different each time.
  for (let i = 0; i < 10; i++) {
    await page.mouse.move(400 + 20 * i, 200 + 15 * i);
    if (i % 3 === 0) await page.mouse.wheel(0, 120);
  }
  await untilIdle(page);

  const draws = await page.evaluate((n) => window.__draws.draws - n, drawsBefore);
  assert.ok(draws > 0, 'the mouse moves drew nothing, so the test saw no frame');
  const queries = await page.evaluate((b) => Object.fromEntries(Object.entries(window.__glQueries)
    .map(([name, n]) => [name, n - b[name]]).filter(([, n]) => n > 0)), queriesBefore);
  assert.deepEqual(queries, {}, `steady-state frames (${draws} draw calls) made synchronous WebGL queries`);
  await ctx.close();
});
