// The sync server for rooms: Hocuspocus (a Yjs server) behind Waymark's own doors
// (docs/collaboration.md). Mounted on the page's own HTTP server:
//   POST   <path>/rooms          a new room: 201 {room, endKey}
//   GET    <path>/rooms/<room>   200 for a room, 410 for an ended one, 404 otherwise
//   DELETE <path>/rooms/<room>   ends the room (header "Authorization: Bearer <endKey>"): 204
//   WebSocket <path>             the Yjs sync protocol (Hocuspocus's), one room per connection
// Limits, each refusing only the connection that breaks it: bytes per message, messages and
// bytes per second per connection, the room document's size (the plan file limit), rooms made per
// minute per address. Rooms idle for idleDays are forgotten; an ended room keeps a tombstone.
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus } from '@hocuspocus/server';
import { EventEmitter } from 'node:events';
import * as decoding from 'lib0/decoding';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { ROOM_ID, RoomStore } from './room_store.mjs';

export const DEFAULT_LIMITS = {
  messageBytes: 2 * 1024 * 1024,        // one message (a seed travels in chunks below this)
  messagesPerSecond: 100, messageBurst: 300,
  bytesPerSecond: 4 * 1024 * 1024, byteBurst: 40 * 1024 * 1024,  // a 32 MB plan's first upload fits the burst
  documentBytes: 32 * 1024 * 1024,      // the plan file limit (src/core/plan/plan_json.h)
  roomsPerMinute: 30,                   // rooms made per minute per address
  idleDays: 30,
};

// Closes: the WebSocket codes a refused connection gets.
const POLICY = 1008, TOO_BIG = 1009;

// Allows `rate` a second with bursts up to `burst`, on the injected clock.
class Bucket {
  constructor(rate, burst, now) { Object.assign(this, { rate, burst, now, level: burst, at: now() }); }
  take(amount) {
    const t = this.now();
    this.level = Math.min(this.burst, this.level + ((t - this.at) / 1000) * this.rate);
    this.at = t;
    if (this.level < amount) return false;
    this.level -= amount;
    return true;
  }
}

// What Hocuspocus sees of a WebSocket: the real one's messages pass only within the connection's
// limits (Hocuspocus re-emits queued messages on this object, so they are counted once).
class GuardedSocket extends EventEmitter {
  constructor(ws, limits, now, onRefused) {
    super();
    this.ws = ws;
    this.binaryType = 'nodebuffer';
    const messages = new Bucket(limits.messagesPerSecond, limits.messageBurst, now);
    const bytes = new Bucket(limits.bytesPerSecond, limits.byteBurst, now);
    ws.on('message', (data, isBinary) => {
      if (this.refused) return;
      if (!messages.take(1) || !bytes.take(data.length)) {
        this.refused = true;
        onRefused('flood');
        ws.close(POLICY, 'flood');
        return;
      }
      this.emit('message', data, isBinary);
    });
    ws.on('pong', (...a) => this.emit('pong', ...a));
    ws.on('close', (...a) => this.emit('close', ...a));
    // A broken or oversized frame: ws closes the connection itself (1009 for a message over the
    // limit); an error left unheard would end the whole process.
    ws.on('error', (error) => onRefused(error.message));
  }
  get readyState() { return this.ws.readyState; }
  send(data, ...rest) { return this.ws.send(data, ...rest); }
  ping(...a) { return this.ws.ping(...a); }
  close(...a) { return this.ws.close(...a); }
  terminate() { return this.ws.terminate(); }
}

function refusal(code, reason) {
  return Object.assign(new Error(reason), { code, reason });
}

function sendJson(res, status, body) {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store',
                          'X-Content-Type-Options': 'nosniff', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

// options: dataDir (required), path ('/sync'), redis ({host, port} or a redis:// URL; unset: one
// process), limits (DEFAULT_LIMITS's keys), now (a clock in ms, for tests), log (a function).
export function createSyncServer({ dataDir, path = '/sync', redis, limits: given = {}, now = Date.now,
                                   log = () => {}, sweepEveryMs = 60 * 60 * 1000 } = {}) {
  if (!dataDir) throw new Error('createSyncServer needs a dataDir');
  const limits = { ...DEFAULT_LIMITS, ...given };
  const store = new RoomStore(dataDir, { now, idleDays: limits.idleDays });
  const made = new Map();  // address -> Bucket of rooms made
  const sizes = new WeakMap();  // document -> bytes it holds, about (its state at load plus updates since)
  const roomOfSocket = new WeakMap();  // request -> the one room its connection opened
  const socketOf = new WeakMap();  // request -> its GuardedSocket
  // A refused room closes its connection: Hocuspocus would keep queueing what it sends for it.
  const refuse = (request, code, reason) => {
    const socket = socketOf.get(request);
    setTimeout(() => socket?.close(code < 4000 ? code : POLICY, reason), 100);  // after "permission denied"
    return refusal(code, reason);
  };

  const persistence = new Database({
    fetch: ({ documentName }) => store.load(documentName),
    store: ({ documentName, state }) => store.store(documentName, state),
  });
  // Stored before the Redis extension's lock is asked for: each process writes its own state file
  // (room_store.mjs), so no process skips storing because another holds the lock.
  persistence.priority = 2000;

  const guard = {
    priority: 3000,
    async onConnect({ documentName, request }) {
      const opened = roomOfSocket.get(request);
      if (opened && opened !== documentName) throw refuse(request, POLICY, 'one-room-per-connection');
      const meta = await store.meta(documentName);
      if (!meta) throw refuse(request, POLICY, 'unknown-room');
      if (meta.ended) throw refuse(request, POLICY, 'room-ended');
      roomOfSocket.set(request, documentName);
      await store.touch(documentName);
    },
    async afterLoadDocument({ document }) {
      sizes.set(document, Y.encodeStateAsUpdate(document).length);
    },
    async onChange({ document, update }) {
      sizes.set(document, (sizes.get(document) || 0) + update.length);
    },
    async afterStoreDocument({ document }) {
      sizes.set(document, Y.encodeStateAsUpdate(document).length);
    },
    async beforeHandleMessage({ document, update }) {
      const decoder = decoding.createDecoder(update);
      decoding.readVarString(decoder);
      if (decoding.readVarUint(decoder) !== 0) return;  // not a sync message
      if ((sizes.get(document) || 0) + update.length > limits.documentBytes) {
        log(`room ${document.name}: document limit reached, update refused`);
        throw refusal(TOO_BIG, 'document-too-large');
      }
    },
  };

  const extensions = [guard, persistence];
  if (redis) {
    const url = typeof redis === 'string' ? new URL(redis) : null;
    extensions.push(new Redis(url ? { host: url.hostname, port: Number(url.port || 6379) } : redis));
  }
  const hocuspocus = new Hocuspocus({ name: 'waymark', quiet: true, extensions, debounce: 1000, maxDebounce: 5000 });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: limits.messageBytes });
  sockets.on('connection', (ws, request) => {
    const guarded = new GuardedSocket(ws, limits, now, (why) => log(`connection refused: ${why}`));
    socketOf.set(request, guarded);
    hocuspocus.handleConnection(guarded, request);
  });

  // Lets go of a room's connections (each WebSocket carries one room): their browsers reconnect
  // and are told why they cannot.
  const letGo = (room, reason) => {
    for (const connection of hocuspocus.documents.get(room)?.getConnections() || []) connection.webSocket.close(POLICY, reason);
  };
  // Another process may end a room that has connections here: they close within a few seconds.
  const endedCheck = setInterval(async () => {
    for (const name of hocuspocus.documents.keys()) {
      const meta = await store.meta(name);
      if (!meta || meta.ended) letGo(name, 'room-ended');
    }
  }, 3000);
  endedCheck.unref();
  const sweep = () => store.sweep(new Set(hocuspocus.documents.keys()));
  const sweeper = setInterval(() => sweep().catch((e) => log(`sweep failed: ${e}`)), sweepEveryMs);
  sweeper.unref();
  sweep().catch((e) => log(`sweep failed: ${e}`));

  const roomsPath = `${path}/rooms`;
  return {
    limits,
    hocuspocus,
    store,
    sweep,
    // True when the request was the sync server's (answered); false to let the page serve it.
    async handleRequest(req, res) {
      const url = new URL(req.url, 'http://localhost');
      if (url.pathname !== roomsPath && !url.pathname.startsWith(`${roomsPath}/`)) return false;
      const room = url.pathname.slice(roomsPath.length + 1);
      if (!room && req.method === 'POST') {
        const address = req.socket.remoteAddress;
        if (!made.has(address)) made.set(address, new Bucket(limits.roomsPerMinute / 60, limits.roomsPerMinute, now));
        if (!made.get(address).take(1)) { sendJson(res, 429, { error: 'too-many-rooms' }); return true; }
        sendJson(res, 201, await store.create());
        return true;
      }
      if (!ROOM_ID.test(room)) { sendJson(res, 404, { error: 'unknown-room' }); return true; }
      const meta = await store.meta(room);
      if (req.method === 'GET' || req.method === 'HEAD') {
        if (!meta) sendJson(res, 404, { error: 'unknown-room' });
        else if (meta.ended) sendJson(res, 410, { error: 'room-ended' });
        else sendJson(res, 200, { room });
        return true;
      }
      if (req.method === 'DELETE') {
        const key = (req.headers.authorization || '').replace(/^Bearer\s+/i, '');
        if (!meta) { sendJson(res, 404, { error: 'unknown-room' }); return true; }
        if (!(await store.end(room, key))) { sendJson(res, 403, { error: 'wrong-key' }); return true; }
        letGo(room, 'room-ended');
        res.writeHead(204, { 'Cache-Control': 'no-store' }).end();
        return true;
      }
      sendJson(res, 405, { error: 'method-not-allowed' });
      return true;
    },
    // True when the upgrade was for the sync path (taken or refused); false otherwise.
    handleUpgrade(req, socket, head) {
      const url = new URL(req.url, 'http://localhost');
      if (url.pathname !== path) return false;
      sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req));
      return true;
    },
    async close() {
      clearInterval(endedCheck);
      clearInterval(sweeper);
      // Stores what waits to be stored, then lets go of every connection and document.
      await Promise.all([...hocuspocus.documents.keys()].map((name) =>
        hocuspocus.debouncer.executeNow(`onStoreDocument-${name}`)));
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
      for (const doc of hocuspocus.documents.values()) doc.destroy();
      hocuspocus.documents.clear();
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    },
  };
}
