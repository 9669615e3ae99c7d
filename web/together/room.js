// A room: one plan shared live through the sync server (server/sync_server.mjs), for the shell
// (web/shell/room.js) to start or join, and for tests and benchmarks in Node. Loaded only when a
// room is started or joined (docs/collaboration.md, "For the shell").
//
//   const room = await startRoom({ server, plan, onRemoteChanges })   // shares a plan, gives the link
//   const room = await joinRoom({ server, room: roomFromLink(location.href), onRemoteChanges })
//   room.applyOps(opsJson)     this browser's operations, as the core made them
//   room.state()               {connected, room, people}
//   await room.end()           stop sharing: the link opens nothing from now on
//   room.leave()               disconnects this browser only
//
// onRemoteChanges(changes) receives what other browsers changed (plan_doc.js's form); joining, it
// first receives the whole document ({whole: true, ...}), which the core applies to an empty plan.
// The core's answer (corrections and repairs, remote_changes.h's echo) comes back through
// room.applyOps.
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { applyOps, seed, watchRemoteChanges, wholeChanges } from './plan_doc.js';

const ROOM_ID = /^[A-Za-z0-9_-]{22}$/;
const TAG_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

// The room in a link: "…/#room=<id>" (a fragment, so the id never reaches a server's logs).
export function roomFromLink(link) {
  const match = /[#&]room=([A-Za-z0-9_-]+)/.exec(String(link));
  return match && ROOM_ID.test(match[1]) ? match[1] : null;
}

export function roomLink(pageUrl, room) {
  const url = new URL(pageUrl);
  url.hash = `room=${room}`;
  return url.href;
}

// This browser's id tag in a room: "-" and 6 random letters or digits, made at its first join and
// kept with the room (storage: localStorage or anything with getItem/setItem). The core ends
// every id this browser makes with it (plan_edit.h, editOps's idTag).
export function idTagFor(room, storage) {
  const key = `waymark.together.${room}`;
  let saved;
  try { saved = JSON.parse(storage?.getItem(key) || 'null'); } catch { saved = null; }
  if (saved && /^-[a-z0-9]{6}$/.test(saved.tag)) return saved.tag;
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  const tag = `-${[...bytes].map((b) => TAG_CHARS[b % TAG_CHARS.length]).join('')}`;
  storage?.setItem(key, JSON.stringify({ ...(saved || {}), tag }));
  return tag;
}

const httpBase = (server) => server.replace(/^ws/, 'http').replace(/\/$/, '');
const socketUrl = (server) => `${server.replace(/^http/, 'ws').replace(/\/$/, '')}`;

// Asks the server for a new room: {room, endKey}.
export async function createRoom(server) {
  const res = await fetch(`${httpBase(server)}/rooms`, { method: 'POST' });
  if (!res.ok) throw Object.assign(new Error(`the sync server made no room (${res.status})`), { status: res.status });
  return res.json();
}

// Ends a room for everyone; the endKey is the one createRoom gave.
export async function endRoom(server, room, endKey) {
  const res = await fetch(`${httpBase(server)}/rooms/${room}`, { method: 'DELETE', headers: { Authorization: `Bearer ${endKey}` } });
  if (res.status !== 204) throw new Error(`the room was not ended (${res.status})`);
}

// server: the sync endpoint ("http://127.0.0.1:8765/sync" or its ws:// form). Options for Node:
// WebSocketPolyfill (the ws package); doc (a Y.Doc to use, e.g. one restored from IndexedDB);
// name and colour (presence, shown to others); whole (report the room's plan whole once synced).
export function openRoom({ server, room, doc = new Y.Doc(), onRemoteChanges = () => {}, WebSocketPolyfill,
                           name = '', colour = '', onStatus = () => {}, whole = false }) {
  if (!ROOM_ID.test(room)) throw new Error('not a room id');
  let connected = false;
  let refused = null;
  let stopWatching = null;
  const provider = new HocuspocusProvider({
    url: socketUrl(server), name: room, document: doc, WebSocketPolyfill,
    onStatus: ({ status }) => { connected = status === 'connected'; onStatus(status); },
    // A room that ended, or never was: no point trying again.
    onAuthenticationFailed: ({ reason }) => { refused = reason; provider.disconnect(); onStatus(`refused: ${reason}`); },
  });
  if (name || colour) provider.setAwarenessField('user', { name, colour });
  // What the first sync brings is the room's plan (given whole, when asked); from then on every
  // transaction from elsewhere is reported as it comes.
  const synced = new Promise((ok, fail) => {
    provider.on('synced', () => {
      if (!refused && !stopWatching) {
        if (whole) onRemoteChanges({ whole: true, ...wholeChanges(doc) });
        stopWatching = watchRemoteChanges(doc, onRemoteChanges);
      }
      ok();
    });
    provider.on('authenticationFailed', ({ reason }) => fail(new Error(reason)));
  });
  return {
    room, doc, provider, synced,
    applyOps: (ops) => applyOps(doc, ops),
    state: () => ({ connected, room, people: provider.awareness ? provider.awareness.getStates().size : 1, refused }),
    leave() {
      stopWatching?.();
      const socket = provider.configuration.websocketProvider;
      provider.destroy();
      // A reconnect the provider scheduled when the server went away calls connect() after
      // destroy() and retries for ever (Hocuspocus 3.4's onClose timer): once left, never again.
      socket.connect = async () => {};
      socket.cancelWebsocketRetry?.();
    },
  };
}

// Shares a plan (its file's JSON) in a new room; resolves when it is on the server.
export async function startRoom({ server, plan, ...options }) {
  const { room, endKey } = await createRoom(server);
  const session = openRoom({ server, room, ...options });
  await session.synced;
  seed(session.doc, plan);
  return { ...session, endKey, end: async () => { await endRoom(server, room, endKey); session.leave(); } };
}

// Joins a room; resolves once this browser has the room's plan, given to onRemoteChanges as the
// whole document ({whole: true, ...}: what it leaves out is not in the plan).
export async function joinRoom({ server, room, ...options }) {
  const session = openRoom({ server, room, whole: true, ...options });
  await session.synced;
  return session;
}
