// A language switch reaches every view at once: what a view shows (read through the
// screen-reader mirror) after switching is what a page started in that language shows for the
// same plan. Views cache their texts; a cache keyed on the plan alone kept the old language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, openApp, clickItem, untilIdle, SLOW } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const VIEWS = ['outline', 'matrix', 'tasks', 'tracking', 'map'];
const mirrorLines = (page) => page.evaluate(() =>
  [...document.getElementById('mirror').querySelectorAll('*')].filter((e) => e.children.length === 0)
    .map((e) => e.textContent));

// The mirror as it settles: it is published in the frame that draws a change.
async function settledMirror(page) {
  let last = null;
  for (let i = 0; i < 50; i++) {
    await untilIdle(page);
    const now = await mirrorLines(page);
    if (last && JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  assert.fail('the screen-reader mirror never settled');
}

// One language shows the views' caches follow a switch; the slow checks try both.
for (const lang of SLOW ? ['de', 'id'] : ['de']) {
  test(`switching to ${lang} redraws every view in ${lang}, as a page started in ${lang} shows it`, async () => {
    const switched = await openApp(browser, site.url, { context: await browser.newContext({ locale: 'en-US' }) });
    const planText = await switched.page.evaluate(() => window.waymark.exportPlan());
    const started = await openApp(browser, site.url, { context: await browser.newContext({ locale: `${lang}-${lang.toUpperCase()}` }) });
    const imported = await started.page.evaluate((text) => window.waymark.importPlan(text), planText);
    assert.equal(imported.ok, true, imported.error);
    for (const view of VIEWS) {
      // Each view is drawn (and caches its texts) in English first, then the language changes.
      await clickItem(switched.page, `view:${view}`);
      await settledMirror(switched.page);
      await clickItem(switched.page, 'language');
      await clickItem(switched.page, `language:${lang}`);
      const after = await settledMirror(switched.page);
      await clickItem(started.page, `view:${view}`);
      const fresh = await settledMirror(started.page);
      assert.deepEqual(after, fresh, `the ${view} view after a switch to ${lang}`);
      await clickItem(switched.page, 'language');
      await clickItem(switched.page, 'language:en');
      await settledMirror(switched.page);
    }
    assert.deepEqual(switched.errors, []);
    await switched.page.context().close();
    await started.page.context().close();
  });
}
