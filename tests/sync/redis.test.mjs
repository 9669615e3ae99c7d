// Two sync server processes behind one Redis (Debian's redis-server on a free loopback port,
// started and stopped here), sharing a data directory as two processes on one machine would:
// browsers on different processes edit one room and converge, and a room made on one process
// opens on the other.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { planFromDoc } from '../../web/together/plan_doc.js';
import { join, samplePlan, start, startRedis, startServer, tempDir, until } from './harness.mjs';

// Debian's redis-server (scripts/setup.sh installs it); without it this test says so and is skipped.
const noRedis = spawnSync('redis-server', ['--version']).error
  ? 'redis-server is not installed (scripts/setup.sh installs Debian\'s redis-server)' : false;

test('browsers on two server processes behind Redis converge', { skip: noRedis }, async () => {
  const redis = await startRedis();
  const data = await tempDir();
  const one = await startServer({ dataDir: data.dir, redis: redis.url });
  const two = await startServer({ dataDir: data.dir, redis: redis.url });
  const file = await samplePlan();
  const [goal, other] = file.plan.goals;
  const a = await start(one.sync, file);
  let b;
  try {
    b = await join(two.sync, a.room);  // made on one, joined on two: the plan comes through Redis
    await until(() => isDeepStrictEqual(planFromDoc(b.doc), planFromDoc(a.doc)), 'B to have the plan');
    a.applyOps([{ op: 'set', part: 'goals', id: goal.id, field: 'title', to: 'From process one' }]);
    b.applyOps([{ op: 'set', part: 'goals', id: other.id, field: 'title', to: 'From process two' },
                { op: 'insert', part: 'checkins', id: 'c1-bbbbbb', at: 0, item: { id: 'c1-bbbbbb', goalId: goal.id, date: '2026-12-07', value: 1 } }]);
    await until(() => isDeepStrictEqual(planFromDoc(a.doc), planFromDoc(b.doc)) &&
      a.doc.getMap('checkins').has('c1-bbbbbb') && b.doc.getMap('goals').get(goal.id).get('title') === 'From process one',
      'the browsers on both processes to agree');
    assert.equal(a.doc.getMap('goals').get(other.id).get('title'), 'From process two');
  } finally {
    a.leave();
    b?.leave();
    await one.stop();
    await two.stop();
    await redis.stop();
    await data.remove();
  }
});
