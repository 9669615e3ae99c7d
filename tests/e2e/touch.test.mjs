// Touch screens (src/platform/touch.h): a tap is one click, where the finger is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, openApp, exportedPlan, waitForPlan, settle } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

// Longer than ImGui's double-click time (0.30 s): two taps this far apart are two single taps.
const BETWEEN_TAPS_MS = 600;

const focusedId = (page) => page.evaluate(() => document.activeElement && document.activeElement.id);
const rectOf = (page, name) => page.evaluate((n) => window.waymark.itemRect(n), name);

test('a tap clicks once where the finger is: two single taps on a title do not rename it, a tap on Rename does', async () => {
  // Tall enough that the whole sample plan is in view with finger-sized targets: a finger cannot
  // scroll the canvas yet.
  const context = await browser.newContext({ viewport: { width: 1280, height: 4000 }, hasTouch: true });
  const { page, errors } = await openApp(browser, site.url, { context });
  await settle(page);
  const { plan } = await exportedPlan(page);
  const goal = plan.goals.find((g) => g.objectiveId);
  const rename = await rectOf(page, `rename:${goal.id}`);
  const add = await rectOf(page, 'add-objective');
  const title = { x: add.x + 100, y: rename.y + rename.height / 3 };  // the goal's title, left of its buttons

  await page.touchscreen.tap(title.x, title.y);
  await settle(page);
  await page.waitForTimeout(BETWEEN_TAPS_MS);  // a pause between the user's taps, not a wait for a state
  await page.touchscreen.tap(title.x, title.y);
  await settle(page);
  assert.notEqual(await focusedId(page), 'text-sink', 'a single tap on the title started renaming it (a double-click)');
  assert.deepEqual((await exportedPlan(page)).plan, plan);

  await page.touchscreen.tap(rename.x + rename.width / 2, rename.y + rename.height / 2);
  await settle(page);
  assert.equal(await focusedId(page), 'text-sink', 'a tap on Rename did not open the title for typing');
  await page.keyboard.press('Escape');

  const objectives = plan.objectives.length;
  await settle(page);
  const addNow = await rectOf(page, 'add-objective');
  await page.touchscreen.tap(addNow.x + addNow.width / 2, addNow.y + addNow.height / 2);
  await waitForPlan(page, (p, n) => p.objectives.length === n, objectives + 1);
  await settle(page);
  assert.equal((await exportedPlan(page)).plan.objectives.length, objectives + 1, 'one tap added more than one objective');
  assert.deepEqual(errors, []);
  await context.close();
});
