// A phone (issue 25): 390x844 CSS pixels, touch, three device pixels to the CSS pixel. The header
// leaves the screen to the plan, a tap on each view's tab opens that view, a swipe scrolls, and a
// goal's title wraps by words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, openApp, settle, exportedPlan } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const WIDTH = 390, HEIGHT = 844;
const rectOf = (page, name) => page.evaluate((n) => window.waymark.itemRect(n), name);

// A finger drawn from one point to another, as the browser gets it from a touch screen.
async function swipe(page, from, to, steps = 8) {
  const cdp = await page.context().newCDPSession(page);
  const point = (p) => [{ x: p.x, y: p.y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let i = 1; i <= steps; i++) {
    const at = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(at) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  await settle(page);
}

// The tabs in their order, and an item only that view draws.
const TABS = ['outline', 'matrix', 'tasks', 'tracking', 'map', 'workshop'];
const ONLY = { matrix: 'matrix', workshop: 'workshop-indicator' };

test('on a phone: a compact header, a tap on each tab opens its view, a swipe scrolls, titles wrap by words', async () => {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, hasTouch: true, isMobile: true,
                                             deviceScaleFactor: 3 });
  const { page, errors } = await openApp(browser, site.url, { context });
  await page.waitForFunction(() => window.waymark.viewState().touch);
  await settle(page);

  // The header and the tabs take a small share of the screen, and nothing sits over the tabs.
  const strip = await rectOf(page, 'view-tabs');
  assert.ok(strip, 'the tabs are not in a strip of their own');
  assert.ok((strip.y + strip.height) / HEIGHT < 0.2, `the header ends at ${strip.y + strip.height} px of ${HEIGHT}`);
  const menu = await rectOf(page, 'header-menu');
  assert.ok(menu && menu.x + menu.width <= WIDTH && menu.y + menu.height <= strip.y, 'the menu button is not above the tabs');

  // The first visit's welcome, tapped away: the example is there to be explored.
  const explore = await rectOf(page, 'welcome-explore');
  assert.ok(explore, 'the first visit has no welcome');
  await page.touchscreen.tap(explore.x + explore.width / 2, explore.y + explore.height / 2);
  await settle(page);
  assert.equal(await rectOf(page, 'welcome-explore'), null);

  // A goal's title wraps by words.
  const { plan } = await exportedPlan(page);
  const titles = await Promise.all(plan.goals.map((g) => rectOf(page, `goal-title:${g.id}`)));
  const shown = titles.findIndex((r) => r && r.y > 400 && r.y + r.height < HEIGHT);
  assert.ok(shown >= 0, 'no goal title on screen');
  const goal = plan.goals[shown], title = titles[shown];
  assert.ok(title.width > WIDTH / 3, `the goal's title is ${title.width} px wide`);
  // A swipe up scrolls the outline by the finger's way.
  const start = { x: WIDTH / 2, y: HEIGHT - 60 };
  await swipe(page, start, { x: start.x, y: start.y - 250 }, 4);
  const moved = await rectOf(page, `goal-title:${goal.id}`);
  const shift = title.y - (moved ? moved.y : -Infinity);
  assert.ok(shift > 200 && shift < 300, `the swipe moved the outline by ${shift} px`);
  // A tap on a tab opens that view; a tab beyond the strip's edge (the last one) is swiped into
  // view first.
  let current = 0;
  for (const view of ['matrix', 'workshop']) {
    const wanted = TABS.indexOf(view);
    const y = strip.y + strip.height / 2;
    let tab = await rectOf(page, `view:${view}`);
    for (let i = 0; i < 4 && !(tab && tab.width > 40); i++) {  // the visible part of a tab, wide enough for a finger
      const towardsEnd = wanted > current;
      await swipe(page, { x: towardsEnd ? strip.x + strip.width - 20 : strip.x + 20, y },
                  { x: towardsEnd ? strip.x + 20 : strip.x + strip.width - 20, y }, 4);
      tab = await rectOf(page, `view:${view}`);
    }
    assert.ok(tab, `the ${view} tab never came into view`);
    await page.touchscreen.tap(tab.x + tab.width / 2, tab.y + tab.height / 2);
    await settle(page);
    assert.ok(await rectOf(page, ONLY[view]), `a tap on the ${view} tab did not open it`);
    current = wanted;
  }
  assert.deepEqual(errors, []);
  await context.close();
});
