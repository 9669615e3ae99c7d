// The lean page (issue 8): nothing drawn while idle, drawing again on input, a canvas backing
// store in device pixels, and pointer positions that hit the right item at devicePixelRatio 2.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, openApp, drawsDuring, drawsUntilIdle, settle, exportedPlan, waitForPlan, clickItem } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

test('nothing is drawn while idle; a mouse move runs frames, and draws only what changes', async () => {
  const { ctx, page } = await openApp(browser, site.url);
  await settle(page);
  const idle = await drawsDuring(page, 2000);
  assert.deepEqual(idle, { draws: 0, frames: 0 });
  const afterMove = (x, y) => drawsUntilIdle(page, () => page.mouse.move(x, y));
  // Onto a tab: it lights up under the pointer, so the canvas is drawn again.
  const tab = await page.evaluate(() => window.waymark.itemRect('view:matrix'));
  const hovered = await afterMove(tab.x + tab.width / 2, tab.y + tab.height / 2);
  assert.ok(hovered.frames > 0 && hovered.draws > 0, `no draw after moving onto a tab (${JSON.stringify(hovered)})`);
  assert.ok(hovered.frames < 20, `kept drawing after the move settled (${hovered.frames} frames)`);
  // Off it, to the window's empty corner, then about within it: frames run for the input, but
  // their picture is the one on the canvas, which is left alone.
  assert.ok((await afterMove(3, 790)).draws > 0, 'the tab stayed lit after the pointer left it');
  const still = await afterMove(8, 785);
  assert.ok(still.frames > 0, 'a mouse move ran no frame');
  assert.equal(still.draws, 0, 'a frame that shows nothing new was drawn');
  const idleAgain = await drawsDuring(page, 1000);
  assert.deepEqual(idleAgain, { draws: 0, frames: 0 });
  await ctx.close();
});

test('a resize redraws at the new size and then idles', async () => {
  const { ctx, page } = await openApp(browser, site.url);
  await settle(page);
  await page.setViewportSize({ width: 900, height: 700 });
  await page.waitForFunction(() => { const c = document.getElementById('canvas'); return c.width === 900 && c.height === 700; }, null, { timeout: 5000 });
  await settle(page);
  assert.deepEqual(await drawsDuring(page, 1000), { draws: 0, frames: 0 });
  await ctx.close();
});

test('at devicePixelRatio 2 the canvas backing store has twice the CSS size', async () => {
  const { ctx, page } = await openApp(browser, site.url, { dpr: 2, width: 1000, height: 700 });
  const size = await page.evaluate(() => {
    const canvas = document.getElementById('canvas');
    return { w: canvas.width, h: canvas.height, cw: canvas.clientWidth, ch: canvas.clientHeight };
  });
  assert.deepEqual(size, { w: 2000, h: 1400, cw: 1000, ch: 700 });
  await ctx.close();
});

test('at devicePixelRatio 2 a click on a known item hits that item', async () => {
  const { ctx, page } = await openApp(browser, site.url, { dpr: 2 });
  const before = (await exportedPlan(page)).plan.objectives.length;
  const rect = await clickItem(page, 'add-objective');
  assert.ok(rect.width > 40 && rect.width < 600, `implausible button width ${rect.width} CSS px`);
  await waitForPlan(page, (plan, n) => plan.objectives.length === n, before + 1);
  await ctx.close();
});

test('a devicePixelRatio change (browser zoom) rebuilds the canvas at the new ratio', async () => {
  const { ctx, page } = await openApp(browser, site.url, { width: 1000, height: 700 });
  const before = await page.evaluate(() => window.waymark.itemRect('download'));
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1000, height: 700, deviceScaleFactor: 3, mobile: false });
  // Real zoom fires resize and the resolution media query; the emulated change fires neither,
  // so the next input must catch it.
  await page.mouse.move(500, 400);
  await page.waitForFunction(() => document.getElementById('canvas').width === 3000, null, { timeout: 5000 });
  // Fonts and style are rebuilt for the new ratio: the button keeps its size in CSS pixels.
  const after = await page.evaluate(() => window.waymark.itemRect('download'));
  assert.ok(Math.abs(after.width / before.width - 1) < 0.1, `button was ${before.width} CSS px wide, now ${after.width}`);
  await ctx.close();
});
