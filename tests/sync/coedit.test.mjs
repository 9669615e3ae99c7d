// Two browsers (Yjs clients of web/together/room.js) co-edit one plan through a real sync server
// process: titles, matrix scores and check-ins, the same field at once, and moves; both end
// with the same plan, and each is told exactly what the other changed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { listOrder, planFromDoc } from '../../web/together/plan_doc.js';
import { goOffline, goOnline, join, samplePlan, start, startServer, tempDir, until } from './harness.mjs';

let data, server;
before(async () => {
  data = await tempDir();
  server = await startServer({ dataDir: data.dir });
});
after(async () => {
  await server.stop();
  await data.remove();
});

// Items' keys come in the order each replica learnt them: compared as values.
const same = (a, b) => isDeepStrictEqual(planFromDoc(a.doc), planFromDoc(b.doc));

test('two browsers edit titles, matrix scores and check-ins at once and end with the same plan', async () => {
  const file = await samplePlan();
  const plan = file.plan;
  const a = await start(server.sync, file);
  const b = await join(server.sync, a.room);
  try {
    assert.deepEqual(b.changes[0].whole, true, 'joining gives the whole plan first');
    assert.deepEqual(planFromDoc(b.doc), planFromDoc(a.doc));
    const [goal, other] = plan.goals;
    const tactic = plan.tactics[0];
    // At the same moment: A renames a goal and scores a tactic; B scores the same tactic's
    // complexity, sets the goal's baseline, renames another goal; both add check-ins.
    a.applyOps([{ op: 'set', part: 'goals', id: goal.id, field: 'title', from: goal.title, to: 'Weekly reels, every week' },
                { op: 'set', part: 'tactics', id: tactic.id, field: 'value', from: tactic.value, to: 5 },
                { op: 'insert', part: 'checkins', id: 'c90-aaaaaa', at: plan.checkins.length,
                  item: { id: 'c90-aaaaaa', goalId: goal.id, date: '2026-12-07', value: 3 } }]);
    b.applyOps([{ op: 'set', part: 'tactics', id: tactic.id, field: 'complexity', from: tactic.complexity, to: 1 },
                { op: 'set', part: 'goals', id: goal.id, field: 'baseline', from: goal.baseline, to: 2 },
                { op: 'set', part: 'goals', id: other.id, field: 'title', from: other.title, to: 'Reviews from guests' },
                { op: 'insert', part: 'checkins', id: 'c90-bbbbbb', at: plan.checkins.length,
                  item: { id: 'c90-bbbbbb', goalId: other.id, date: '2026-12-07', value: 41, note: 'Müller & Söhne' } }]);
    await until(() => same(a, b) && b.doc.getMap('checkins').has('c90-aaaaaa') && a.doc.getMap('checkins').has('c90-bbbbbb'),
      'both plans to agree');
    const result = planFromDoc(a.doc).plan;
    const g = result.goals.find((x) => x.id === goal.id);
    assert.equal(g.title, 'Weekly reels, every week');
    assert.equal(g.baseline, 2);  // two fields of one goal from two browsers: both kept
    assert.equal(result.goals.find((x) => x.id === other.id).title, 'Reviews from guests');
    const t = result.tactics.find((x) => x.id === tactic.id);
    assert.deepEqual([t.value, t.complexity], [5, 1]);
    assert.equal(result.checkins.length, plan.checkins.length + 2);

    // What B was told about A's edits: the changed goal and tactic whole, the new check-in and
    // the check-ins' order; nothing else.
    const told = b.changes.slice(1);
    const items = Object.assign({}, ...told.map((c) => c.items?.goals || {}));
    assert.deepEqual(Object.keys(items), [goal.id]);
    assert.ok(told.some((c) => c.items?.checkins?.['c90-aaaaaa']?.value === 3));
    assert.ok(told.some((c) => c.order?.checkins?.includes('c90-aaaaaa')));
    assert.ok(told.every((c) => !c.plan && !c.context));
  } finally {
    a.leave();
    b.leave();
  }
});

test('the same field from two browsers settles on one value in both; a deleted goal stays deleted', async () => {
  const file = await samplePlan();
  const [goal, other] = file.plan.goals;
  const a = await start(server.sync, file);
  const b = await join(server.sync, a.room);
  try {
    await goOffline(a);  // so neither sees the other's edit first
    a.applyOps([{ op: 'set', part: 'goals', id: goal.id, field: 'target', to: 5 }]);
    b.applyOps([{ op: 'set', part: 'goals', id: goal.id, field: 'target', to: 7 },
                { op: 'remove', part: 'goals', id: other.id, at: 1, item: other }]);
    a.applyOps([{ op: 'set', part: 'goals', id: other.id, field: 'title', to: 'Edited while deleted elsewhere' }]);
    await goOnline(a);
    await until(() => same(a, b), 'both plans to agree');
    const target = planFromDoc(a.doc).plan.goals.find((x) => x.id === goal.id).target;
    assert.ok(target === 5 || target === 7);
    assert.equal(planFromDoc(a.doc).plan.goals.find((x) => x.id === other.id), undefined);
    assert.ok(a.changes.some((c) => c.items?.goals && c.items.goals[other.id] === null), 'A is told the goal went');
  } finally {
    a.leave();
    b.leave();
  }
});

test('concurrent moves of one item leave it once, at its first place; both read the same order', async () => {
  const file = await samplePlan();
  const ids = file.plan.tactics.map((t) => t.id);
  const a = await start(server.sync, file);
  const b = await join(server.sync, a.room);
  try {
    await goOffline(a);  // so neither sees the other's edit first
    a.applyOps([{ op: 'move', part: 'tactics', id: ids[0], from: 0, to: ids.length - 1 }]);
    b.applyOps([{ op: 'move', part: 'tactics', id: ids[0], from: 0, to: 2 }]);
    await goOnline(a);
    await until(() => same(a, b), 'both plans to agree');
    const order = listOrder(a.doc, 'tactics');
    assert.equal(order.length, ids.length);
    assert.equal(new Set(order).size, ids.length);
    assert.deepEqual(order, listOrder(b.doc, 'tactics'));
  } finally {
    a.leave();
    b.leave();
  }
});

test('one browser offline for a while, both edit, it returns: everything merges, nothing lost', async () => {
  const file = await samplePlan();
  const [goal] = file.plan.goals;
  const a = await start(server.sync, file);
  const b = await join(server.sync, a.room);
  try {
    await goOffline(b);
    const checkin = (id, value) => ({ op: 'insert', part: 'checkins', id, at: 999, item: { id, goalId: goal.id, date: '2026-12-01', value } });
    for (let i = 0; i < 20; i++) b.applyOps([checkin(`c${100 + i}-bbbbbb`, i)]);  // a week of check-ins on the train
    b.applyOps([{ op: 'set', part: 'goals', id: goal.id, field: 'scope', to: 'Written offline' }]);
    a.applyOps([checkin('c200-aaaaaa', 7), { op: 'set', part: 'goals', id: goal.id, field: 'title', to: 'Edited online' }]);
    await until(() => a.doc.getMap('checkins').has('c200-aaaaaa'), 'A to have its own edit');
    assert.equal(b.doc.getMap('checkins').has('c200-aaaaaa'), false, 'B is really offline');
    await goOnline(b);
    await until(() => same(a, b) && a.doc.getMap('checkins').has('c119-bbbbbb'), 'both plans to agree');
    const result = planFromDoc(a.doc).plan;
    assert.equal(result.checkins.length, file.plan.checkins.length + 21);
    const g = result.goals.find((x) => x.id === goal.id);
    assert.deepEqual([g.title, g.scope], ['Edited online', 'Written offline']);
  } finally {
    a.leave();
    b.leave();
  }
});
