// Two tabs of one browser edit the same plan (reliability scenario 4): the tab that saves second
// is told, and chooses. "Keep mine as a copy" ends with two plans, each holding one tab's edits;
// "Use the other tab's version" takes the stored one without writing over it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, exportedPlan, clickItem, untilIdle } from './harness.mjs';
import { storedRecord, waitForSaved, openIn } from './storage_helpers.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

// Retitles the plan's first objective through the API (an edit like any other).
const retitle = (page, title) => page.evaluate((t) => {
  const doc = JSON.parse(window.waymark.exportPlan());
  doc.plan.objectives[0].title = t;
  return window.waymark.importPlan(JSON.stringify(doc));
}, title);
const firstObjective = (text) => JSON.parse(text).plan.objectives[0].title;

// Tabs A and B on the same plan; A saves an edit, then B edits too and is told of the conflict.
async function conflict(ctx) {
  const a = await openIn(ctx, site.url);
  const { lastSaved: { id } } = await waitForSaved(a);
  const b = await openIn(ctx, site.url);
  assert.equal(await b.evaluate(() => window.waymark.openPlanId()), id);
  await retitle(a, 'Edited in tab A');
  await waitForSaved(a);
  await retitle(b, 'Edited in tab B');
  await b.waitForFunction(() => /another tab/.test(window.waymark.saveState().problem));
  await untilIdle(b);
  return { a, b, id };
}

test('4. keep mine as a copy: two plans in the library, each with one tab\'s edits', async () => {
  const ctx = await browser.newContext();
  const { a, b, id } = await conflict(ctx);
  await clickItem(b, 'conflict-keep-mine');
  await b.waitForFunction((first) => window.waymark.openPlanId() !== first, id);
  await waitForSaved(b);
  const copyId = await b.evaluate(() => window.waymark.openPlanId());
  const plans = (await b.evaluate(() => window.waymark.plans())).filter((p) => !p.deleted);
  assert.deepEqual(plans.map((p) => p.id).sort(), [id, copyId].sort());
  const original = await storedRecord(b, id), copy = await storedRecord(b, copyId);
  assert.equal(firstObjective(original.text), 'Edited in tab A');
  assert.equal(firstObjective(copy.text), 'Edited in tab B');
  assert.match(copy.name, / \(copy from other tab\)$/);
  assert.equal((await exportedPlan(b)).plan.id, copyId);
  assert.equal(await b.evaluate(() => window.waymark.saveState().problem), '');
  // Tab A goes on saving its plan undisturbed.
  await retitle(a, 'Edited in tab A again');
  assert.equal((await waitForSaved(a)).problem, '');
  assert.equal(firstObjective((await storedRecord(a, id)).text), 'Edited in tab A again');
  await ctx.close();
});

test('4. use the other tab\'s version: this tab shows it, nothing is written over, undo brings mine back', async () => {
  const ctx = await browser.newContext();
  const { a, b, id } = await conflict(ctx);
  const before = await storedRecord(b, id);
  await clickItem(b, 'conflict-use-other');
  await b.waitForFunction(() => JSON.parse(window.waymark.exportPlan()).plan.objectives[0].title === 'Edited in tab A');
  assert.equal((await waitForSaved(b)).problem, '');
  assert.deepEqual(await storedRecord(b, id), before, 'the other tab\'s record was written again');
  assert.equal(await a.evaluate(() => window.waymark.saveState().problem), '');
  await b.keyboard.press('Control+z');
  await b.waitForFunction(() => JSON.parse(window.waymark.exportPlan()).plan.objectives[0].title === 'Edited in tab B');
  await ctx.close();
});

test('4. a tab in conflict asks before it closes, so its unsaved edits are not lost silently', async () => {
  const ctx = await browser.newContext();
  const { a, b } = await conflict(ctx);
  const asked = new Promise((resolve) => b.once('dialog', (dialog) => { resolve(dialog.type()); dialog.dismiss(); }));
  await b.close({ runBeforeUnload: true });
  assert.equal(await asked, 'beforeunload');
  assert.equal(b.isClosed(), false, 'the tab closed without asking');
  assert.equal((await exportedPlan(b)).plan.objectives[0].title, 'Edited in tab B');
  // A tab whose saves work closes without a question.
  let dialogs = 0;
  a.on('dialog', (dialog) => { dialogs++; dialog.dismiss(); });
  await a.close({ runBeforeUnload: true });
  await a.waitForEvent('close');
  assert.equal(dialogs, 0);
  await ctx.close();
});
