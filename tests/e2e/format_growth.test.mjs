// The format grows, the user's plans stay readable (issue 21): plans and records that earlier
// builds stored open in this one, a newer build's plan is kept as it is and never called damage,
// and an unreadable last plan gives way to its newest readable kept version, not to a sample.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, launchBrowser, exportedPlan, clickItem, untilIdle, waitForPlan, REPO_DIR } from './harness.mjs';
import { idb, storedRecord, waitForSaved, rename, openIn, recordAnnouncements, announced, putPlanRecord, restart }
  from './storage_helpers.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const golden = (name) => readFileSync(join(REPO_DIR, 'tests/golden', name), 'utf8');
const quarantined = (page) => page.evaluate(() => window.waymark.quarantined());

async function freshApp() {
  const ctx = await browser.newContext({ acceptDownloads: true });
  await ctx.addInitScript(recordAnnouncements);
  return { ctx, page: await openIn(ctx, site.url) };
}

test('a plan stored by an earlier build with its own app_installs KPI opens: the KPI moves to a free id with its goals, and the user is told', async () => {
  const { ctx, page } = await freshApp();
  await waitForSaved(page);
  const text = golden('v1-2026-11-23-own-kpis-catalog-took-later.waymark.json');
  await putPlanRecord(page, 'app-launch', text, { name: 'App launch: first 90 days' });
  await restart(page);
  const plan = (await exportedPlan(page)).plan;
  assert.equal(plan.id, 'app-launch', 'the stored plan did not open');
  assert.deepEqual(plan.customKpis.map((k) => [k.id, k.name]),
    [['custom_app_installs', 'Installs from our links'], ['custom_cost_per_application', 'Cost per job application']]);
  assert.equal(plan.goals[0].kpi, 'custom_app_installs');
  assert.deepEqual(plan.goals[0].secondaryKpis, ['custom_cost_per_application', 'reach']);
  assert.equal(plan.goals[1].kpi, 'custom_cost_per_application');
  assert.deepEqual(plan.goals[1].secondaryKpis, ['custom_app_installs']);
  const said = await announced(page, /catalog/);
  assert.match(said, /Installs from our links/);
  assert.match(said, /custom_app_installs/);
  await untilIdle(page);
  assert.ok(await page.evaluate(() => window.waymark.itemRect('dismiss-notice')), 'no notice on the screen');
  assert.deepEqual(await quarantined(page), []);
  // Stored with the moved ids, so the next start opens it without a change.
  await waitForSaved(page);
  assert.match((await storedRecord(page, 'app-launch')).text, /"custom_app_installs"/);
  // Its download opens again, as a new plan.
  const download = page.waitForEvent('download');
  await clickItem(page, 'download');
  const file = readFileSync(await (await download).path(), 'utf8');
  assert.deepEqual(await page.evaluate((t) => window.waymark.importPlan(t), file), { ok: true, error: null });
  await ctx.close();
});

// The record layouts of earlier builds, made as those builds made them (tests/golden/README.md):
// IndexedDB version 1 with records {format, version, rev, text} (no checksum, no kept versions),
// and version 2 before the drafts store existed (the same version number, one store fewer).
const EARLIER_DATABASES = {
  'version 1, records without checksum (the first builds)': { version: 1, stores: ['plans', 'meta'], checksum: false },
  'version 2 without the drafts store (the first checksummed builds)': { version: 2, stores: ['plans', 'meta', 'generations', 'quarantine'], checksum: true },
};

for (const [layout, db] of Object.entries(EARLIER_DATABASES)) {
  test(`a plan in an earlier build's database (${layout}) opens, and saving goes on`, async () => {
    const ctx = await browser.newContext();
    const blank = await ctx.newPage();
    // A page of the same site that is not the app: the database is made before the app first runs.
    await blank.goto(site.url + 'manifest.webmanifest');
    const text = golden('v1-2026-11-23-first-release.waymark.json');
    const made = await blank.evaluate(([d, t]) => new Promise((resolve, reject) => {
      const open = indexedDB.open('waymark', d.version);
      open.onupgradeneeded = () => {
        for (const name of d.stores) open.result.createObjectStore(name, name === 'quarantine' ? { autoIncrement: true } : undefined);
      };
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        // FNV-1a over UTF-16 code units, as web/shell/storage.js has summed records since it has.
        let h = 0x811c9dc5;
        for (let i = 0; i < t.length; i++) { h ^= t.charCodeAt(i); h = Math.imul(h, 0x01000193); }
        const record = d.checksum
          ? { format: 'waymark-plan', version: 1, storeFormat: 2, rev: 3, checksum: 'fnv1a:' + (h >>> 0).toString(16).padStart(8, '0') + ':' + t.length,
              text: t, name: 'Campfire: Q1 social plan', savedAt: '2026-11-29T20:50:00.000Z', build: '0.1.0' }
          : { format: 'waymark-plan', version: 1, rev: 3, text: t };
        const tx = open.result.transaction(['plans', 'meta'], 'readwrite');
        tx.objectStore('plans').put(record, 'plan-full');
        tx.objectStore('meta').put('plan-full', 'lastPlanId');
        tx.oncomplete = () => { open.result.close(); resolve(true); };
        tx.onerror = () => reject(tx.error);
      };
    }), [db, text]);
    assert.equal(made, true);
    const page = await openIn(ctx, site.url);
    const plan = (await exportedPlan(page)).plan;
    assert.equal(plan.id, 'plan-full');
    assert.equal(plan.name, 'Campfire: Q1 social plan');
    assert.equal((await waitForSaved(page)).problem, '');
    await rename(page, 'Saved by this build');
    const state = await waitForSaved(page);
    assert.equal(state.problem, '');
    assert.equal((await storedRecord(page, 'plan-full')).name, 'Saved by this build');
    assert.deepEqual((await page.evaluate(() => window.waymark.planVersions('plan-full'))).map((v) => v.rev).slice(0, 1), [3]);
    await ctx.close();
  });
}

test('a plan a newer build stored with one field this build does not know is kept as it is, never called damage', async () => {
  const { ctx, page } = await freshApp();
  const { lastSaved: { id } } = await waitForSaved(page);
  const doc = JSON.parse(await page.evaluate(() => window.waymark.exportPlan()));
  doc.plan.goals[0].priority = 'high';  // an optional field of a newer build of format version 1
  doc.plan.name = 'Made by a newer build';
  const newer = JSON.stringify(doc, null, 2) + '\n';
  await putPlanRecord(page, id, newer, { rev: 7, name: doc.plan.name, build: '9.9.9' });
  const before = await storedRecord(page, id);
  for (let visit = 0; visit < 2; visit++) {  // and still so on the visit after
    await restart(page);
    await waitForSaved(page);
    assert.match(await page.evaluate(() => window.waymark.saveState().problem), /newer version of Waymark/);
    assert.match(await page.evaluate(() => window.waymark.saveState().problem), /Made by a newer build/);
    assert.deepEqual(await quarantined(page), [], 'a newer build\'s plan was set aside as damaged');
    assert.deepEqual(await storedRecord(page, id), before, 'the newer build\'s record was changed');
    assert.equal(await idb(page, (s) => s.meta.get('lastPlanId')), id, 'it is no longer the plan that opens next');
    // The Plans dialog lists it with its reason and offers its bytes.
    const listed = (await page.evaluate(() => window.waymark.plans())).find((p) => p.id === id);
    assert.equal(listed.problem, 'newer');
  }
  await clickItem(page, 'plans');
  const download = page.waitForEvent('download');
  await clickItem(page, `plan-download:${id}`);
  assert.equal(readFileSync(await (await download).path(), 'utf8'), newer);
  // Once a build that reads the field runs (here: the field taken out, as only such a build could
  // make this one read it), the plan opens as the last plan, from its untouched record.
  delete doc.plan.goals[0].priority;
  await putPlanRecord(page, id, JSON.stringify(doc, null, 2) + '\n', { rev: 8 });
  await restart(page);
  assert.equal((await exportedPlan(page)).plan.name, 'Made by a newer build');
  assert.equal((await waitForSaved(page)).problem, '');
  await ctx.close();
});

test('the last plan unreadable at start: its newest readable kept version opens, not a sample, and Plans reaches every record', async () => {
  const { ctx, page } = await freshApp();
  const { lastSaved: { id } } = await waitForSaved(page);
  for (const name of ['Version two', 'Version three', 'Version four']) {
    await rename(page, name);
    await waitForSaved(page);
  }
  // A second plan whose record no longer matches its checksum (never read at start).
  const other = await page.evaluate(() => window.waymark.duplicatePlan(window.waymark.openPlanId()));
  assert.equal(other.ok, true, other.error);
  // The last save cut short, with a checksum over the cut bytes (as a build with a writer bug
  // would leave it): whole as a record, but no plan file.
  const latest = await storedRecord(page, id);
  const cut = latest.text.slice(0, Math.floor(latest.text.length / 2));
  await putPlanRecord(page, id, cut, { rev: latest.rev, name: 'Version four' });
  await idb(page, (s, key) => {
    const get = s.plans.get(key);
    get.onsuccess = () => s.plans.put({ ...get.result, text: get.result.text.replace('Version', 'Versi0n') }, key);
  }, other.id);
  await restart(page);
  // The kept versions are read after the start (the store answers asynchronously): the sample
  // shows until the newest readable one replaces it. Wait for that, not for the first frame.
  await waitForPlan(page, (plan, want) => plan.id === want, id, 30000).catch(() => {});
  const opened = (await exportedPlan(page)).plan;
  assert.equal(opened.id, id, 'the plan did not open under its own id');
  assert.equal(opened.name, 'Version three', 'not the newest readable kept version');
  // The start's notice (a sample opened instead) may be said first; then which kept version opened.
  assert.match(await announced(page, /Version three/), /opened instead/);
  const aside = await quarantined(page);
  assert.equal(aside.length, 1);
  assert.equal(aside[0].reason, 'damaged');
  assert.equal(aside[0].bytes, cut);
  // Saving goes on from the version that opened.
  await rename(page, 'After the repair');
  assert.equal((await waitForSaved(page)).problem, '');
  assert.equal((await storedRecord(page, id)).name, 'After the repair');

  // The Plans dialog: the set-aside bytes and the damaged plan, each with a download and a reason.
  await clickItem(page, 'plans');
  let download = page.waitForEvent('download');
  await clickItem(page, `damaged-download:${aside[0].key}`);
  assert.equal(readFileSync(await (await download).path(), 'utf8'), cut);
  download = page.waitForEvent('download');
  await clickItem(page, `plan-download:${other.id}`);
  assert.match(readFileSync(await (await download).path(), 'utf8'), /Versi0n/);
  const mirror = await page.evaluate(() => window.waymark.plans());
  assert.equal(mirror.find((p) => p.id === other.id).problem, 'damaged');
  // What the API says of the damaged plan is its reason, never "no stored plan" or "(missing)".
  for (const call of ['openPlan', 'renamePlan', 'duplicatePlan', 'deletePlan']) {
    const result = await page.evaluate(([c, i]) => window.waymark[c](i, 'x'), [call, other.id]);
    assert.equal(result.ok, false, call);
    assert.match(result.error, /damaged/, call);
    assert.doesNotMatch(result.error, /no stored plan|missing/, call);
  }
  // Deleted for good, with a question first.
  await clickItem(page, `plan-purge:${other.id}`);
  assert.ok(await page.evaluate((i) => (window.waymark.plans()).then((p) => p.some((x) => x.id === i)), other.id));
  await clickItem(page, 'confirm-purge');
  // Polled from here: waitForFunction does not await a page function's promise.
  for (const deadline = Date.now() + 15000; await page.evaluate((i) => window.waymark.plans().then((p) => p.some((x) => x.id === i)), other.id);) {
    assert.ok(Date.now() < deadline, 'the plan deleted for good is still listed');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await ctx.close();
});
