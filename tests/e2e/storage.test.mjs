// Stored plans in the real browser's IndexedDB: records with revisions and checksums, earlier
// versions kept, and a record that cannot be read set aside byte for byte, never written over.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, openApp, exportedPlan, untilIdle } from './harness.mjs';
import { idb, storedRecord, waitForSaved, rename } from './storage_helpers.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

test('each save is one record with format, version, revision and checksum; earlier ones are kept', async () => {
  const ctx = await browser.newContext();
  const { page } = await openApp(browser, site.url, { context: ctx });
  const first = await waitForSaved(page);
  const id = first.lastSaved.id;
  for (const name of ['Two', 'Three', 'Four']) {
    await rename(page, name);
    await waitForSaved(page);
  }
  const record = await storedRecord(page, id);
  assert.equal(record.format, 'waymark-plan');
  assert.equal(record.version, 1);
  assert.equal(record.rev, first.lastSaved.rev + 3);
  assert.equal(record.name, 'Four');
  assert.equal(record.checksum, await page.evaluate((t) => window.WaymarkStore.checksum(t), record.text));
  const versions = await page.evaluate((i) => window.waymark.planVersions(i), id);
  assert.deepEqual(versions.map((v) => v.rev), [1, 2, 3]);

  // An earlier version comes back as the next revision; the one it replaced is kept in turn.
  assert.deepEqual(await page.evaluate((i) => window.waymark.restorePlanVersion(i, 2), id), { ok: true, error: null });
  assert.equal((await exportedPlan(page)).plan.name, 'Two');
  await waitForSaved(page);
  assert.equal((await storedRecord(page, id)).rev, record.rev + 1);
  assert.deepEqual((await page.evaluate((i) => window.waymark.planVersions(i), id)).map((v) => v.rev), [1, 2, 3, 4]);
  assert.equal((await page.evaluate((i) => window.waymark.restorePlanVersion(i, 99), id)).ok, false);
  await ctx.close();
});

test('a stored plan that cannot be read is kept byte for byte, and the app still starts', async () => {
  const ctx = await browser.newContext();
  const { page } = await openApp(browser, site.url, { context: ctx });
  const { lastSaved: { id } } = await waitForSaved(page);
  const damaged = '{"format": "waymark-plan", "version": 1, "plan": {"id": "' + id + '", "goals": [';
  await idb(page, (s, a) => s.plans.put({ format: 'waymark-plan', version: 1, rev: 9, text: a.text }, a.id), { id, text: damaged });

  for (let visit = 0; visit < 2; visit++) {  // and it stays set aside across reloads
    await page.reload();
    await page.evaluate(() => window.waymark.ready);
    const opened = (await exportedPlan(page)).plan;
    assert.notEqual(opened.id, id, 'the damaged plan\'s id was reused');
    assert.ok(opened.objectives.length > 0);
    await untilIdle(page);  // the notice's card sizes itself over the first frames
    assert.ok(await page.evaluate(() => window.waymark.itemRect('dismiss-notice')) || visit > 0, 'no notice says what happened');
    await waitForSaved(page);
    const quarantined = await page.evaluate(() => window.waymark.quarantined());
    assert.equal(quarantined.length, 1);
    assert.equal(quarantined[0].planId, id);
    assert.equal(quarantined[0].bytes, damaged);
    assert.equal(await storedRecord(page, id), null, 'the damaged record is still among the plans');
    const saved = await storedRecord(page, opened.id);
    assert.ok(saved && saved.text.includes(opened.id), 'the recovered plan was not stored');
  }
  const download = page.waitForEvent('download');
  const key = (await page.evaluate(() => window.waymark.quarantined()))[0].key;
  assert.equal(await page.evaluate((k) => window.waymark.downloadQuarantined(k), key), true);
  const file = await download;
  assert.match(file.suggestedFilename(), /^waymark-unreadable-.*\.json$/);
  await ctx.close();
});

test('a record whose checksum does not match is set aside and its previous save opens', async () => {
  const ctx = await browser.newContext();
  const { page } = await openApp(browser, site.url, { context: ctx });
  const { lastSaved: { id } } = await waitForSaved(page);
  await rename(page, 'Good save');
  await waitForSaved(page);
  await rename(page, 'Latest save');
  await waitForSaved(page);
  // Bit rot: the text changes under its checksum.
  const flipped = await idb(page, (s, key) => {
    const get = s.plans.get(key);
    get.onsuccess = () => {
      const r = get.result;
      r.text = r.text.replace('Latest save', 'Latest sav\u00e9');
      s.plans.put(r, key);
    };
    return 'ok';
  }, id);
  assert.equal(flipped, 'ok');
  await page.reload();
  await page.evaluate(() => window.waymark.ready);
  assert.equal((await exportedPlan(page)).plan.name, 'Good save');
  const quarantined = await page.evaluate(() => window.waymark.quarantined());
  assert.equal(quarantined.length, 1);
  assert.equal(quarantined[0].problem, 'checksum mismatch');
  assert.match(quarantined[0].bytes, /Latest sav\u00e9/);
  await untilIdle(page);  // the notice's card sizes itself over the first frames
  assert.ok(await page.evaluate(() => window.waymark.itemRect('dismiss-notice')), 'no notice says what happened');
  // The next save continues from the restored revision.
  await rename(page, 'After the repair');
  const state = await waitForSaved(page);
  assert.equal(state.problem, '');
  assert.equal((await storedRecord(page, id)).name, 'After the repair');
  await ctx.close();
});
