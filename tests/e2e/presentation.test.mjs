// Presentation mode, view settings and touch screens (issue 14) on the real build: the key and
// the button switch both ways, text is at least 28 px at 1920x1080, nothing draws at idle, theme
// and scale outlive the visit, and on a touch screen every hit target is at least 48 px and a
// tapped field gets the keyboard within the tap. Screenshots go to build/screenshots/ with WAYMARK_SLOW=1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, openApp, clickItem, untilIdle, settle, drawsDuring, exportedPlan, photo } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const viewState = (page) => page.evaluate(() => window.waymark.viewState());
const rectOf = (page, name) => page.evaluate((n) => window.waymark.itemRect(n), name);

async function waitForView(page, check, what) {
  await page.waitForFunction(check, undefined, { timeout: 10000 }).catch(() => assert.fail(`never: ${what}`));
  await untilIdle(page);
}
const presenting = (page, on) => waitForView(page, on ? () => window.waymark.viewState().presenting
  : () => !window.waymark.viewState().presenting, on ? 'presentation mode' : 'editing mode');

test('the P key and the Present button switch presentation mode both ways; Escape leaves', async () => {
  const { page, ctx, errors } = await openApp(browser, site.url, { width: 1920, height: 1080 });
  await settle(page);
  assert.ok(await rectOf(page, 'plans'), 'the header has its buttons in editing mode');
  const normal = await page.evaluate(() => window.waymark.textSizes());

  await page.keyboard.press('p');
  await presenting(page, true);
  assert.equal(await rectOf(page, 'plans'), null, 'the header buttons stepped aside');
  assert.ok(await rectOf(page, 'view:matrix'), 'the view tabs stay');
  const sizes = await page.evaluate(() => window.waymark.textSizes());
  assert.ok(sizes.smallest >= 28, `smallest text ${sizes.smallest} px at 1920x1080`);
  assert.equal((await viewState(page)).theme, 'high_contrast');
  await page.keyboard.press('p');
  await presenting(page, false);
  assert.deepEqual(await page.evaluate(() => window.waymark.textSizes()), normal);

  await clickItem(page, 'present');
  await presenting(page, true);
  await clickItem(page, 'present');
  await presenting(page, false);
  await page.keyboard.press('p');
  await presenting(page, true);
  await page.keyboard.press('Escape');
  await presenting(page, false);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('presentation mode draws nothing at idle after the pointer halo followed the mouse', async () => {
  const { page, ctx } = await openApp(browser, site.url, { width: 1920, height: 1080 });
  await page.keyboard.press('p');
  await presenting(page, true);
  await page.mouse.move(600, 500);
  await page.mouse.move(900, 600, { steps: 5 });
  await settle(page);
  assert.deepEqual(await drawsDuring(page, 1000), { draws: 0, frames: 0 });
  await ctx.close();
});

test('every view in presentation mode at 1920x1080: high contrast, and dark (screenshots to look at)', async () => {
  const { page, ctx, errors } = await openApp(browser, site.url, { width: 1920, height: 1080 });
  await page.keyboard.press('p');
  await presenting(page, true);
  const { plan } = await exportedPlan(page);
  for (const view of ['outline', 'matrix', 'tasks', 'tracking', 'map']) {
    await clickItem(page, `view:${view}`);
    if (view === 'tracking') await clickItem(page, `goal-row:${plan.goals[0].id}`);
    await page.mouse.move(1500, 700);
    await settle(page);
    assert.ok((await page.evaluate(() => window.waymark.textSizes())).smallest >= 28);
    await photo(page, `present-${view}-high-contrast.png`);
  }
  await page.keyboard.press('Escape');
  await presenting(page, false);
  await clickItem(page, 'settings');
  await clickItem(page, 'present-theme:dark');
  await clickItem(page, 'view:outline');
  await page.keyboard.press('p');
  await waitForView(page, () => window.waymark.viewState().theme === 'dark', 'the dark presentation theme');
  await settle(page);
  await photo(page, 'present-outline-dark.png');
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('theme and UI scale chosen under View are kept across visits; a damaged stored value is ignored', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'de-DE' });
  const { page } = await openApp(browser, site.url, { context });
  await clickItem(page, 'settings');
  await clickItem(page, 'theme:dark');
  await waitForView(page, () => window.waymark.viewState().theme === 'dark', 'the dark theme');
  await clickItem(page, 'settings');
  await clickItem(page, 'scale:125');
  await waitForView(page, () => window.waymark.viewState().scale === 125, 'scale 125%');
  const body = (await page.evaluate(() => window.waymark.textSizes())).body;
  assert.equal(body, Math.floor(17 * 1.25), 'the body font was rasterised at 125%');

  await page.reload();
  await page.evaluate(() => window.waymark.ready);
  const kept = await viewState(page);
  assert.equal(kept.theme, 'dark');
  assert.equal(kept.scale, 125);
  assert.equal(kept.body, body);

  // Normal mode at 125% in German, light, at 1280x720 (screenshot to look at).
  await clickItem(page, 'settings');
  await clickItem(page, 'theme:light');
  await waitForView(page, () => window.waymark.viewState().theme === 'light', 'the light theme');
  await settle(page);
  await photo(page, 'normal-125-de-1280x720.png');

  await page.evaluate(() => localStorage.setItem('waymark.view', '{"theme":"neon","scale":"huge"'));
  await page.reload();
  await page.evaluate(() => window.waymark.ready);
  const fallback = await viewState(page);
  assert.equal(fallback.theme, 'light');
  assert.equal(fallback.scale, 100);
  await context.close();
});

test('on a touch screen every hit target is at least 48 px, and a tapped field gets the keyboard within the tap', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true, isMobile: false });
  // Which event was being handled when the text sink took the focus: the keyboard opens only in a user gesture.
  await context.addInitScript(() => {
    window.__sinkFocus = [];
    const focus = HTMLElement.prototype.focus;
    HTMLElement.prototype.focus = function (...args) {
      if (this.id === 'text-sink') window.__sinkFocus.push({ event: window.event ? window.event.type : null,
                                                             gesture: navigator.userActivation ? navigator.userActivation.isActive : null });
      return focus.apply(this, args);
    };
  });
  const { page, errors } = await openApp(browser, site.url, { context });
  await waitForView(page, () => window.waymark.viewState().touch, 'touch mode');
  await settle(page);
  const tapItem = async (name) => {
    const r = await rectOf(page, name);
    assert.ok(r, `${name} is not on screen`);
    await page.touchscreen.tap(r.x + r.width / 2, r.y + r.height / 2);
    await settle(page);
  };
  const big = async (name) => {
    const r = await rectOf(page, name);
    assert.ok(r, `${name} is not on screen`);
    assert.ok(r.width >= 48 && r.height >= 48, `${name} is ${r.width.toFixed(1)}x${r.height.toFixed(1)} px`);
  };
  for (const name of ['welcome-empty', 'welcome-templates', 'welcome-explore']) await big(name);
  await tapItem('welcome-explore');  // the first visit's welcome, put away: the example's goals come up
  const { plan } = await exportedPlan(page);
  const shown = await Promise.all(plan.goals.map((g) => rectOf(page, `edit:${g.id}`)));
  const goal = plan.goals[shown.findIndex((r) => r && r.y + r.height < 800)];
  assert.ok(goal, 'no goal of the sample plan is on screen');
  for (const name of ['plans', 'new-plan', 'export', 'undo', 'redo', 'language', 'present', 'settings',
                      'view:outline', 'view:matrix', 'view:tasks', 'view:tracking', 'view:map']) await big(name);
  await tapItem('settings');
  for (const name of ['theme:light', 'theme:dark', 'theme:high_contrast', 'present-theme:light', 'scale:75', 'scale:250']) await big(name);
  await tapItem('settings');  // a tap outside the open menu's items closes it
  await page.keyboard.press('Escape');
  await settle(page);
  await tapItem('language');
  for (const name of ['language:en', 'language:de', 'language:id']) await big(name);
  await page.keyboard.press('Escape');
  await settle(page);
  await big(`edit:${goal.id}`);
  await tapItem(`edit:${goal.id}`);
  for (const name of ['field:title', 'close-editor']) await big(name);

  await page.evaluate(() => { window.__sinkFocus = []; });
  await tapItem('field:title');
  assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'text-sink');
  const focuses = await page.evaluate(() => window.__sinkFocus);
  assert.ok(focuses.length > 0, 'the text sink was never focused');
  assert.ok(['touchend', 'pointerup'].includes(focuses[0].event),
            `the text sink took the focus outside the tap (during ${focuses[0].event})`);
  await page.keyboard.press('End');  // the tap put the caret where the finger was
  await page.keyboard.type('!');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => JSON.parse(window.waymark.exportPlan()).plan.goals.find((g) => g.id === id).title.endsWith('!'),
                             goal.id, { timeout: 5000 });
  assert.deepEqual(errors, []);
  await context.close();
});
