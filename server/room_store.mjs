// Rooms on disk: what a sync server keeps of each room, shared by every server process that uses
// the same data directory (docs/collaboration.md, "What is stored where").
//   <data>/rooms/<room>/meta.json          {created, lastActive, endKeyHash}
//   <data>/rooms/<room>/ended.json         the tombstone of an ended room: {ended} (a file of its
//                                          own, so no later write of meta.json can lose it)
//   <data>/rooms/<room>/state-<writer>-<n>.ydoc   a Yjs state (encodeStateAsUpdate), never rewritten
// A process writes its room's whole state as a new file and then deletes the files it has read or
// written before (their updates are in the new one). Reading merges every file there, so two
// processes storing the same room at once lose nothing, and a crash mid-write leaves only a
// temporary file that nobody reads.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';

// 16 random bytes as base64url: 22 characters, 128 bits. The id is the room's only key.
export const ROOM_ID = /^[A-Za-z0-9_-]{22}$/;
export const newRoomId = () => randomBytes(16).toString('base64url');
const hash = (text) => createHash('sha256').update(text).digest();
const DAY = 24 * 60 * 60 * 1000;

export class RoomStore {
  constructor(dataDir, { now = Date.now, idleDays = 30 } = {}) {
    this.dir = join(dataDir, 'rooms');
    this.now = now;
    this.idleMs = idleDays * DAY;
    this.writer = randomBytes(6).toString('hex');  // this process's name in its files
    this.sequence = 0;
    this.known = new Map();  // room -> the state files this process has read or written
  }

  roomDir(room) {
    if (!ROOM_ID.test(room)) throw new Error('malformed room id');
    return join(this.dir, room);
  }

  async writeAtomically(path, data) {
    const temporary = `${path}.${this.writer}-${++this.sequence}.tmp`;
    await writeFile(temporary, data);
    await rename(temporary, path);
  }

  // A new room: its id and the key that ends it (kept only as a hash).
  async create() {
    const room = newRoomId();
    const endKey = randomBytes(16).toString('base64url');
    await mkdir(this.roomDir(room), { recursive: true });
    const time = this.now();
    await this.writeMeta(room, { created: time, lastActive: time, endKeyHash: hash(endKey).toString('hex') });
    return { room, endKey };
  }

  // The room's meta ({created, lastActive, endKeyHash, ended?}), or null for a room that does not
  // exist (never made, or forgotten).
  async meta(room) {
    if (!ROOM_ID.test(room)) return null;
    const read = async (name) => {
      try {
        return JSON.parse(await readFile(join(this.roomDir(room), name), 'utf8'));
      } catch {
        return null;
      }
    };
    const meta = await read('meta.json');
    const tombstone = meta && (await read('ended.json'));
    return meta && (tombstone ? { ...meta, ended: tombstone.ended } : meta);
  }

  // meta.json never holds `ended` (the tombstone is ended.json): it is left out.
  writeMeta(room, { ended: _ended, ...meta }) {
    return this.writeAtomically(join(this.roomDir(room), 'meta.json'), JSON.stringify(meta));
  }

  // Marks the room used now (it is forgotten idleDays after its last use).
  async touch(room) {
    const meta = await this.meta(room);
    if (!meta || meta.ended) return;
    meta.lastActive = this.now();
    await this.writeMeta(room, meta);
  }

  async stateFiles(room) {
    try {
      return (await readdir(this.roomDir(room))).filter((name) => /^state-.*\.ydoc$/.test(name));
    } catch {
      return [];
    }
  }

  // The room's document as one Yjs update (null when nothing is stored yet).
  async load(room) {
    const files = await this.stateFiles(room);
    const updates = [];
    for (const name of files) {
      try {
        updates.push(new Uint8Array(await readFile(join(this.roomDir(room), name))));
      } catch {
        // Deleted by another process after it wrote a newer state, which the listing may lack:
        // that state is read by the next load; this one goes on with what it has.
      }
    }
    this.known.set(room, new Set(files));
    return updates.length ? Y.mergeUpdates(updates) : null;
  }

  // Stores the room's whole document state; false for a room that has ended or does not exist.
  async store(room, state) {
    const meta = await this.meta(room);
    if (!meta || meta.ended) return false;
    const name = `state-${this.writer}-${++this.sequence}.ydoc`;
    await this.writeAtomically(join(this.roomDir(room), name), state);
    const superseded = this.known.get(room) || new Set();
    for (const old of superseded) await rm(join(this.roomDir(room), old), { force: true });
    this.known.set(room, new Set([name]));
    meta.lastActive = this.now();
    await this.writeMeta(room, meta);
    return true;
  }

  // Ends a room for good: its document is deleted, and a tombstone keeps its id from opening.
  // False when the key is not the room's.
  async end(room, endKey) {
    const meta = await this.meta(room);
    if (!meta) return false;
    const given = hash(String(endKey || ''));
    if (!timingSafeEqual(given, Buffer.from(meta.endKeyHash, 'hex'))) return false;
    if (!meta.ended) {
      const ended = this.now();
      await this.writeAtomically(join(this.roomDir(room), 'ended.json'), JSON.stringify({ ended }));
      await this.writeMeta(room, { ...meta, lastActive: ended });
    }
    for (const name of await this.stateFiles(room)) await rm(join(this.roomDir(room), name), { force: true });
    this.known.delete(room);
    return true;
  }

  // Forgets rooms (and tombstones) unused for idleDays, except those in `busy`; returns their ids.
  async sweep(busy = new Set()) {
    let rooms;
    try {
      rooms = await readdir(this.dir);
    } catch {
      return [];
    }
    const forgotten = [];
    for (const room of rooms) {
      if (!ROOM_ID.test(room) || busy.has(room)) continue;
      const meta = await this.meta(room);
      const last = meta ? meta.lastActive : 0;
      if (this.now() - last < this.idleMs) continue;
      await rm(this.roomDir(room), { recursive: true, force: true });
      this.known.delete(room);
      forgotten.push(room);
    }
    return forgotten;
  }
}
