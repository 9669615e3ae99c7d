// The tracking view on the real build: a check-in typed with the real keyboard lands in the
// exported plan as one step, the next row starts, the page draws nothing once idle; the
// chart has room at laptop and projector sizes (photographed into build/screenshots/ with WAYMARK_SLOW=1).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, openApp, exportedPlan, waitForPlan, clickItem, settle, untilIdle, drawsDuring,
  distinctColours, photo } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

test('a check-in typed with the keyboard lands in the plan, the next row starts, and the page idles', async () => {
  const { ctx, page, errors } = await openApp(browser, site.url, { width: 1280, height: 720 });
  await clickItem(page, 'view:tracking');
  await clickItem(page, 'goal-row:local-followers');
  const before = (await exportedPlan(page)).plan.checkins.length;
  // Each step waits for the page to have handled the one before, as a person watching the
  // screen does: a field takes the keyboard a frame or two after the key that moves to it.
  await clickItem(page, 'checkin-add:local-followers');
  for (const step of ['465', 'Tab', 'high', 'Tab', 'Reel shared again']) {
    await untilIdle(page);
    if (step === 'Tab') await page.keyboard.press('Tab');
    else await page.keyboard.type(step);
  }
  await untilIdle(page);
  await page.keyboard.press('Enter');
  await waitForPlan(page, (plan, n) => plan.checkins.length === n + 1, before, 15000);
  let plan = (await exportedPlan(page)).plan;
  const added = plan.checkins[plan.checkins.length - 1];
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const { id, ...fields } = added;
  assert.match(id, /^c\d+$/);  // a new check-in gets an id no other check-in has
  assert.equal(plan.checkins.filter((c) => c.id === id).length, 1);
  assert.deepEqual(fields, { goalId: 'local-followers', date: today, value: 465, confidence: 'high', note: 'Reel shared again' });
  // The next row waits with the cursor in its value field.
  await untilIdle(page);
  await page.keyboard.type('470');
  await untilIdle(page);
  await page.keyboard.press('Enter');
  await waitForPlan(page, (p, n) => p.checkins.length === n + 2 && p.checkins[p.checkins.length - 1].value === 470, before,
    15000);
  // A refused value changes nothing and says why.
  await untilIdle(page);
  await page.keyboard.type('4x0');
  await untilIdle(page);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.waymark.itemRect('checkin-error') !== null);
  await page.keyboard.press('Escape');
  plan = (await exportedPlan(page)).plan;
  assert.equal(plan.checkins.length, before + 2);
  await settle(page);
  assert.deepEqual(await drawsDuring(page, 500), { draws: 0, frames: 0 });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('the dashboard and the chart have room at 1280x720 and 1920x1080 (screenshots to look at)', async () => {
  for (const [width, height] of [[1280, 720], [1920, 1080]]) {
    const { ctx, page, errors } = await openApp(browser, site.url, { width, height });
    await clickItem(page, 'view:tracking');
    await clickItem(page, 'goal-row:local-followers');
    await untilIdle(page);
    const chart = await page.evaluate(() => window.waymark.itemRect('goal-chart'));
    // At 1280x720 the header's two rows (its buttons wrap rather than being cut) leave the plot
    // about 120 px: axes, labels and every check-in still read (screenshot looked at).
    assert.ok(chart && chart.width > 300 && chart.height > 110, JSON.stringify(chart));
    // The readout of the check-in under the mouse.
    await page.mouse.move(chart.x + chart.width * 0.45, chart.y + chart.height / 2);
    await settle(page);
    assert.ok((await distinctColours(page)) > 20);
    await photo(page, `tracking-${width}x${height}.png`);
    assert.deepEqual(errors, []);
    await ctx.close();
  }
});
