// The plan map on the real build, by real mouse: the wheel zooms about the pointer, a drag pans,
// Fit brings the whole plan back, and the page draws nothing once the map stands still.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, openApp, settle, untilIdle, drawsDuring, exportedPlan } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const rectOf = (page, name) => page.evaluate((n) => window.waymark.itemRect(n), name);
const near = (a, b, tolerance, what) => assert.ok(Math.abs(a - b) <= tolerance, `${what}: ${a} is not within ${tolerance} of ${b}`);

async function openMap(dpr) {
  const { ctx, page, errors } = await openApp(browser, site.url, { width: 1280, height: 720, dpr });
  await settle(page);
  const tab = await rectOf(page, 'view:map');
  await page.mouse.click(tab.x + tab.width / 2, tab.y + tab.height / 2);
  await settle(page);
  assert.ok(await rectOf(page, 'map'), 'the map canvas was not drawn');
  return { ctx, page, errors };
}

for (const dpr of [1, 2]) {
  test(`map at devicePixelRatio ${dpr}: wheel zoom about the pointer, drag pan, Fit, and no draws at idle`, async () => {
    const { ctx, page, errors } = await openMap(dpr);
    const { plan } = await exportedPlan(page);
    const goal = plan.goals.find((g) => plan.tactics.some((t) => t.goalId === g.id));
    const name = `map-card:${goal.id}`;

    // Wheel: the point a quarter into the goal's card stays under the pointer.
    const before = await rectOf(page, name);
    assert.ok(before, 'the goal card is not on screen');
    const px = before.x + before.width / 4, py = before.y + before.height / 4;
    await page.mouse.move(px, py);
    await page.mouse.wheel(0, -100);  // one notch towards the user: zoom in
    await untilIdle(page);
    const zoomed = await rectOf(page, name);
    assert.ok(zoomed.width > before.width * 1.05, `the wheel did not zoom in (${before.width} -> ${zoomed.width})`);
    near(zoomed.x + zoomed.width / 4, px, 1.5, 'x of the point under the pointer');
    near(zoomed.y + zoomed.height / 4, py, 1.5, 'y of the point under the pointer');
    await settle(page);
    assert.deepEqual(await drawsDuring(page, 500), { draws: 0, frames: 0 }, 'the map drew while nothing moved');

    // Drag: the card follows the mouse.
    const map = await rectOf(page, 'map');
    const sx = map.x + map.width / 2, sy = map.y + map.height / 2;
    await page.mouse.move(sx, sy);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(sx + 25 * i, sy + 10 * i);
    await page.mouse.up();
    await untilIdle(page);
    const dragged = await rectOf(page, name);
    near(dragged.x, zoomed.x + 150, 1.5, 'card x after a drag of 150 px right');
    near(dragged.y, zoomed.y + 60, 1.5, 'card y after a drag of 60 px down');
    await settle(page);
    assert.deepEqual(await drawsDuring(page, 500), { draws: 0, frames: 0 }, 'the map drew after the drag ended');

    // Fit: every objective and the last task back inside the canvas.
    const fit = await rectOf(page, 'map-fit');
    await page.mouse.click(fit.x + fit.width / 2, fit.y + fit.height / 2);
    await untilIdle(page);
    for (const item of [...plan.objectives, plan.tasks[plan.tasks.length - 1]]) {
      const r = await rectOf(page, `map-card:${item.id}`);
      assert.ok(r, `map-card:${item.id} is not on screen after Fit`);
      assert.ok(r.x >= map.x - 0.5 && r.y >= map.y - 0.5 && r.x + r.width <= map.x + map.width + 0.5 &&
        r.y + r.height <= map.y + map.height + 0.5, `map-card:${item.id} sticks out of the canvas after Fit`);
    }
    await settle(page);
    assert.deepEqual(await drawsDuring(page, 500), { draws: 0, frames: 0 }, 'the map drew at idle after Fit');
    assert.deepEqual(errors, []);
    await ctx.close();
  });
}

test('the screen-reader mirror nests the map: objective > goal (status) > tactic > task', async () => {
  const { ctx, page } = await openMap(1);
  const { plan } = await exportedPlan(page);
  const task = plan.tasks[0];
  const tactic = plan.tactics.find((t) => t.id === task.tacticId);
  const goal = plan.goals.find((g) => g.id === tactic.goalId);
  const path = await page.evaluate((titles) => {
    const items = [...document.querySelectorAll('#mirror li')];
    const own = (li) => li.firstChild && li.firstChild.nodeType === Node.TEXT_NODE ? li.firstChild.textContent : '';
    const taskItem = items.find((li) => own(li).startsWith(titles.task + ' ('));
    const chain = [];
    for (let li = taskItem; li; li = li.parentElement.closest('li')) chain.unshift(own(li));
    return chain;
  }, { task: task.title });
  assert.ok(path.length >= 4, `the task is not nested under objective, goal and tactic: ${JSON.stringify(path)}`);
  assert.ok(path[path.length - 2].startsWith(tactic.title + ' ('), `no tactic above the task: ${JSON.stringify(path)}`);
  assert.ok(path[path.length - 3].startsWith(goal.title + ' ('), `no goal above the tactic: ${JSON.stringify(path)}`);
  await ctx.close();
});

test('two fingers pinch the map about their midpoint, and a finger drags it', async () => {
  // Taller than a laptop: on a touch screen the header's finger-sized buttons take two rows more.
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, hasTouch: true });
  const { page, errors } = await openApp(browser, site.url, { context });
  await settle(page);
  const tab = await rectOf(page, 'view:map');
  await page.touchscreen.tap(tab.x + tab.width / 2, tab.y + tab.height / 2);
  await settle(page);
  const { plan } = await exportedPlan(page);
  const goal = plan.goals.find((g) => plan.tactics.some((t) => t.goalId === g.id));
  const name = `map-card:${goal.id}`;
  const before = await rectOf(page, name);
  assert.ok(before, 'the goal card is not on screen');
  const cx = before.x + before.width / 2, cy = before.y + before.height / 2;
  // Playwright's touchscreen has one finger; the browser's own touch input has any number.
  const cdp = await context.newCDPSession(page);
  const fingers = (spread) => [{ x: cx - spread, y: cy, id: 1 }, { x: cx + spread, y: cy, id: 2 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(40) });
  for (let spread = 50; spread <= 80; spread += 10)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await untilIdle(page);
  const pinched = await rectOf(page, name);
  assert.ok(pinched, 'the goal card left the screen during the pinch');
  near(pinched.width / before.width, 2, 0.05, 'the card grew with the fingers (40 -> 80 px apart)');
  near(pinched.x + pinched.width / 2, cx, 2, 'x of the card centre under the fingers');
  near(pinched.y + pinched.height / 2, cy, 2, 'y of the card centre under the fingers');

  // One finger drags the map, from the middle of the canvas.
  const map = await rectOf(page, 'map');
  const mx = map.x + map.width / 2, my = map.y + map.height / 2;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: mx, y: my, id: 3 }] });
  for (let i = 1; i <= 5; i++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: mx + 20 * i, y: my, id: 3 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await untilIdle(page);
  const dragged = await rectOf(page, name);
  near(dragged.x, pinched.x + 100, 2, 'card x after a finger dragged 100 px right');
  assert.deepEqual((await exportedPlan(page)).plan, plan, 'pinching and dragging changed the plan');
  assert.deepEqual(errors, []);
  await context.close();
});
