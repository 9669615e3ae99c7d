// The Plans dialog on the real build: the plans kept in this browser listed from the store, one
// opened in place of the open plan, and a share link made for the open plan.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, openApp, exportedPlan, clickItem } from './harness.mjs';

let site, browser;
// A Chromium of this file's own: the clipboard belongs to the browser, shared by all its contexts,
// and other files' tests running at the same time write to it.
before(async () => { site = await startSite(); browser = await launchBrowser([], { own: true }); });
after(async () => { await browser?.close(); site?.server.close(); });

test('the Plans dialog lists the stored plans, opens another one and makes a share link', async () => {
  const { ctx, page, errors } = await openApp(browser, site.url);
  const first = (await exportedPlan(page)).plan;
  // A second stored plan, as another session would have left it.
  const created = await page.evaluate(() => window.waymark.createPlan('Spring campaign'));
  assert.equal(created.ok, true, created.error);
  await page.evaluate((id) => window.waymark.openPlan(id), first.id);
  await page.waitForFunction((id) => JSON.parse(window.waymark.exportPlan()).plan.id === id, first.id);

  await clickItem(page, 'plans');
  await clickItem(page, `plan-open:${created.id}`);
  await page.waitForFunction((id) => JSON.parse(window.waymark.exportPlan()).plan.id === id, created.id);
  assert.equal((await exportedPlan(page)).plan.name, 'Spring campaign');
  // Open closes the dialog: the chosen plan takes the screen.
  await page.waitForFunction(() => window.waymark.itemRect('plans-close') === null);
  // The list follows: now the first plan is the one to open.
  await clickItem(page, 'plans');
  await clickItem(page, `plan-open:${first.id}`);
  await page.waitForFunction((id) => JSON.parse(window.waymark.exportPlan()).plan.id === id, first.id);

  // A share link, copied whole by one press (a finger cannot select a long link well).
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
  await clickItem(page, 'plans');
  await clickItem(page, 'share-link');
  await page.waitForFunction(() => window.waymark.itemRect('share-link-copy') !== null);
  await clickItem(page, 'share-link-copy');
  const deadline = Date.now() + 10000;
  let copied;
  while (!(copied = await page.evaluate(() => navigator.clipboard.readText())).includes('#plan=')) {
    assert.ok(Date.now() < deadline, `the clipboard holds ${JSON.stringify(copied.slice(0, 80))}, not the share link`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await clickItem(page, 'plans-close');
  assert.deepEqual(errors, []);
  await ctx.close();
});
