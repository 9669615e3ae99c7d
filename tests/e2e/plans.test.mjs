// Several plans in one browser: create, open, rename, duplicate, delete (restorable) and the last
// open plan reopening, through window.waymark on the real build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, exportedPlan } from './harness.mjs';
import { waitForSaved, openIn, storedRecord } from './storage_helpers.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const call = (page, name, ...args) => page.evaluate(([n, a]) => window.waymark[n](...a), [name, args]);
const listed = async (page) => Object.fromEntries((await call(page, 'plans')).map((p) => [p.id, p]));

test('plans are created, opened, renamed, duplicated, deleted and restored; the last open one reopens', async () => {
  const ctx = await browser.newContext();
  const page = await openIn(ctx, site.url);
  const { lastSaved: { id: sample } } = await waitForSaved(page);
  const sampleName = (await exportedPlan(page)).plan.name;

  const created = await call(page, 'createPlan', 'Spring campaign');
  assert.equal(created.ok, true, created.error);
  assert.notEqual(created.id, sample);
  assert.equal(await call(page, 'openPlanId'), created.id);
  assert.equal((await exportedPlan(page)).plan.name, 'Spring campaign');
  await waitForSaved(page);
  assert.deepEqual(Object.keys(await listed(page)).sort(), [created.id, sample].sort());

  // The sample is not open: renamed and duplicated in the store, its content untouched otherwise.
  assert.deepEqual(await call(page, 'renamePlan', sample, 'Restaurant, renamed'), { ok: true, error: null });
  // A name past the plan file's 10,000 characters would make a plan unreadable: refused by name,
  // for a stored plan and for the open one (emoji count as one character each).
  for (const id of [sample, created.id]) {
    const refused = await call(page, 'renamePlan', id, '🚀'.repeat(10001));
    assert.equal(refused.ok, false);
    assert.match(refused.error, /10,?000/);
  }
  assert.deepEqual(await call(page, 'renamePlan', created.id, '🚀'.repeat(10000)), { ok: true, error: null });
  assert.equal([...(await exportedPlan(page)).plan.name].length, 10000);
  assert.deepEqual(await call(page, 'renamePlan', created.id, 'Spring campaign'), { ok: true, error: null });
  const copy = await call(page, 'duplicatePlan', sample);
  assert.equal(copy.ok, true, copy.error);
  const plans = await listed(page);
  assert.equal(plans[sample].name, 'Restaurant, renamed');
  assert.equal(plans[copy.id].name, 'Restaurant, renamed (copy)');
  const copyDoc = JSON.parse((await storedRecord(page, copy.id)).text);
  const sampleDoc = JSON.parse((await storedRecord(page, sample)).text);
  assert.deepEqual({ ...copyDoc.plan, id: sample, name: sampleDoc.plan.name }, sampleDoc.plan);

  // Delete: refused for the open plan, recoverable for the others.
  assert.equal((await call(page, 'deletePlan', created.id)).ok, false);
  assert.deepEqual(await call(page, 'deletePlan', copy.id), { ok: true, error: null });
  assert.ok((await listed(page))[copy.id].deleted, 'not marked deleted');
  assert.equal((await call(page, 'openPlan', copy.id)).ok, false, 'a deleted plan opened');
  assert.deepEqual(await call(page, 'restorePlan', copy.id), { ok: true, error: null });
  assert.equal((await listed(page))[copy.id].deleted, '');

  // Open the sample: the open plan's edits were saved first, and after a reload it is open again.
  assert.deepEqual(await call(page, 'openPlan', sample), { ok: true, error: null });
  assert.equal((await exportedPlan(page)).plan.name, 'Restaurant, renamed');
  await waitForSaved(page);
  assert.equal((await storedRecord(page, created.id)).name, 'Spring campaign');
  await page.reload();
  await page.evaluate(() => window.waymark.ready);
  assert.equal((await exportedPlan(page)).plan.id, sample);
  assert.notEqual((await exportedPlan(page)).plan.name, sampleName);
  await ctx.close();
});

test('a plan deleted longer ago than the grace period is gone after the next start', async () => {
  const ctx = await browser.newContext();
  const page = await openIn(ctx, site.url);
  await waitForSaved(page);
  const created = await call(page, 'createPlan', 'Old idea');
  await waitForSaved(page);
  const sample = (await call(page, 'plans')).find((p) => p.id !== created.id).id;
  await call(page, 'openPlan', sample);
  await waitForSaved(page);
  await call(page, 'deletePlan', created.id);
  const days = await page.evaluate(() => window.WaymarkStore.DELETED_KEPT_DAYS);
  // The deletion dated back past the grace period, as if it happened that long ago.
  await page.evaluate(([id, d]) => new Promise((resolve) => {
    const open = indexedDB.open('waymark');
    open.onsuccess = () => {
      const tx = open.result.transaction(['plans'], 'readwrite');
      const get = tx.objectStore('plans').get(id);
      get.onsuccess = () => tx.objectStore('plans').put({ ...get.result, deleted: new Date(Date.now() - (d + 1) * 86400000).toISOString() }, id);
      tx.oncomplete = () => { open.result.close(); resolve(); };
    };
  }), [created.id, days]);
  await page.reload();
  await page.evaluate(() => window.waymark.ready);
  await waitForSaved(page);
  assert.deepEqual(Object.keys(await listed(page)), [sample]);
  await ctx.close();
});
