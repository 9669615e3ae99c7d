// Text that survives its field (issue 21) on the real build: 3,000-character titles and a
// 10,000-character check-in note mixing umlauts, Indonesian and emoji through the app's fields
// (leaving a field untouched leaves the plan byte for byte and adds no undo step, an edit keeps
// every other character), emoji typed and pasted, text still in a field that has the keyboard
// when the tab closes, the browser is killed or an update reloads the page, and notices that
// reach the screen-reader mirror and the polite live region.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite, launchBrowser, openApp, exportedPlan, clickItem, untilIdle, settle, drawsDuring, REPO_DIR, SITE_DIR, SLOW } from './harness.mjs';
import { waitForSaved, openIn, launchKillable, makeSecondBuild, switchableSite } from './storage_helpers.mjs';

let site, browser;
// A Chromium of this file's own: the clipboard belongs to the browser, shared by all its contexts,
// and other files' tests running at the same time write to it.
before(async () => { site = await startSite(); browser = await launchBrowser([], { own: true }); });
after(async () => { await browser?.close(); site?.server.close(); });

// `count` characters (code points) of German, Indonesian and emoji, tagged so no two are alike.
function mixedText(tag, count = 3000) {
  const pieces = ['Grüße aus Köln, Öffnungszeiten für Straßenfeste ', '🚀 ', 'Selamat datang, terima kasih atas ulasan Anda ',
    '🎉👩‍🍳 ', `${tag} `];
  let chars = [];
  for (let i = 0; chars.length <= count; i++) chars = chars.concat([...pieces[i % pieces.length]]);
  return chars.slice(0, count).join('');
}

// The sample plan with 3,000-character texts in a goal's, an objective's, a tactic's and a
// task's title and the plan's name, and a check-in note of 10,000 (the format's limit).
function longPlan() {
  const doc = JSON.parse(readFileSync(`${REPO_DIR}/assets/templates/restaurant.json`, 'utf8'));
  const plan = doc.plan;
  plan.name = mixedText('plan');
  plan.goals.find((g) => g.id === 'local-followers').title = mixedText('goal');
  plan.objectives.find((o) => o.id === 'local-audience').title = mixedText('objective');
  plan.tactics.find((t) => t.id === 'local-boost').title = mixedText('tactic');
  plan.tasks.find((t) => t.id === 'weekly-boost').title = mixedText('task');
  plan.checkins[5].note = mixedText('note', 10000);
  return doc;
}

// Each field: how to bring it up, its item name, and where its text is in the plan.
const FIELDS = [
  { name: 'rename a goal', open: ['rename:local-followers'], value: (p) => p.goals.find((g) => g.id === 'local-followers').title },
  { name: 'rename an objective', open: ['rename:local-audience'], value: (p) => p.objectives.find((o) => o.id === 'local-audience').title },
  { name: "the goal editor's title", open: ['edit:local-followers', 'field:title'], value: (p) => p.goals.find((g) => g.id === 'local-followers').title },
  { name: "the objective editor's title", open: ['edit:local-audience', 'field:title'], value: (p) => p.objectives.find((o) => o.id === 'local-audience').title },
  { name: "the plan's name", open: ['context', 'field:name'], value: (p) => p.name },
  { name: "a tactic's title", open: ['edit:local-followers', 'field:tactic-title:local-boost'], value: (p) => p.tactics.find((t) => t.id === 'local-boost').title },
  { name: "a task's title", open: ['view:tasks', 'task:weekly-boost', 'field:task.title'], value: (p) => p.tasks.find((t) => t.id === 'weekly-boost').title },
  { name: "a check-in's note", open: ['view:tracking', 'goal-row:local-followers', 'checkin-edit:5', 'checkin-field:note'],
    value: (p) => p.checkins[5].note, enterOnly: true },
];
// Every field shares one text input (src/ui/kit/text_field.h): by default one of each way in (a
// rename in place, an editor's field, a table's Enter-only field); the slow checks try them all.
const FIELDS_TRIED = SLOW ? FIELDS : FIELDS.filter((f) => ['rename a goal', "the goal editor's title", "a check-in's note"].includes(f.name));

async function openLongPlan() {
  const opened = await openApp(browser, site.url, { width: 1600, height: 1000 });
  opened.sampleName = (await exportedPlan(opened.page)).plan.name;
  const result = await opened.page.evaluate((t) => window.waymark.importPlan(t), JSON.stringify(longPlan()));
  assert.deepEqual(result, { ok: true, error: null });
  return opened;
}

// Opens a field and waits until it has the keyboard (the page's text sink holds the focus).
async function openField(page, steps) {
  // The editors' fields scroll with their panel: the wheel turns over the editor's first field.
  for (const step of steps) await clickItem(page, step, step.startsWith('field:tactic') ? { near: 'field:title' } : undefined);
  await untilIdle(page);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-sink');
}

// A click on the header's top left corner: window background, no field, no button.
const clickAway = (page) => page.mouse.click(3, 3);

test('focusing and leaving a field that holds 3,000 characters with emoji leaves the plan byte for byte, with no undo step', async () => {
  for (const field of FIELDS_TRIED) {
    const { ctx, page, errors, sampleName } = await openLongPlan();
    const before = await page.evaluate(() => window.waymark.exportPlan());
    await openField(page, field.open);
    if (field.enterOnly) await page.keyboard.press('Enter');
    else await clickAway(page);
    await untilIdle(page);
    const after = await page.evaluate(() => window.waymark.exportPlan());
    assert.equal(field.value(JSON.parse(after).plan), field.value(JSON.parse(before).plan), `${field.name}: the text changed`);
    assert.ok(after === before, `${field.name}: the exported plan is not byte for byte the same`);
    // The last undo step is still the import: one undo gives back the sample plan.
    await clickAway(page);
    await clickItem(page, 'undo');
    await untilIdle(page);
    assert.equal((await exportedPlan(page)).plan.name, sampleName, `${field.name}: leaving the field added an undo step`);
    assert.deepEqual(errors, []);
    await ctx.close();
  }
});

test('an edit at the end of a long text keeps every other character, emoji included', async () => {
  for (const field of FIELDS_TRIED) {
    const { ctx, page } = await openLongPlan();
    const before = field.value((await exportedPlan(page)).plan);
    await openField(page, field.open);
    // Three Backspaces, then text: a 10,000-character note stays at the limit.
    await page.keyboard.press('End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await page.keyboard.insertText(' ✓🚀');
    if (field.enterOnly) await page.keyboard.press('Enter');
    else await clickAway(page);
    // Each key is a frame over the whole long text: give a loaded machine time.
    await untilIdle(page, 30000).catch((e) => { throw new Error(`${field.name}: ${e.message}`); });
    const expected = [...before].slice(0, -3).join('') + ' ✓🚀';
    const kept = field.value((await exportedPlan(page)).plan);
    assert.ok(kept === expected, `${field.name}: ${[...before].length} characters became ${[...kept].length}, ` +
              `ending in ${JSON.stringify(kept.slice(-12))}`);
    await ctx.close();
  }
});

test("a check-in's 10,000-character note survives an edit of its value", async () => {
  const { ctx, page } = await openLongPlan();
  const before = (await exportedPlan(page)).plan.checkins[5];
  await openField(page, ['view:tracking', 'goal-row:local-followers', 'checkin-edit:5', 'checkin-field:value']);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('432');
  await page.keyboard.press('Enter');
  await untilIdle(page);
  const after = (await exportedPlan(page)).plan.checkins[5];
  assert.equal(after.value, 432);
  assert.ok(after.note === before.note, `the note of ${[...before.note].length} characters became ${[...after.note].length}`);
  await ctx.close();
});

test("the workshop's add field takes a 3,000-character title with emoji", async () => {
  const { ctx, page } = await openApp(browser, site.url, { width: 1600, height: 1000 });
  const title = mixedText('workshop');
  await openField(page, ['view:workshop', 'field:workshop-objective-new']);
  await page.keyboard.insertText(title);
  await page.keyboard.press('Enter');
  await untilIdle(page);
  assert.equal((await exportedPlan(page)).plan.objectives.at(-1).title, title);
  await ctx.close();
});

test('an emoji typed or pasted into a title survives Rename and a focus and leave, and is in the exported plan', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
  const { page } = await openApp(browser, site.url, { context });
  const goal = (await exportedPlan(page)).plan.goals[0];
  const exportedTitle = async () => {
    const text = await page.evaluate(() => window.waymark.exportPlan());
    assert.ok(!text.includes('\uFFFD') && !/\\u[dD][89abAB]/.test(text), 'the exported plan holds U+FFFD or an escaped surrogate');
    return JSON.parse(text).plan.goals[0].title;
  };
  await openField(page, [`rename:${goal.id}`]);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('Reach 10k followers 🚀');
  await page.keyboard.press('Enter');
  await untilIdle(page);
  assert.equal(await exportedTitle(), 'Reach 10k followers 🚀');
  await page.evaluate(() => navigator.clipboard.writeText('Selamat 🎉 Grüße 𠜎'));
  await openField(page, [`rename:${goal.id}`]);
  await page.keyboard.press('End');
  await page.keyboard.press('Control+V');
  await clickAway(page);
  await settle(page);
  assert.equal(await exportedTitle(), 'Reach 10k followers 🚀Selamat 🎉 Grüße 𠜎');
  // Rename again and leave without a change: the emoji stay.
  await openField(page, [`rename:${goal.id}`]);
  mkdirSync(`${REPO_DIR}/build/screenshots`, { recursive: true });
  await page.screenshot({ path: `${REPO_DIR}/build/screenshots/text-field-emoji.png` });
  await clickAway(page);
  await settle(page);
  assert.equal(await exportedTitle(), 'Reach 10k followers 🚀Selamat 🎉 Grüße 𠜎');
  assert.deepEqual(await drawsDuring(page, 500), { draws: 0, frames: 0 });
  await context.close();
});

// ---- Text in a field that still has the keyboard ------------------------------------------------

// Opens the app in a context, types `text` into a goal's title in the outline and leaves the
// field as it is, with the keyboard. Returns the page and the goal's id.
async function typeWithoutLeaving(context, url, text) {
  const page = await openIn(context, url);
  await page.setViewportSize({ width: 1280, height: 800 });  // a browser of our own has a small window
  await waitForSaved(page);
  const goal = (await exportedPlan(page)).plan.goals[0];
  await openField(page, [`rename:${goal.id}`]);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  return { page, goalId: goal.id };
}

const titleOf = async (page, goalId) => (await exportedPlan(page)).plan.goals.find((g) => g.id === goalId)?.title;

// The notice a visit shows when it opened what a page that went away left as a draft.
const restoredNotice = (page) => page.waitForFunction(
  () => /had not been saved when Waymark last closed/.test(document.getElementById('mirror').textContent), null, { timeout: 5000 });

test('text typed in a field that keeps the keyboard survives closing the tab: the page commits it on pagehide', async () => {
  for (const runBeforeUnload of [true, false]) {
    const ctx = await browser.newContext();
    const text = `Typed, never left (unload ${runBeforeUnload}) 🚀`;
    const { page, goalId } = await typeWithoutLeaving(ctx, site.url, text);
    // Closed as soon as the field holds the text (its own draft is kept up to 300 ms later).
    await page.waitForFunction(() => window.waymark.saveState().typing !== '', null, { polling: 10 });
    const closed = page.isClosed() ? null : page.waitForEvent('close');
    await page.close({ runBeforeUnload });
    await closed;
    const again = await openIn(ctx, site.url);
    assert.equal(await titleOf(again, goalId), text, `closing with unload handlers ${runBeforeUnload} lost the typing`);
    await ctx.close();
  }
});

test('text typed in a field that keeps the keyboard survives a killed browser: its draft opens on the next visit, with a notice', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'waymark-kill-typing-'));
  try {
    const first = await launchKillable(profile);
    const text = 'Typed, then the browser was killed 🚀';
    const { page, goalId } = await typeWithoutLeaving(first.context, site.url, text);
    const typedAt = Date.now();
    await page.waitForFunction(() => window.waymark.saveState().typing === 'kept', null, { polling: 10 });
    const keptAfter = Date.now() - typedAt;
    await first.kill();  // no pagehide, no visibilitychange: as a crash
    const second = await launchKillable(profile);
    const reopened = await openIn(second.context, site.url);
    assert.equal(await titleOf(reopened, goalId), text, 'the kept typing was lost');
    await restoredNotice(reopened);
    await second.kill();
    console.log(`killed browser while typing: the draft was kept ${keptAfter} ms after the typing`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the update bar says whether the latest changes are saved, and its reload keeps text still in a field', async () => {
  const buildB = mkdtempSync(join(tmpdir(), 'waymark-site-b-'));
  const versionB = makeSecondBuild(buildB);
  const served = switchableSite(SITE_DIR);
  const switched = await startSite(served.dir);
  try {
    const ctx = await browser.newContext();
    // Saves fail while the test says so: every IndexedDB put throws, as a broken disk would.
    await ctx.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (window.__failPuts) throw new DOMException('injected failure', 'UnknownError');
        return put.apply(this, args);
      };
    });
    const text = 'Typed while the update came 🚀';
    const { page, goalId } = await typeWithoutLeaving(ctx, switched.url, text);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    served.deploy(buildB);
    assert.equal(await page.evaluate(() => window.waymark.checkForUpdate()), true);
    await page.locator('#update').waitFor({ state: 'visible' });
    const bar = () => page.locator('#update').innerText();
    assert.doesNotMatch(await bar(), /saved either way/);
    assert.match(await bar(), /including the field you are typing in/);
    // An edit no save holds: the bar no longer says reloading keeps everything.
    await page.evaluate(() => { window.__failPuts = true; });
    await page.evaluate(() => {
      const doc = JSON.parse(window.waymark.exportPlan());
      doc.plan.name = 'Edited while saves fail';
      return window.waymark.importPlan(JSON.stringify(doc));
    });
    await waitForSaved(page);
    await page.waitForFunction(() => /not saved in this browser/.test(document.getElementById('update').innerText));
    await page.evaluate(() => { window.__failPuts = false; });
    const reloaded = page.waitForEvent('load');
    await page.click('#update button');
    await reloaded;
    await page.evaluate(() => window.waymark.ready);
    assert.equal(await page.evaluate(() => window.waymark.version), versionB);
    assert.equal(await titleOf(page, goalId), text, 'the reload lost the typing');
    assert.equal((await exportedPlan(page)).plan.name, 'Edited while saves fail');
    await ctx.close();
  } finally {
    switched.server.close();
    served.remove();
    rmSync(buildB, { recursive: true, force: true });
  }
});

test('a rename given up with Escape leaves no draft that a later visit would bring back', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'waymark-kill-escape-'));
  try {
    const first = await launchKillable(profile);
    const { page, goalId } = await typeWithoutLeaving(first.context, site.url, 'Given up 🚮');
    const before = (await exportedPlan(page)).plan.goals.find((g) => g.id === goalId).title;
    await page.waitForFunction(() => window.waymark.saveState().typing === 'kept');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.waymark.saveState().typing === '');
    await untilIdle(page);
    await first.kill();
    const second = await launchKillable(profile);
    const reopened = await openIn(second.context, site.url);
    assert.equal(await titleOf(reopened, goalId), before);
    await second.kill();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

// ---- Notices for screen readers ----------------------------------------------------------------

// The names in the page's accessibility tree (what a screen reader reads), and the live region.
async function accessibleNames(ctx, page) {
  const cdp = await ctx.newCDPSession(page);
  return (await cdp.send('Accessibility.getFullAXTree')).nodes
    .filter((n) => !n.ignored && n.name && n.name.value).map((n) => n.name.value);
}
const liveRegion = (page) => page.evaluate(() => document.getElementById('announce').textContent);

test('a refused file and an unreadable stored plan reach the accessibility tree and the polite live region', async () => {
  const { ctx, page } = await openApp(browser, site.url);
  await page.evaluate(() => window.waymark.openPlanFile('{"format": "waymark-plan", "version": 1, "plan": {"id": 7}}', 'broken.waymark.json'));
  await page.waitForFunction(() => document.getElementById('announce').textContent.includes('broken.waymark.json'));
  assert.match(await liveRegion(page), /Could not open “broken\.waymark\.json”/);
  assert.ok((await accessibleNames(ctx, page)).some((n) => /Could not open “broken\.waymark\.json”/.test(n)));

  // A stored plan the reader refuses (its checksum is right: the bytes are whole, the plan is not).
  const { lastSaved: { id } } = await waitForSaved(page);
  const refused = JSON.stringify({ format: 'waymark-plan', version: 1, plan: { id, goals: [{ id: 'g', title: 5 }] } });
  await page.evaluate(async ([planId, text]) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('waymark');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['plans'], 'readwrite');
    tx.objectStore('plans').put({ format: 'waymark-plan', version: 1, storeFormat: 2, rev: 50, checksum: window.WaymarkStore.checksum(text),
                                  text, name: '', savedAt: new Date().toISOString(), build: 'test', deleted: '' }, planId);
    await new Promise((resolve) => { tx.oncomplete = resolve; });
    db.close();
  }, [id, refused]);
  await page.reload();
  await page.evaluate(() => window.waymark.ready);
  // A whole record (its checksum right) that this build's reader refuses came from another build:
  // it is kept for a newer version of Waymark (issue 21), and that is what is said.
  const unreadable = /saved by a newer version of Waymark/;
  await page.waitForFunction((source) => new RegExp(source).test(document.getElementById('announce').textContent), unreadable.source);
  assert.match(await liveRegion(page), unreadable);
  assert.ok((await accessibleNames(ctx, page)).some((n) => unreadable.test(n)));
  await ctx.close();
});
