// Offline use and updates through the service worker (web/sw.js) on the real build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite, launchBrowser, exportedPlan, SITE_DIR } from './harness.mjs';
import { waitForSaved, rename, openIn, makeSecondBuild, switchableSite } from './storage_helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

test('12. after one online visit the app loads and works with the network off', async () => {
  const site = await startSite(SITE_DIR, { own: true });  // a server of its own, to be stopped
  const ctx = await browser.newContext();
  const page = await openIn(ctx, site.url);
  await controlled(page);
  await rename(page, 'Made online');
  await waitForSaved(page);
  const files = (await readFileSync(join(SITE_DIR, 'sw.js'), 'utf8')).match(/const FILES = \[(.*)\];/)[1]
    .split(', ').map((f) => JSON.parse(f));
  const cached = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('waymark-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1) || './');
  });
  assert.deepEqual(cached.sort(), files.sort(), 'not every file of the build is cached');

  await ctx.setOffline(true);
  site.server.close();  // and the server gone, too
  await page.reload();
  await page.evaluate(() => window.waymark.ready);
  assert.equal((await exportedPlan(page)).plan.name, 'Made online');
  await rename(page, 'Made offline');
  await waitForSaved(page);
  await page.reload();
  await page.evaluate(() => window.waymark.ready);
  assert.equal((await exportedPlan(page)).plan.name, 'Made offline');
  await ctx.close();

  // A first visit without network fails as the browser's own offline page, not a broken app.
  const fresh = await browser.newContext({ offline: true });
  await assert.rejects(fresh.newPage().then((p) => p.goto(site.url)), /ERR_INTERNET_DISCONNECTED/);
  await fresh.close();
});

test('13. a new version deployed while a plan is open waits for the user, then reloads into it with the plan', async () => {
  const buildB = mkdtempSync(join(tmpdir(), 'waymark-site-b-'));
  const versionB = makeSecondBuild(buildB);
  const served = switchableSite(SITE_DIR);
  const site = await startSite(served.dir);
  try {
    const ctx = await browser.newContext();
    const page = await openIn(ctx, site.url);
    await controlled(page);
    const versionA = await page.evaluate(() => window.waymark.version);
    await rename(page, 'Saved in build A');
    await waitForSaved(page);
    // An edit still unsaved when build B is deployed (another hashed file, another service worker).
    await rename(page, 'Edited while the update came');
    served.deploy(buildB);
    assert.equal(await page.evaluate(() => window.waymark.checkForUpdate()), true);
    await page.waitForFunction(() => window.waymark.updateReady());
    await page.locator('#update').waitFor({ state: 'visible' });
    assert.match(await page.locator('#update').innerText(), /new version of Waymark is ready/);
    // Nothing reloads on its own; the edit is saved by build A meanwhile.
    assert.equal((await waitForSaved(page)).problem, '');
    assert.equal(await page.evaluate(() => window.waymark.version), versionA);
    assert.equal((await exportedPlan(page)).plan.name, 'Edited while the update came');
    const reloaded = page.waitForEvent('load');
    await page.click('#update button');
    await reloaded;
    await page.evaluate(() => window.waymark.ready);
    assert.equal(await page.evaluate(() => window.waymark.version), versionB, 'the reload did not run build B');
    assert.equal((await exportedPlan(page)).plan.name, 'Edited while the update came');
    const buildIdB = readFileSync(join(buildB, 'sw.js'), 'utf8').match(/const BUILD = "([0-9a-f]+)"/)[1];
    assert.deepEqual((await page.evaluate(() => caches.keys())).filter((k) => k.startsWith('waymark-')), [`waymark-${buildIdB}`]);
    await ctx.close();
  } finally {
    site.server.close();
    served.remove();
    rmSync(buildB, { recursive: true, force: true });
  }
});
