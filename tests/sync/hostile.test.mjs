// A hostile client against a real sync server process: guessed and malformed room ids, an
// oversized message, a flood, a document beyond its limit, too many new rooms, and the end of a
// room. Each is refused, and two people working in another room all along notice nothing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createRoom, endRoom } from '../../web/together/room.js';
import { planFromDoc } from '../../web/together/plan_doc.js';
import { join, open, samplePlan, start, startServer, tempDir, until } from './harness.mjs';

const DOCUMENT_LIMIT = 200 * 1024;  // lowered for the test, as WAYMARK_SYNC_LIMITS allows
const ROOMS_PER_MINUTE = 12;
let data, server, a, b;

// Two people in a room of their own, editing all along.
before(async () => {
  data = await tempDir();
  server = await startServer({ dataDir: data.dir, limits: { documentBytes: DOCUMENT_LIMIT, roomsPerMinute: ROOMS_PER_MINUTE } });
  a = await start(server.sync, await samplePlan());
  b = await join(server.sync, a.room);
});
after(async () => {
  a.leave();
  b.leave();
  await server.stop();
  await data.remove();
});

let edits = 0;
async function bystandersStillWork() {
  const title = `Still working ${++edits}`;
  a.applyOps([{ op: 'set', part: 'plan', field: 'name', to: title }]);
  await until(() => b.doc.getMap('plan').get('name') === title, 'the bystanders to see their edit');
  assert.ok(isDeepStrictEqual(planFromDoc(a.doc), planFromDoc(b.doc)));
}

// A raw WebSocket speaking Hocuspocus's protocol: [room name, message type, ...].
async function rawClient(room) {
  const ws = new WebSocket(server.sync.replace('http', 'ws'));
  const closed = new Promise((ok) => ws.once('close', (code, reason) => ok({ code, reason: String(reason) })));
  const received = [];
  ws.on('message', (m) => received.push(new Uint8Array(m)));
  await new Promise((ok, fail) => { ws.once('open', ok); ws.once('error', fail); });
  const message = (type, write) => {
    const e = encoding.createEncoder();
    encoding.writeVarString(e, room);
    encoding.writeVarUint(e, type);
    write(e);
    return encoding.toUint8Array(e);
  };
  ws.send(message(2, (e) => { encoding.writeVarUint(e, 0); encoding.writeVarString(e, ''); }));  // auth, no token
  const update = (bytes) => message(0, (e) => { encoding.writeVarUint(e, 2); encoding.writeVarUint8Array(e, bytes); });
  return { ws, closed, received, message, update };
}

const typeOf = (message) => {
  const d = decoding.createDecoder(message);
  decoding.readVarString(d);
  return decoding.readVarUint(d);
};
const CLOSE = 7;

// A Yjs update that adds a note of `size` characters to a check-in.
function bigUpdate(size) {
  const doc = new Y.Doc();
  const item = new Y.Map();
  doc.getMap('checkins').set('c-big', item);
  item.set('note', 'x'.repeat(size));
  return Y.encodeStateAsUpdate(doc);
}

async function fresh(room) {
  const c = await join(server.sync, room);
  const snapshot = planFromDoc(c.doc);
  const checkins = c.doc.getMap('checkins');
  c.leave();
  return { snapshot, checkins };
}

test('guessed, unknown and malformed room ids open nothing', async () => {
  const guessed = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
  for (const room of [guessed, 'short', '../../etc/passwd', 'x'.repeat(200), '']) {
    const res = await fetch(`${server.sync}/rooms/${encodeURIComponent(room)}`);
    assert.equal(res.status, 404, room);
  }
  const c = open(server.sync, guessed);
  await assert.rejects(c.synced, /unknown-room/);
  c.leave();
  const raw = await rawClient('../../etc/passwd');
  assert.ok((await raw.closed).code >= 1000);  // refused and closed, nothing created
  await bystandersStillWork();
});

test('an oversized message closes its connection; the room does not take it', async () => {
  const { room } = await createRoom(server.sync);
  const raw = await rawClient(room);
  raw.ws.send(raw.update(bigUpdate(3 * 1024 * 1024)));
  assert.equal((await raw.closed).code, 1009);
  const { checkins } = await fresh(room);
  assert.equal(checkins.has('c-big'), false);
  await bystandersStillWork();
});

test('a flood of messages closes its connection', async () => {
  const { room } = await createRoom(server.sync);
  const raw = await rawClient(room);
  for (let i = 0; i < 2000 && raw.ws.readyState === WebSocket.OPEN; i++) raw.ws.send(raw.message(3, () => {}));
  const { code, reason } = await raw.closed;
  assert.deepEqual([code, reason], [1008, 'flood']);
  await bystandersStillWork();
});

test('a document beyond the plan file limit is refused; the room keeps what it had', async () => {
  const { room } = await createRoom(server.sync);
  const raw = await rawClient(room);
  await until(() => raw.received.length > 0, 'the server to answer');
  raw.ws.send(raw.update(bigUpdate(DOCUMENT_LIMIT + 1024)));
  await until(() => raw.received.some((m) => typeOf(m) === CLOSE), 'the room to close this connection');
  const { checkins } = await fresh(room);
  assert.equal(checkins.has('c-big'), false);
  raw.ws.close();
  await bystandersStillWork();
});

test('stop sharing: the link opens nothing from then on, and its people are let go', async () => {
  const c = await start(server.sync, await samplePlan());
  const d = await join(server.sync, c.room);
  try {
    await assert.rejects(endRoom(server.sync, c.room, 'not-the-key'), /403/);
    await c.end();
    assert.equal((await fetch(`${server.sync}/rooms/${c.room}`)).status, 410);
    await until(() => !d.state().connected || d.state().refused, 'the other browser to be let go');
    const e = open(server.sync, c.room);
    await assert.rejects(e.synced, /room-ended/);
    e.leave();
  } finally {
    d.leave();
  }
  await bystandersStillWork();
});

test('making rooms is limited per address', async () => {
  let refused = 0;
  for (let i = 0; i < ROOMS_PER_MINUTE + 2; i++) {
    const res = await fetch(`${server.sync}/rooms`, { method: 'POST' });
    if (res.status === 429) refused++;
    else assert.equal(res.status, 201);
  }
  assert.ok(refused >= 2);
  await bystandersStillWork();
});
