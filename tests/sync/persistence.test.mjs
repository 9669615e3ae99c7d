// The sync server killed (SIGKILL: nothing more runs) and restarted on the same data directory:
// the room goes on and nothing is lost, neither what the server had stored nor what a browser
// edited while it was down. A clean stop (SIGTERM) stores what was still waiting.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join as joinPath } from 'node:path';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { planFromDoc } from '../../web/together/plan_doc.js';
import { join, samplePlan, start, startServer, tempDir, until } from './harness.mjs';

const stored = async (dir, room) => (await readdir(joinPath(dir, 'rooms', room))).filter((f) => f.endsWith('.ydoc'));

test('the server killed and restarted: the room goes on, nothing lost', async () => {
  const data = await tempDir();
  let server = await startServer({ dataDir: data.dir });
  const port = server.port;
  const file = await samplePlan();
  const [goal, other] = file.plan.goals;
  const a = await start(server.sync, file);
  try {
    a.applyOps([{ op: 'set', part: 'goals', id: goal.id, field: 'title', to: 'Stored before the crash' }]);
    await until(async () => (await stored(data.dir, a.room)).length > 0, 'the room to be stored', 15000);
    await server.stop('SIGKILL');

    // While the server is down, A keeps editing.
    a.applyOps([{ op: 'set', part: 'goals', id: other.id, field: 'title', to: 'Edited while the server was down' }]);
    server = await startServer({ dataDir: data.dir, port });
    await until(() => a.state().connected, 'A to reconnect', 15000);

    // A new browser joins the restarted server and gets both edits.
    const c = await join(server.sync, a.room);
    try {
      await until(() => c.doc.getMap('goals').get(other.id)?.get('title') === 'Edited while the server was down',
        'the edit made while the server was down', 15000);
      assert.equal(c.doc.getMap('goals').get(goal.id).get('title'), 'Stored before the crash');
      assert.ok(isDeepStrictEqual(planFromDoc(c.doc), planFromDoc(a.doc)));
    } finally {
      c.leave();
    }

    // A clean stop stores what waits to be stored: a fresh server process has it, though A
    // leaves while the server is down and cannot bring it back.
    a.applyOps([{ op: 'set', part: 'plan', field: 'name', to: 'Stored on a clean stop' }]);
    await until(() => !a.provider.hasUnsyncedChanges, 'the server to have the edit');
    await server.stop('SIGTERM');
    a.leave();
    server = await startServer({ dataDir: data.dir, port });
    const d = await join(server.sync, a.room);
    try {
      assert.equal(d.doc.getMap('plan').get('name'), 'Stored on a clean stop');
    } finally {
      d.leave();
    }
  } finally {
    a.leave();
    await server.stop();
    await data.remove();
  }
});
