// Numbers and dates in each language's own way on the real build: a German or Indonesian browser
// reads and writes "1.234,5", an English one "1,234.5"; a typed decimal comma lands in the plan
// as the number the user meant; a refused file says why in the user's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, openApp, clickItem, untilIdle, waitForPlan } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const planFile = (plan) => JSON.stringify({ format: 'waymark-plan', version: 1, plan });
const plan = {
  id: 'numbers', name: 'Numbers',
  objectives: [{ id: 'o1', title: 'Sell more', kind: 'business' }],
  goals: [{ id: 'g1', objectiveId: 'o1', title: 'More followers', kpi: 'followers', baseline: 1234.5, target: 20000,
            start: '2026-11-01', deadline: '2027-03-31' }],
};
const mirrorText = (page) => page.evaluate(() => document.getElementById('mirror').textContent);

async function mirrorSays(page, text) {
  for (let i = 0; i < 50; i++) {
    await untilIdle(page);
    if ((await mirrorText(page)).includes(text)) return;
  }
  assert.fail(`the screen-reader mirror never said "${text}"; it said: ${(await mirrorText(page)).slice(0, 400)}`);
}

for (const [locale, baseline, target, typed, meant] of [
  ['en-GB', '1,234.5', '20,000', '2,500.5', 2500.5],
  ['de-DE', '1.234,5', '20.000', '2.500,5', 2500.5],
  ['id-ID', '1.234,5', '20.000', '3,5', 3.5],
]) {
  test(`${locale}: numbers shown as ${baseline}, and "${typed}" typed means ${meant}`, async () => {
    const context = await browser.newContext({ locale });
    const { page, errors } = await openApp(browser, site.url, { context });
    const result = await page.evaluate((text) => window.waymark.importPlan(text), planFile(plan));
    assert.deepEqual(result, { ok: true, error: null });
    await clickItem(page, 'edit:g1');
    await mirrorSays(page, baseline);
    await mirrorSays(page, target);
    await clickItem(page, 'field:baseline');
    await untilIdle(page);  // the field takes the keyboard in the frame after the click
    await page.keyboard.press('Control+A');
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
    await waitForPlan(page, (p, want) => p.goals[0].baseline === want, meant, 20000);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a refused file says why in the language of the page', async () => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const { page } = await openApp(browser, site.url, { context });
  const bad = planFile({ id: 'p', goals: [{ id: 'g', title: 'G', deadline: '31.12.2026' }] });
  const result = await page.evaluate((text) => window.waymark.importPlan(text), bad);
  assert.equal(result.ok, false);
  assert.equal(result.error, 'plan.goals[0].deadline: kein Datum (JJJJ-MM-TT)');
  await context.close();
});
