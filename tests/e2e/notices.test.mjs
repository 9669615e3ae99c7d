// Notices reach screen-reader users (issue 21): a refused file, an unreadable stored save and a
// cut share link are each written into the screen-reader mirror and said once in the polite live
// region (#announce), as the banner shows them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { startSite, launchBrowser } from './harness.mjs';
import { waitForSaved, openIn, idb, rename } from './storage_helpers.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

// Init script: every text the polite live region is given (it is cleared before each message).
function recordLiveRegion() {
  window.__said = [];
  const watch = () => {
    const live = document.getElementById('announce');
    if (!live) return setTimeout(watch, 5);
    new MutationObserver(() => { if (live.textContent) window.__said.push(live.textContent); })
      .observe(live, { childList: true, characterData: true, subtree: true });
  };
  watch();
}
// Waits until the mirror and the live region both hold a text that includes `part`; returns it.
async function reachesScreenReaders(page, part) {
  await page.waitForFunction((p) => document.getElementById('mirror').textContent.includes(p) &&
    window.__said.some((s) => s.includes(p)), part, { timeout: 15000 });
  return page.evaluate((p) => window.__said.filter((s) => s.includes(p)), part);
}
const drop = (page, name, content) => page.evaluate(([n, c]) => {
  const data = new DataTransfer();
  data.items.add(new File([c], n, { type: 'application/json' }));
  window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}, [name, content]);

test('a refused file is in the mirror and said once in the live region; dropped again, said again', async () => {
  const ctx = await browser.newContext();
  await ctx.addInitScript(recordLiveRegion);
  const page = await openIn(ctx, site.url);
  await waitForSaved(page);
  await drop(page, 'holiday.jpg', '\xff\xd8 not a plan');
  const said = await reachesScreenReaders(page, 'Could not open “holiday.jpg”');
  assert.equal(said.length, 1, said.join(' | '));
  assert.match(said[0], /^Could not open “holiday\.jpg”: .*Your current plan is unchanged\.$/);
  await page.evaluate(() => { window.__said.length = 0; });
  await drop(page, 'holiday.jpg', '\xff\xd8 not a plan');
  await page.waitForFunction(() => window.__said.length > 0, null, { timeout: 15000 });
  await ctx.close();
});

test('a damaged stored save: the notice that its previous save opened reaches the mirror and the live region', async () => {
  const ctx = await browser.newContext();
  await ctx.addInitScript(recordLiveRegion);
  const page = await openIn(ctx, site.url);
  const { lastSaved: { id } } = await waitForSaved(page);
  await rename(page, 'Good save');
  await waitForSaved(page);
  await rename(page, 'Latest save');
  await waitForSaved(page);
  await idb(page, (s, key) => {
    const get = s.plans.get(key);
    get.onsuccess = () => { const r = get.result; r.text = r.text.replace('Latest save', 'Latest sav\u00e9'); s.plans.put(r, key); };
    return 'ok';
  }, id);
  await page.reload();
  await page.evaluate(() => window.waymark.ready);
  const said = await reachesScreenReaders(page, 'The latest save of this plan was damaged');
  assert.equal(said.length, 1);
  await ctx.close();
});

test('a cut share link: "incomplete" reaches the mirror and the live region', async () => {
  const ctx = await browser.newContext();
  await ctx.addInitScript(recordLiveRegion);
  const plan = JSON.stringify({ format: 'waymark-plan', version: 1, plan: { id: 'shared', name: 'A plan cut short in a chat' } });
  const packed = zlib.deflateRawSync(Buffer.from(plan)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const page = await openIn(ctx, site.url + '#plan=' + packed.slice(0, Math.floor(packed.length * 0.6)));
  await reachesScreenReaders(page, 'This share link is incomplete or damaged');
  await ctx.close();
});
