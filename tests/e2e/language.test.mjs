// One language for the page and the app: the browser's at first, then the user's choice, kept
// across visits; a switch translates the running app without a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startSite, launchBrowser, openApp, clickItem, untilIdle, exportedPlan, REPO_DIR } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const texts = async (lang, area) => JSON.parse(await readFile(`${REPO_DIR}assets/i18n/${lang}/${area}.json`, 'utf8'));
const mirrorText = (page) => page.evaluate(() => document.getElementById('mirror').textContent);
// The mirror says each goal's realism as "<label>: <verdict>": the label is the language's own.
const realismLabel = async (lang) => (await texts(lang, 'editor'))['mirror.realism'].split('{')[0].trim();

async function waitForMirror(page, label) {
  // The mirror is published in the frame that draws the change: once the page is idle it is there.
  for (let i = 0; i < 50; i++) {
    await untilIdle(page);
    if ((await mirrorText(page)).includes(label)) return;
  }
  assert.fail(`the screen-reader mirror never said "${label}"`);
}

for (const [locale, lang] of [['de-DE', 'de'], ['id-ID', 'id'], ['en-GB', 'en'], ['fr-FR', 'en']]) {
  test(`a browser set to ${locale} opens in ${lang === 'en' ? 'English' : lang}`, async () => {
    const context = await browser.newContext({ locale });
    const { page } = await openApp(browser, site.url, { context });
    assert.equal(await page.evaluate(() => window.waymark.language), lang);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    await waitForMirror(page, await realismLabel(lang));
    // The first visit's example plan is written in that language.
    const example = JSON.parse(await readFile(`${REPO_DIR}assets/templates/${lang === 'en' ? '' : lang + '/'}restaurant.json`, 'utf8'));
    assert.equal((await exportedPlan(page)).plan.name, example.plan.name);
    await context.close();
  });
}

test('choosing a language in the header translates at once, keeps the plan, and lasts the next visit', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const { page } = await openApp(browser, site.url, { context });
  await waitForMirror(page, await realismLabel('en'));
  const before = await exportedPlan(page);
  const navigations = [];
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) navigations.push(f.url()); });

  await clickItem(page, 'language');
  await clickItem(page, 'language:de');
  await waitForMirror(page, await realismLabel('de'));
  assert.equal(await page.evaluate(() => window.waymark.language), 'de');
  assert.deepEqual(navigations, [], 'the page reloaded to change its language');
  assert.deepEqual((await exportedPlan(page)).plan, before.plan, 'the plan changed with the language');

  // The choice outlives the visit, though the browser still says English.
  await page.reload();
  await page.evaluate(() => window.waymark.ready);
  assert.equal(await page.evaluate(() => window.waymark.language), 'de');
  await waitForMirror(page, await realismLabel('de'));

  await clickItem(page, 'language');
  await clickItem(page, 'language:id');
  await waitForMirror(page, await realismLabel('id'));
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'id');
  await context.close();
});
