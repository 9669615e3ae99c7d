// Offline use and updates through the service worker (web/sw.js) on the real build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite, launchBrowser, exportedPlan, SITE_DIR } from './harness.mjs';
import { waitForSaved, rename, openIn } from './storage_helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

test('12. after one online visit the app loads and works with the network off', async () => {
  const site = await startSite();
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

test('13. a new version deployed while a plan is open waits for the user, then reloads with the plan', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-site-'));
  cpSync(SITE_DIR, dir, { recursive: true });
  const site = await startSite(dir);
  try {
    const ctx = await browser.newContext();
    const page = await openIn(ctx, site.url);
    await controlled(page);
    await waitForSaved(page);
    // Deploy: a build with another id (its files would differ; the worker is what browsers compare).
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    writeFileSync(join(dir, 'sw.js'), sw.replace(/const BUILD = "([0-9a-f]+)"/, 'const BUILD = "$1next"'));
    rmSync(join(dir, 'sw.js.gz'), { force: true });
    await page.evaluate(() => { window.__stillThisPage = true; });
    await rename(page, 'Edited while the update came');
    assert.equal(await page.evaluate(() => window.waymark.checkForUpdate()), true);
    await page.waitForFunction(() => window.waymark.updateReady());
    await page.locator('#update').waitFor({ state: 'visible' });
    assert.match(await page.locator('#update').innerText(), /new version of Waymark is ready/);
    // Nothing reloads on its own.
    await waitForSaved(page);
    assert.equal(await page.evaluate(() => window.__stillThisPage), true);
    const reloaded = page.waitForEvent('load');
    await page.click('#update button');
    await reloaded;
    await page.evaluate(() => window.waymark.ready);
    assert.equal(await page.evaluate(() => window.__stillThisPage), undefined);
    assert.equal((await exportedPlan(page)).plan.name, 'Edited while the update came');
    assert.ok((await page.evaluate(() => caches.keys())).some((k) => k.endsWith('next')), 'the new build is not in use');
    await ctx.close();
  } finally {
    site.server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
