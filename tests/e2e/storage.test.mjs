// Stored plans in the real browser's IndexedDB: an unreadable record is never written over.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, openApp, exportedPlan, untilIdle } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

// Reads or writes the shell's IndexedDB directly, as a damaged disk or another program might.
const idb = (page, fn, arg) => page.evaluate(([source, a]) => new Promise((resolve, reject) => {
  const open = indexedDB.open('waymark');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['plans', 'meta'], 'readwrite');
    const result = new Function('plans', 'meta', 'arg', `return (${source})(plans, meta, arg);`)(
      tx.objectStore('plans'), tx.objectStore('meta'), a);
    tx.oncomplete = () => { db.close(); resolve(result && result.result !== undefined ? result.result : null); };
    tx.onerror = () => reject(tx.error);
  };
}), [fn.toString(), arg]);

test('a stored plan that cannot be read is kept byte for byte, and the app still starts', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const first = await openApp(browser, site.url, { context: ctx });
  await untilIdle(first.page);  // idle includes the sample's save being done
  const id = await idb(first.page, (plans, meta) => meta.get('lastPlanId'));
  assert.ok(id, 'the first visit stored nothing');
  const damaged = '{"format": "waymark-plan", "version": 1, "plan": {"id": "' + id + '", "goals": [';
  await idb(first.page, (plans, meta, arg) => { plans.put({ format: 'waymark-plan', version: 1, rev: 9, text: arg.text }, arg.id); },
    { id, text: damaged });

  await first.page.reload();
  await first.page.evaluate(() => window.waymark.ready);
  const opened = (await exportedPlan(first.page)).plan;
  assert.notEqual(opened.id, id, 'the damaged plan\'s id was reused');
  assert.ok(opened.objectives.length > 0);
  assert.ok(await first.page.evaluate(() => window.waymark.itemRect('dismiss-notice')), 'no notice says what happened');

  await untilIdle(first.page);  // the sample's save under its own id is done
  const kept = await idb(first.page, (plans, meta, arg) => plans.get(arg), id);
  assert.equal(kept.text, damaged);
  const saved = await idb(first.page, (plans, meta, arg) => plans.get(arg), opened.id);
  assert.ok(saved && saved.text.includes(opened.id), 'the recovered plan was not stored');
  await ctx.close();
});
