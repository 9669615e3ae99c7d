// Plan together in two real browsers (issue 23): the real build, served with the sync server on
// the same port (scripts/serve.mjs, as scripts/serve.sh does), two browser contexts of the
// system's Chromium. One starts a room (waymark.together.start()), the other opens the link and
// joins; they co-edit a goal's title, a tactic's matrix score and a check-in and converge; one
// goes offline, both edit, it comes back and nothing is lost; undo in one takes back only its
// own edit. Edits go in through waymark.importPlan (one undoable step of operations, as any
// edit in the app), so the test waits on states, never on time.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serveDirectory } from '../../scripts/serve.mjs';
import { SITE_DIR, exportedPlan, launchBrowser, openApp } from './harness.mjs';

let browser, server, url, dataDir;
before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'waymark-together-'));
  server = await serveDirectory(SITE_DIR, { sync: { dataDir } });
  url = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await new Promise((done) => server.close(done));
  await rm(dataDir, { recursive: true, force: true });
});

// A browser whose person (name and colour) was chosen at an earlier join, so no dialog asks.
async function person(name, colour, link) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(([n, c]) => localStorage.setItem('waymark.together.me', JSON.stringify({ name: n, colour: c })), [name, colour]);
  return openApp(browser, link, { context });
}

async function until(check, what, ms = 15000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// One local edit: fields set ([list, index, field, value]) and check-ins added, imported as one
// step of operations for what differs. Read, changed and imported in one go inside the page, so
// no change from the room can arrive in between (an import replaces the whole plan).
async function edit(page, { set = [], checkins = [] }) {
  const result = await page.evaluate(([sets, added]) => {
    const file = JSON.parse(window.waymark.exportPlan());
    for (const [list, index, field, value] of sets) file.plan[list][index][field] = value;
    file.plan.checkins = [...(file.plan.checkins || []), ...added];
    return window.waymark.importPlan(JSON.stringify(file));
  }, [set, checkins]);
  assert.ok(result.ok, result.error);
}

const planOf = async (page) => (await exportedPlan(page)).plan;
const same = async (a, b) => JSON.stringify(await planOf(a)) === JSON.stringify(await planOf(b));
const state = (page) => page.evaluate(() => window.waymark.together.state());

test('two browsers plan together: titles, scores and check-ins converge, offline edits merge, undo is per person', async () => {
  const a = await person('Ana', '#2980b9', url);
  const started = await a.page.evaluate(() => window.waymark.together.start());
  assert.ok(started.ok, started.error);
  assert.match(started.url, /#room=[A-Za-z0-9_-]{22}$/);

  const b = await person('Ben', '#c0392b', started.url);
  await until(() => same(a.page, b.page), 'B to have the room\'s plan');
  await until(async () => (await state(a.page)).people === 2 && (await state(b.page)).people === 2, 'both to see two people');
  assert.deepEqual(await state(b.page), { connected: true, room: started.url.split('#room=')[1], people: 2 });

  const { goals, tactics } = await planOf(a.page);
  const [g1, g2, g3] = goals;
  // At the same time: A a title and a check-in, B a tactic's matrix score.
  await Promise.all([
    edit(a.page, { set: [['goals', 0, 'title', 'Titled in A']],
                   checkins: [{ id: 'c-from-a', goalId: g1.id, date: '2026-12-07', value: 7 }] }),
    edit(b.page, { set: [['tactics', 0, 'value', 5], ['tactics', 0, 'complexity', 1]] }),
  ]);
  await until(() => same(a.page, b.page), 'the co-edits to converge');
  const both = await planOf(b.page);
  assert.equal(both.goals[0].title, 'Titled in A');
  assert.ok(both.checkins.some((c) => c.id === 'c-from-a' && c.value === 7));
  assert.deepEqual([both.tactics[0].value, both.tactics[0].complexity], [5, 1]);
  assert.equal(both.tactics[0].id, tactics[0].id);

  // B goes offline; both edit; B comes back: nothing is lost.
  await b.ctx.setOffline(true);
  await until(async () => !(await state(b.page)).connected, 'B to notice it is offline');
  await edit(a.page, { set: [['goals', 1, 'title', 'A, while B was away']] });
  await edit(b.page, { set: [['goals', 2, 'title', 'B, offline']],
                       checkins: [{ id: 'c-from-b', goalId: g3.id, date: '2026-12-08', value: 3 }] });
  await b.ctx.setOffline(false);
  await until(async () => (await state(b.page)).connected, 'B to reconnect');
  await until(() => same(a.page, b.page), 'the offline edits to merge');
  const merged = await planOf(a.page);
  assert.equal(merged.goals.find((g) => g.id === g2.id).title, 'A, while B was away');
  assert.equal(merged.goals.find((g) => g.id === g3.id).title, 'B, offline');
  assert.ok(merged.checkins.some((c) => c.id === 'c-from-b'));
  assert.ok(merged.checkins.some((c) => c.id === 'c-from-a'));

  // A edits after B's offline edit; B's undo takes back B's last step only, in both browsers.
  await edit(a.page, { set: [['goals', 0, 'title', 'A, last']] });
  await until(async () => (await planOf(b.page)).goals[0].title === 'A, last', 'B to see A\'s last edit');
  await b.page.mouse.click(640, 700);  // the keyboard to the page, not to a field
  await b.page.keyboard.press('Control+Z');
  await until(async () => (await planOf(b.page)).goals.find((g) => g.id === g3.id).title === g3.title, 'B\'s undo');
  await until(() => same(a.page, b.page), 'the undo to reach A');
  const undone = await planOf(a.page);
  assert.equal(undone.goals[0].title, 'A, last');
  assert.equal(undone.goals.find((g) => g.id === g2.id).title, 'A, while B was away');
  assert.ok(!undone.checkins.some((c) => c.id === 'c-from-b'));
  assert.ok(undone.checkins.some((c) => c.id === 'c-from-a'));
  await a.ctx.close();
  await b.ctx.close();
});

test('without a sync server, Plan together says why it cannot, and the plan works as before', async () => {
  const plain = await serveDirectory(SITE_DIR);  // the site alone, as a static host serves it
  const at = `http://127.0.0.1:${plain.address().port}/`;
  try {
    const { ctx, page } = await openApp(browser, at);
    const result = await page.evaluate(() => window.waymark.together.start());
    assert.equal(result.ok, false);
    assert.match(result.error, /sync server/);
    assert.deepEqual(await page.evaluate(() => window.waymark.together.state()), { connected: false, room: null, people: 0 });
    const renamed = await page.evaluate(() => {
      const file = JSON.parse(window.waymark.exportPlan());
      file.plan.name = 'Still mine';
      return window.waymark.importPlan(JSON.stringify(file));
    });
    assert.ok(renamed.ok, renamed.error);
    assert.equal((await planOf(page)).name, 'Still mine');
    await ctx.close();
  } finally {
    await new Promise((done) => plain.close(done));
  }
});
