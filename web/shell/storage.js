// Waymark's plan store in IndexedDB, the browser's store of record (see the reliability guide in
// README "Storage"). One record per plan, written in one transaction with the previous record
// kept as a generation, an integer revision per plan that orders saves across tabs, a checksum
// read back before a save counts, and quarantine (never overwrite) for what cannot be read.
// saving.js keeps the open plan through it; plans.js manages the others.
// Version 3 changes no layout: it makes the upgrade below run on the version-2 databases that
// builds before the drafts store made (same number, one store fewer), which this one could not use.
const DB_NAME = "waymark", DB_VERSION = 3;
const PLANS = "plans", GENERATIONS = "generations", QUARANTINE = "quarantine", META = "meta", DRAFTS = "drafts";
// The record layout this code writes; a record or tab with a higher one is from a newer build.
const STORE_FORMAT = 2;
const PLAN_FORMAT = "waymark-plan", PLAN_VERSION = 1;
const KEEP_GENERATIONS = 5;
const DELETED_KEPT_DAYS = 30;  // a deleted plan can be brought back for this long
const OPEN_TIMEOUT_MS = 4000;  // a never-settling open (seen in private modes) must not hang start

const request = (req) => new Promise((resolve, reject) => {
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error);
});
const done = (tx) => new Promise((resolve, reject) => {
  tx.oncomplete = () => resolve();
  tx.onabort = tx.onerror = () => reject(tx.error || new DOMException("transaction aborted", "AbortError"));
});

// FNV-1a over the UTF-16 code units: cheap, synchronous, and enough to see a torn or damaged text.
export function checksum(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return "fnv1a:" + (h >>> 0).toString(16).padStart(8, "0") + ":" + text.length;
}

// A marker outside IndexedDB that plans were stored: when IndexedDB alone is cleared, the next
// start can say so instead of looking like a first visit. Blocked localStorage is no problem.
const MARKER = "waymark.hasStoredPlans";
function markHasPlans(value) {
  try { if (value) localStorage.setItem(MARKER, "1"); else localStorage.removeItem(MARKER); } catch { /* blocked or full */ }
}
function hadPlans() {
  try { return localStorage.getItem(MARKER) === "1"; } catch { return false; }
}

// What kind of failure an exception is, across browsers' names for the same thing.
function kindOf(error) {
  const name = (error && error.name) || "";
  const message = String((error && error.message) || error || "");
  if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || (error && (error.code === 22 || error.code === 1014)) ||
      /quota/i.test(message)) return "quota";
  if (name === "SecurityError" || name === "InvalidStateError" || name === "NotAllowedError") return "blocked";
  return "failed";
}

// The one step from an older record layout or plan format to the current one. Version 1 is
// current, so nothing changes; the original stays in the store until the result is saved.
function migrate(record) {
  return record;
}

// A record written by a newer build's layout or plan format, which this build must not write over.
const isNewer = (record) => record.version > PLAN_VERSION || record.storeFormat > STORE_FORMAT;
// A record's bytes as the user gets them back: its text, or the whole record as JSON.
const bytesOf = (record) => (record && typeof record.text === "string" ? record.text : JSON.stringify(record));

// Reads the plan's name from its text for lists; "" when the text is not a plan file.
function nameOf(text) {
  try { const doc = JSON.parse(text); return (doc && doc.plan && typeof doc.plan.name === "string") ? doc.plan.name : ""; } catch { return ""; }
}

export class Store {
  constructor({ build, onEvent }) {
    this.build = build;
    this.onEvent = onEvent;  // ({type: "conflict"|"stopped"|"changed", ...}) from other tabs
    this.db = null;
    this.loaded = false;     // nothing is written before the first load finished
    this.stopped = "";       // why this tab writes no more ("" while it may)
    this.revs = new Map();   // plan id -> the revision this tab last read or wrote
    this.channel = ("BroadcastChannel" in window) ? new BroadcastChannel("waymark-store") : null;
    if (this.channel) this.channel.onmessage = (e) => this.heard(e.data || {});
  }

  // Opens the database. Resolves to "" or the kind of problem ("blocked", "failed", "timeout").
  async open() {
    try {
      if (!window.indexedDB) return "blocked";
      const open = indexedDB.open(DB_NAME, DB_VERSION);
      open.onupgradeneeded = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains(PLANS)) db.createObjectStore(PLANS);
        if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
        if (!db.objectStoreNames.contains(GENERATIONS)) db.createObjectStore(GENERATIONS);
        if (!db.objectStoreNames.contains(QUARANTINE)) db.createObjectStore(QUARANTINE, { autoIncrement: true });
        if (!db.objectStoreNames.contains(DRAFTS)) db.createObjectStore(DRAFTS);
      };
      // A newer build asks for a higher database version: this tab must let go and stop.
      open.onblocked = () => {};
      const timeout = new Promise((resolve) => setTimeout(() => resolve("timeout"), OPEN_TIMEOUT_MS));
      const db = await Promise.race([request(open), timeout]);
      if (db === "timeout") return (this.openProblem = "timeout");
      // A newer build asks for a higher version; deleteDatabase (another tab, the browser's site
      // settings) asks with none: the store is gone, not newer, and is made again as below.
      db.onversionchange = (event) => {
        db.close();
        if (event.newVersion === null) this.lost(db);
        else { this.db = null; this.stop("newer"); }
      };
      // The browser closes the connection when it clears the site's storage.
      db.onclose = () => this.lost(db);
      this.db = db;
      return "";
    } catch (e) {
      // A newer build's database (higher version) cannot be opened by this one.
      if (e && e.name === "VersionError") { this.stop("newer"); return "newer"; }
      return (this.openProblem = kindOf(e));
    }
  }

  // The database went away under this tab (cleared or deleted): the plan in memory is then the
  // only copy; the next save opens the database again, which makes it afresh, and writes it.
  lost(db) {
    if (this.db !== db) return;
    this.db = null;
    this.revs.clear();
    this.cleared = true;
    this.onEvent({ type: "cleared" });
  }

  // The last open plan: {id, text, rev, whole, name} or null, plus what was quarantined on the way.
  async loadLast() {
    const quarantined = [];
    if (!this.db) { this.loaded = true; return { plan: null, quarantined }; }
    const tx = this.db.transaction([PLANS, META], "readonly");
    const lastId = await request(tx.objectStore(META).get("lastPlanId"));
    let plan = null;
    if (lastId !== undefined) plan = await this.read(lastId, quarantined);
    if (!plan) {
      // A first visit that closed before its first save left only a draft.
      const drafts = this.db.transaction([DRAFTS], "readonly").objectStore(DRAFTS);
      const [ids, items] = await Promise.all([request(drafts.getAllKeys()), request(drafts.getAll())]);
      const i = items.findIndex((d) => d.baseRev === 0 && d.checksum === checksum(d.text));
      if (i >= 0 && !(await request(this.db.transaction([PLANS], "readonly").objectStore(PLANS).get(ids[i])))) {
        this.revs.set(ids[i], 0);
        plan = { id: ids[i], text: items[i].text, rev: 0, fromDraft: true };
      }
    }
    if (!plan) {
      // The last plan is gone or unreadable: open the most recently saved other one, if any.
      for (const info of await this.list()) {
        if (info.id === lastId || info.deleted) continue;
        plan = await this.read(info.id, quarantined);
        if (plan) break;
      }
    }
    this.loaded = true;
    await this.purgeDeleted();
    const cleared = !plan && quarantined.length === 0 && hadPlans() && (await this.list()).length === 0;
    if (cleared) markHasPlans(false);
    return { plan, quarantined, cleared };
  }

  // Reads one plan; a record that fails its checksum is quarantined, and the newest good
  // generation takes its place. Returns {id, text, rev} or null.
  async read(id, quarantined) {
    const tx = this.db.transaction([PLANS], "readonly");
    const record = await request(tx.objectStore(PLANS).get(id));
    if (!record || record.deleted) return null;
    if (isNewer(record)) {
      this.stop("newer");
      return null;
    }
    const problem = this.problemWith(record);
    if (!problem) {
      const current = migrate(record);
      this.revs.set(id, current.rev);
      const draft = await this.draftOn(id, current.rev);
      // whole: a checksum shows these are exactly the bytes some build wrote (records of the
      // first builds had none), so a reader that refuses them meets a newer build's plan.
      return { id, text: draft ? draft.text : current.text, rev: current.rev, fromDraft: !!draft,
               whole: !!draft || current.checksum !== undefined, name: current.name || nameOf(current.text) };
    }
    // Quarantine the bad record and put the newest good generation in its place, in one go.
    const good = await this.newestGoodGeneration(id);
    await this.quarantine(id, record, { problem, reason: "damaged" }, good);
    quarantined.push({ id, problem, restoredRev: good ? good.rev : null });
    if (!good) return null;
    this.revs.set(id, good.rev);
    return { id, text: good.text, rev: good.rev, whole: true, name: good.name || nameOf(good.text) };
  }

  // The draft a closing tab left for this plan, if it was made from this revision (or during
  // the save that wrote it) and is whole.
  async draftOn(id, rev) {
    const draft = await request(this.db.transaction([DRAFTS], "readonly").objectStore(DRAFTS).get(id));
    const applies = draft && (draft.baseRev === rev || (draft.duringSave && draft.baseRev + 1 === rev));
    return applies && draft.checksum === checksum(draft.text) ? draft : null;
  }

  // For a page that is going away: writes the plan as a draft in one synchronous step (no read
  // first, no lock), since the page may not live to see another event. It never touches the
  // plan's record; the next start opens it if the record is still the one it was made from.
  // With a save under way the draft is newer than what that save writes, so it also applies
  // on top of the revision that save may or may not have finished.
  // Resolves to whether the draft is stored (its transaction completed); the write starts at
  // once, in one synchronous step, so a page going away still issues it.
  saveDraft(id, text, saveUnderWay) {
    if (!this.loaded || this.stopped || !this.db) return Promise.resolve(false);
    try {
      const tx = this.db.transaction([DRAFTS], "readwrite");
      const base = this.revs.has(id) ? this.revs.get(id) : 0;
      tx.objectStore(DRAFTS).put({ baseRev: base, duringSave: !!saveUnderWay, checksum: checksum(text), text,
                                   savedAt: new Date().toISOString() }, id);
      const stored = done(tx).then(() => true, () => false);
      if (tx.commit) tx.commit();
      return stored;
    } catch {
      return Promise.resolve(false);  // the normal save is still on its way
    }
  }

  // Removes the plan's draft (the text it held was given up); the plan's record stays as it is.
  discardDraft(id) {
    if (!this.loaded || this.stopped || !this.db) return;
    try {
      this.db.transaction([DRAFTS], "readwrite").objectStore(DRAFTS).delete(id);
    } catch { /* nothing to remove, or storage went away: the next save removes it */ }
  }

  async newestGoodGeneration(id) {
    return (await this.goodGenerations(id))[0] || null;
  }

  // The kept earlier records of a plan that are whole, newest first.
  async goodGenerations(id) {
    if (!this.db) return [];
    const tx = this.db.transaction([GENERATIONS], "readonly");
    const records = await request(tx.objectStore(GENERATIONS).getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity])));
    return records.reverse().filter((record) => !this.problemWith(record));
  }

  problemWith(record) {
    if (typeof record !== "object" || typeof record.text !== "string") return "not a plan record";
    if (record.checksum !== undefined && record.checksum !== checksum(record.text)) return "checksum mismatch";
    return "";
  }

  // Moves a record, byte for byte, out of the plans into the quarantine (kept until the user
  // deletes it), with a good generation (or nothing) in its place, in one transaction. why:
  // {problem (the technical cause), reason ("damaged", "too_large" or "unreadable"), detail}.
  async quarantine(id, record, why, replacement) {
    const tx = this.db.transaction([PLANS, QUARANTINE], "readwrite");
    tx.objectStore(QUARANTINE).add({ planId: id, problem: why.problem, reason: why.reason, detail: why.detail || "",
                                     at: new Date().toISOString(), record });
    if (replacement) tx.objectStore(PLANS).put(replacement, id);
    else tx.objectStore(PLANS).delete(id);
    await done(tx);
  }

  // The app could not read a stored plan: quarantine it so it is never written over, with the
  // kept earlier record whose revision is replacementRev in its place (or none, and the app
  // continues under another id). Resolves to whether it was done.
  async quarantineUnreadable(id, why, replacementRev = null) {
    if (!this.db) return false;
    const record = await request(this.db.transaction([PLANS], "readonly").objectStore(PLANS).get(id));
    if (!record) return false;
    const replacement = replacementRev === null ? null
      : await request(this.db.transaction([GENERATIONS], "readonly").objectStore(GENERATIONS).get([id, replacementRev]));
    await this.quarantine(id, record, why, replacement || null);
    if (replacement) this.revs.set(id, replacement.rev || 0);
    else this.revs.delete(id);
    return true;
  }

  // Saves a plan's text; resolves to {ok: true, rev} once the record was read back intact,
  // or {ok: false, kind, ...}: kind is "conflict" (another tab saved since this one read),
  // "quota", "blocked", "stopped", "unloaded" or "failed".
  async save(id, text, extra = {}) {
    if (!this.loaded) return { ok: false, kind: "unloaded" };
    if (this.stopped) return { ok: false, kind: "stopped", reason: this.stopped };
    if (!this.db && this.cleared) await this.open();
    // Without a database every save fails for the reason its opening did (a storage that never
    // answers is not one that refuses).
    if (!this.db) return { ok: false, kind: this.openProblem || "blocked" };
    const write = () => this.write(id, text, extra);
    try {
      return navigator.locks ? await navigator.locks.request("waymark-plan:" + id, write) : await write();
    } catch (e) {
      return { ok: false, kind: kindOf(e), error: (e && (e.name + ": " + e.message)) || String(e) };
    }
  }

  async write(id, text, extra) {
    const tx = this.db.transaction([PLANS, GENERATIONS, META, DRAFTS], "readwrite");
    try {
      return await this.writeIn(tx, id, text, extra);
    } catch (e) {
      // A request that threw leaves the others queued: abort so none of them commits.
      try { tx.abort(); } catch { /* already finished or aborted */ }
      throw e;
    }
  }

  async writeIn(tx, id, text, extra) {
    const base = this.revs.has(id) ? this.revs.get(id) : 0;
    const sum = checksum(text);
    const plans = tx.objectStore(PLANS), generations = tx.objectStore(GENERATIONS);
    const current = await request(plans.get(id));
    if (current && isNewer(current)) {
      tx.abort();
      this.stop("newer");
      return { ok: false, kind: "stopped", reason: "newer" };
    }
    const currentRev = current ? current.rev || 0 : 0;
    if (currentRev !== base) {
      tx.abort();
      return { ok: false, kind: "conflict", storedRev: currentRev, baseRev: base };
    }
    // An unchanged plan is not written again: other tabs would take a new revision for a conflict.
    if (current && current.text === text && current.checksum === sum && (current.deleted || "") === (extra.deleted || "")) {
      if (!extra.keepLastOpen) tx.objectStore(META).put(id, "lastPlanId");
      tx.objectStore(DRAFTS).delete(id);
      await done(tx);
      return { ok: true, rev: currentRev };
    }
    const rev = currentRev + 1;
    if (current) {
      generations.put(current, [id, current.rev || 0]);
      const keys = await request(generations.getAllKeys(IDBKeyRange.bound([id, -Infinity], [id, Infinity])));
      for (const key of keys.slice(0, Math.max(0, keys.length - KEEP_GENERATIONS))) generations.delete(key);
    }
    plans.put({ format: PLAN_FORMAT, version: PLAN_VERSION, storeFormat: STORE_FORMAT, rev, checksum: sum, text,
                name: nameOf(text), savedAt: new Date().toISOString(), build: this.build, deleted: extra.deleted || "" }, id);
    if (!extra.keepLastOpen) tx.objectStore(META).put(id, "lastPlanId");
    tx.objectStore(DRAFTS).delete(id);
    await done(tx);
    // Read back in a fresh transaction: only a record that is really there counts as saved.
    const check = await request(this.db.transaction([PLANS], "readonly").objectStore(PLANS).get(id));
    if (!check || check.rev !== rev || check.checksum !== sum || checksum(check.text) !== sum)
      return { ok: false, kind: "failed", error: "the saved plan did not read back intact" };
    this.revs.set(id, rev);
    markHasPlans(true);
    if (this.channel) this.channel.postMessage({ type: "saved", id, rev, build: this.build, storeFormat: STORE_FORMAT });
    return { ok: true, rev };
  }

  // Another tab saved: a newer layout stops this tab; a newer revision of a plan this tab has
  // open is a conflict the app is told about at once (its own next save would be refused).
  heard(message) {
    if (message.type !== "saved") return;
    if (message.storeFormat > STORE_FORMAT) { this.stop("newer"); return; }
    const mine = this.revs.get(message.id);
    if (mine !== undefined && message.rev > mine) this.onEvent({ type: "conflict", id: message.id, rev: message.rev });
  }

  stop(reason) {
    if (this.stopped) return;
    this.stopped = reason;
    this.onEvent({ type: "stopped", reason });
  }

  // A stored plan's record as it is (deleted or not), noting its revision for the next save
  // of that plan from this tab; null when there is none or it does not read back whole.
  async record(id) {
    if (!this.db) return null;
    const record = await request(this.db.transaction([PLANS], "readonly").objectStore(PLANS).get(id));
    if (!record || this.problemWith(record)) return null;
    this.revs.set(id, record.rev || 0);
    return record;
  }

  // Why a stored plan's record cannot be used as it is: "missing", "damaged" (it fails its
  // checksum or is no plan record) or "newer" (a newer build's layout); "" when it can.
  async recordProblem(id) {
    if (!this.db) return "missing";
    const record = await request(this.db.transaction([PLANS], "readonly").objectStore(PLANS).get(id));
    return !record ? "missing" : this.problemWith(record) ? "damaged" : isNewer(record) ? "newer" : "";
  }

  // Rewrites the text of a plan that is not open through change(doc) as its next revision; the
  // last open plan stays the last open one.
  async update(id, change) {
    const record = await this.record(id);
    if (!record) return { ok: false, kind: await this.recordProblem(id) };
    const doc = JSON.parse(record.text);
    change(doc);
    return this.save(id, JSON.stringify(doc, null, 2) + "\n", { deleted: record.deleted || "", keepLastOpen: true });
  }

  // Moves a plan that is not open into the bin (deleted: when) or back out of it (""). Into the
  // bin, its kept earlier versions and draft go first, in a transaction of deletes only: that
  // frees space even when storage is full, which the mark needs (a full store refuses every
  // write, even one the same size as what it replaces). The mark is no new revision: the record
  // keeps its rev and text, so nothing else is written and no other tab sees a conflict (a tab
  // that has the plan open and saves it brings it back out of the bin). Resolves to {ok, rev}
  // or {ok: false, kind} as save() does.
  async mark(id, deleted) {
    if (!this.loaded) return { ok: false, kind: "unloaded" };
    if (this.stopped) return { ok: false, kind: "stopped", reason: this.stopped };
    if (!this.db) return { ok: false, kind: "blocked" };
    const write = async () => {
      // A damaged or newer record is never touched here, nor are its kept versions (its repair).
      const problem = await this.recordProblem(id);
      if (problem) return { ok: false, kind: problem };
      if (deleted) {
        const tx = this.db.transaction([GENERATIONS, DRAFTS], "readwrite");
        tx.objectStore(GENERATIONS).delete(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
        tx.objectStore(DRAFTS).delete(id);
        await done(tx);
      }
      const tx = this.db.transaction([PLANS], "readwrite");
      const record = await request(tx.objectStore(PLANS).get(id));
      if (!record) {
        tx.abort();
        return { ok: false, kind: "missing" };
      }
      tx.objectStore(PLANS).put({ ...record, deleted }, id);
      await done(tx);
      return { ok: true, rev: record.rev || 0 };
    };
    try {
      return navigator.locks ? await navigator.locks.request("waymark-plan:" + id, write) : await write();
    } catch (e) {
      return { ok: false, kind: kindOf(e), error: (e && (e.name + ": " + e.message)) || String(e) };
    }
  }

  // Deletes a plan for good, with its kept versions and draft: deletes only, so it works on a
  // full store. Only a plan in the bin, or one whose record is damaged, goes this way.
  async purge(id) {
    if (!this.loaded) return { ok: false, kind: "unloaded" };
    if (this.stopped) return { ok: false, kind: "stopped", reason: this.stopped };
    if (!this.db) return { ok: false, kind: "blocked" };
    try {
      const tx = this.db.transaction([PLANS, GENERATIONS, DRAFTS], "readwrite");
      const record = await request(tx.objectStore(PLANS).get(id));
      if (!record || !(record.deleted || this.problemWith(record))) {
        tx.abort();
        return { ok: false, kind: record ? "not_in_bin" : "missing" };
      }
      tx.objectStore(PLANS).delete(id);
      tx.objectStore(GENERATIONS).delete(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
      tx.objectStore(DRAFTS).delete(id);
      await done(tx);
      this.revs.delete(id);
      return { ok: true };
    } catch (e) {
      return { ok: false, kind: kindOf(e), error: (e && (e.name + ": " + e.message)) || String(e) };
    }
  }

  // Deletes a quarantined record for good (after the user had the chance to download it).
  async purgeQuarantined(key) {
    if (!this.db) return { ok: false, kind: "blocked" };
    try {
      const tx = this.db.transaction([QUARANTINE], "readwrite");
      tx.objectStore(QUARANTINE).delete(key);
      await done(tx);
      return { ok: true };
    } catch (e) {
      return { ok: false, kind: kindOf(e), error: (e && (e.name + ": " + e.message)) || String(e) };
    }
  }

  // A stored plan's exact bytes (its text, or the whole record as JSON when it has none), damaged
  // or not; null when there is none.
  async recordBytes(id) {
    if (!this.db) return null;
    const record = await request(this.db.transaction([PLANS], "readonly").objectStore(PLANS).get(id));
    return record ? bytesOf(record) : null;
  }

  // Plans deleted longer ago than the grace period go for good, with their kept versions.
  async purgeDeleted(now = Date.now()) {
    if (!this.db || this.stopped) return;
    for (const info of await this.list()) {
      if (!info.deleted || now - Date.parse(info.deleted) < DELETED_KEPT_DAYS * 86400000) continue;
      const tx = this.db.transaction([PLANS, GENERATIONS, DRAFTS], "readwrite");
      tx.objectStore(PLANS).delete(info.id);
      tx.objectStore(GENERATIONS).delete(IDBKeyRange.bound([info.id, -Infinity], [info.id, Infinity]));
      tx.objectStore(DRAFTS).delete(info.id);
      await done(tx);
    }
  }

  // Every stored plan: [{id, name, rev, savedAt, deleted, problem}], newest save first; problem
  // is "damaged" for a record that fails its checksum, "newer" for a newer build's layout, else "".
  async list() {
    if (!this.db) return [];
    const tx = this.db.transaction([PLANS], "readonly");
    const store = tx.objectStore(PLANS);
    const [keys, records] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
    return keys.map((id, i) => {
      const r = records[i] || {};
      const problem = this.problemWith(r) ? "damaged" : isNewer(r) ? "newer" : "";
      return { id, name: r.name || nameOf(typeof r.text === "string" ? r.text : ""), rev: r.rev || 0,
               savedAt: r.savedAt || "", deleted: r.deleted || "", problem };
    })
      .sort((a, b) => (b.savedAt > a.savedAt ? 1 : b.savedAt < a.savedAt ? -1 : 0));
  }

  // The kept earlier versions of a plan, oldest first: [{rev, savedAt}].
  async generations(id) {
    if (!this.db) return [];
    const tx = this.db.transaction([GENERATIONS], "readonly");
    const range = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
    const records = await request(tx.objectStore(GENERATIONS).getAll(range));
    return records.map((r) => ({ rev: r.rev || 0, savedAt: r.savedAt || "" }));
  }

  // The text of a kept earlier version, or null.
  async generationText(id, rev) {
    if (!this.db) return null;
    const record = await request(this.db.transaction([GENERATIONS], "readonly").objectStore(GENERATIONS).get([id, rev]));
    return record && !this.problemWith(record) ? record.text : null;
  }

  // Quarantined records: [{key, planId, problem, reason, detail, at, bytes}] with the record's
  // text (or, when it had none, the whole record as JSON) byte for byte. reason is "damaged",
  // "too_large" or "unreadable" (records set aside by earlier builds have only their problem).
  async quarantined() {
    if (!this.db) return [];
    const tx = this.db.transaction([QUARANTINE], "readonly");
    const store = tx.objectStore(QUARANTINE);
    const [keys, items] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
    return items.map((q, i) => ({ key: keys[i], planId: q.planId, problem: q.problem,
      reason: q.reason || (q.problem === "the plan reader refused it" ? "unreadable" : "damaged"), detail: q.detail || "",
      at: q.at, bytes: bytesOf(q.record) }));
  }
}

// Tests and scripts that write records themselves sum them as this store does, and know how long
// the bin keeps a plan.
window.WaymarkStore = { checksum, DELETED_KEPT_DAYS };
