// When the shell saves: soon after the first change however many follow, never before the stored
// plan was read, never after the module aborted. Puts into IndexedDB are recorded in the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, openApp, exportedPlan } from './harness.mjs';
import { recordPuts, waitForSaved, storedRecord } from './storage_helpers.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const SAVE_DELAY_MS = 300;

test('a steady stream of edits is saved at most the save delay after the first one', async () => {
  const ctx = await browser.newContext();
  await ctx.addInitScript(recordPuts);
  const { page } = await openApp(browser, site.url, { context: ctx });
  await waitForSaved(page);
  // An edit every 50 ms for 1.5 s: a timer that restarts on every change never fires. The save
  // starts with the shell's export of the plan from the module; its put follows when the browser
  // gets to it.
  const run = await page.evaluate(async () => {
    const doc = JSON.parse(window.waymark.exportPlan());
    window.__puts.length = 0;
    const exports = [];
    const exportPlan = window.Module._waymark_export_plan;
    window.Module._waymark_export_plan = () => { exports.push(performance.now()); return exportPlan(); };
    const first = performance.now();
    let probe = Infinity;
    for (let i = 0; i < 30; i++) {
      doc.plan.id = 'stream-' + i;
      doc.plan.name = 'Stream ' + i;
      const result = window.waymark.importPlan(JSON.stringify(doc));
      if (!result.ok) throw new Error(result.error);
      // A timer of the page's own, due with the save: when the page runs it is this machine's
      // answer to "300 ms after the first edit", busy frames included.
      if (i === 0) setTimeout(() => { probe = performance.now(); }, 300);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { first, last: performance.now(), exports, probe };
  });
  const puts = (await page.evaluate(() => window.__puts)).filter((p) => p.store === 'plans');
  assert.ok(run.exports.length >= 2, `only ${run.exports.length} saves started during the edits`);
  assert.ok(run.exports[0] <= run.probe + 50, `the first save started ${Math.round(run.exports[0] - run.first)} ms after ` +
            `the first edit, a timer due with it ran at ${Math.round(run.probe - run.first)} ms`);
  assert.ok(puts.length >= 1 && puts[0].at < run.last, 'nothing was written while the edits went on');
  await waitForSaved(page);
  assert.equal((await storedRecord(page, 'stream-29')).name, 'Stream 29');
  await ctx.close();
});

test('an import before the app has started is refused and cannot save over the stored plan', async () => {
  // No service worker: it would serve the font from its cache, past the route that holds it back.
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const first = await openApp(browser, site.url, { context: ctx });
  await waitForSaved(first.page);
  const stored = await exportedPlan(first.page);
  await first.page.close();

  // Hold the font back, so the module runs while the app has not started yet.
  let releaseFont;
  const fontHeld = new Promise((resolve) => { releaseFont = resolve; });
  await ctx.route('**/fonts/waymark-ui.*.otf', async (route) => { await fontHeld; await route.continue(); });
  await ctx.addInitScript(recordPuts);
  const page = await ctx.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => window.Module && window.Module.calledRun);
  const imposter = structuredClone(stored);
  imposter.plan.name = 'Imported before start';
  const result = await page.evaluate((t) => window.waymark.importPlan(t), JSON.stringify(imposter));
  assert.equal(result.ok, false);
  assert.match(result.error, /not ready/);
  // Past the save delay with the import in place, had it been taken.
  await page.waitForTimeout(SAVE_DELAY_MS * 3);
  releaseFont();
  await page.evaluate(() => window.waymark.ready);
  assert.deepEqual(await exportedPlan(page), stored);
  const puts = await page.evaluate(() => window.__puts);
  assert.ok(!puts.some((p) => (p.text || '').includes('Imported before start')), 'the import was written');
  assert.equal((await storedRecord(page, stored.plan.id)).name, stored.plan.name);
  await ctx.close();
});

test('after the module aborts, a pending save neither exports nor writes', async () => {
  const ctx = await browser.newContext();
  await ctx.addInitScript(recordPuts);
  const { page } = await openApp(browser, site.url, { context: ctx });
  await waitForSaved(page);
  const outcome = await page.evaluate(async (delay) => {
    const doc = JSON.parse(window.waymark.exportPlan());
    doc.plan.name = 'Edited just before the abort';
    window.waymark.importPlan(JSON.stringify(doc));
    let exports = 0;
    const exportPlan = window.Module._waymark_export_plan;
    window.Module._waymark_export_plan = (...args) => { exports++; return exportPlan(...args); };
    window.__puts.length = 0;
    // What Emscripten's abort() calls first, before it throws out of the module.
    window.Module.onAbort('simulated abort');
    await new Promise((resolve) => setTimeout(resolve, delay * 3));
    return { exports, puts: window.__puts.length, shown: !document.getElementById('status').hidden };
  }, SAVE_DELAY_MS);
  assert.deepEqual(outcome, { exports: 0, puts: 0, shown: true });
  await ctx.close();
});
