// Plans arriving from outside: share links, dropped files and pasted plan files each arrive as a
// new plan; existing plans stay, and a bad one is refused by name with nothing stored changed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, exportedPlan, clickItem, settle, openApp } from './harness.mjs';
import { waitForSaved, openIn, storedRecord } from './storage_helpers.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const storedIds = async (page) => (await page.evaluate(() => window.waymark.plans())).map((p) => p.id).sort();

test('11. a share link opened over existing work arrives as a new plan after the app asks', async () => {
  const ctx = await browser.newContext();
  const page = await openIn(ctx, site.url);
  await waitForSaved(page);
  const original = await exportedPlan(page);
  const link = await page.evaluate(() => window.waymark.shareLink());
  assert.equal(link.ok, true, link.error);
  assert.ok(link.url.startsWith(site.url + '#plan='));
  assert.ok(link.url.length < 16 * 1024);
  console.log(`share link of the sample plan: ${link.url.length} characters`);

  // Put off: nothing changes, and the link stays in the address bar.
  const declined = await openIn(ctx, link.url);
  await declined.waitForFunction(() => window.waymark.itemRect('shared-plan-open'));
  await clickItem(declined, 'shared-plan-later');
  await declined.waitForFunction(() => window.waymark.itemRect('shared-plan-banner-open'));
  assert.equal(await declined.evaluate(() => location.hash), new URL(link.url).hash);
  assert.deepEqual(await storedIds(declined), [original.plan.id]);
  await declined.close();

  const opened = await openIn(ctx, link.url);
  await opened.waitForFunction(() => window.waymark.itemRect('shared-plan-open'));
  // The mirror follows the frame that drew the question (it is written when the page goes idle).
  const question = `Open a shared plan? This link carries the plan “${original.plan.name}”`;
  await opened.waitForFunction((q) => document.getElementById('mirror').textContent.includes(q), question, { timeout: 10000 })
    .catch(async () => assert.fail(`the mirror never asked: ${(await opened.textContent('#mirror')).slice(0, 300)}`));
  await clickItem(opened, 'shared-plan-open');
  await opened.waitForFunction((id) => JSON.parse(window.waymark.exportPlan()).plan.id !== id, original.plan.id);
  const imported = await exportedPlan(opened);
  assert.equal(imported.plan.id, original.plan.id + '-2');
  assert.deepEqual({ ...imported.plan, id: original.plan.id }, original.plan);
  await waitForSaved(opened);
  assert.deepEqual(await storedIds(opened), [original.plan.id, original.plan.id + '-2'].sort());
  assert.equal((await storedRecord(opened, original.plan.id)).name, original.plan.name);
  await opened.waitForFunction(() => location.hash === '');
  await ctx.close();
});

test('a plan too big for a link is refused with the way out', async () => {
  const ctx = await browser.newContext();
  const page = await openIn(ctx, site.url);
  const big = await page.evaluate(() => {
    const doc = JSON.parse(window.waymark.exportPlan());
    let seed = 7;
    const noise = () => Array.from({ length: 2000 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join('');
    doc.plan.checkins = Array.from({ length: 20 }, (_, i) => ({ goalId: doc.plan.goals[0].id, date: '2026-01-01', value: i, note: noise() }));
    return window.waymark.importPlan(JSON.stringify(doc));
  });
  assert.equal(big.ok, true, big.error);
  const link = await page.evaluate(() => window.waymark.shareLink());
  assert.equal(link.ok, false);
  assert.match(link.error, /link of \d+ KB, longer than the 16 KB .* “Download plan”/);
  await ctx.close();
});

// Drops or pastes text on the page as the browser would deliver it.
const drop = (page, name, content) => page.evaluate(([n, c]) => {
  const data = new DataTransfer();
  data.items.add(new File([c], n, { type: 'application/json' }));
  window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}, [name, content]);
const paste = (page, content) => page.evaluate((c) => {
  const data = new DataTransfer();
  data.setData('text/plain', c);
  document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}, content);

test('a dropped plan file and a pasted plan file each arrive as a new plan; a bad one changes nothing', async () => {
  const ctx = await browser.newContext();
  const page = await openIn(ctx, site.url);
  await waitForSaved(page);
  const original = await exportedPlan(page);
  const text = JSON.stringify({ ...original, plan: { ...original.plan, name: 'Dropped in' } });
  await drop(page, 'dropped.waymark.json', text);
  await page.waitForFunction(() => JSON.parse(window.waymark.exportPlan()).plan.name === 'Dropped in');
  assert.equal((await exportedPlan(page)).plan.id, original.plan.id + '-2');
  await waitForSaved(page);

  await paste(page, JSON.stringify({ ...original, plan: { ...original.plan, name: 'Pasted in' } }));
  await page.waitForFunction(() => JSON.parse(window.waymark.exportPlan()).plan.name === 'Pasted in');
  assert.equal((await exportedPlan(page)).plan.id, original.plan.id + '-3');
  await waitForSaved(page);
  const ids = await storedIds(page);
  assert.deepEqual(ids, [original.plan.id, original.plan.id + '-2', original.plan.id + '-3'].sort());

  // Plain text pasted is not a plan: ignored. A broken plan file dropped: refused, nothing changes.
  await paste(page, 'just a sentence');
  await drop(page, 'broken.json', '{"format": "waymark-plan", "version": 1, "plan": {"id": "x", "goals": "many"}}');
  await page.waitForFunction(() => window.waymark.itemRect('dismiss-notice'));
  assert.equal((await exportedPlan(page)).plan.name, 'Pasted in');
  await waitForSaved(page);
  assert.deepEqual(await storedIds(page), ids);
  await ctx.close();
});

// Init script: the main-thread time of each animation-frame callback (the app draws a frame in one).
function timeFrames() {
  window.__frameMs = [];
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => {
    const start = performance.now();
    cb(t);
    window.__frameMs.push(performance.now() - start);
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test('a refusal names a megabyte key or value by a short excerpt, and the frames after it stay cheap', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await ctx.addInitScript(timeFrames);
  const { page } = await openApp(browser, site.url, { context: ctx });  // with the draw counter settle() reads
  await waitForSaved(page);
  const planName = (await exportedPlan(page)).plan.name;
  const files = {
    'huge-key.json': [`{"format":"waymark-plan","version":1,"plan":{"id":"p","${'k'.repeat(1 << 20)}":1}}`,
      `Could not open “huge-key.json”: plan.${'k'.repeat(64)}…: unknown field. Your current plan is unchanged.`],
    'huge-value.json': [`{"format":"waymark-plan","version":1,"plan":{"id":"p","name":"${'v'.repeat(1 << 20)}`,
      `…'. Your current plan is unchanged.`],
  };
  for (const [name, [content, expected]] of Object.entries(files)) {
    await drop(page, name, content);
    await page.waitForFunction((n) => window.waymark.viewState().notice.includes(n), name);
    const shown = (await page.evaluate(() => window.waymark.viewState().notice));
    assert.ok(shown.length < 400, `${name}: a notice of ${shown.length} characters`);
    assert.ok(shown === expected || shown.endsWith(expected), `${name}: ${shown}`);
    await settle(page);
    // Frames while the banner shows: the mouse moving over the page.
    const from = await page.evaluate(() => window.__frameMs.length);
    for (let i = 0; i < 12; i++) await page.mouse.move(300 + 40 * i, 200 + 20 * i);
    await settle(page);
    const frames = await page.evaluate((n) => window.__frameMs.slice(n), from);
    console.log(`${name}: notice of ${shown.length} characters; ${frames.length} frames after it, median ` +
      `${median(frames).toFixed(1)} ms, longest ${Math.max(...frames).toFixed(1)} ms`);
    assert.ok(frames.length > 0, 'the mouse moves drew no frame');
    assert.ok(median(frames) < 50, `${name}: frames took ${median(frames).toFixed(1)} ms (median)`);
  }
  assert.equal((await exportedPlan(page)).plan.name, planName);
  await ctx.close();
});
