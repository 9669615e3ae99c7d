// Plan together: the open plan shared live in a room (docs/collaboration.md).
import { app, callWithStrings, exportPlan, Module } from "./module.js";
import { text } from "./language.js";
import { settleSaves } from "./saving.js";

// The room's code (Yjs, Hocuspocus's client, the QR code) is web/together/, bundled as
// together.js and imported only when a room is started or joined. The app sends its own
// operations (send) and takes in remote changes through waymark_room_changes, which answers
// with what to write back. Status goes to the app as JSON (src/platform/room.h).
export const together = (() => {
  const PERSON_KEY = "waymark.together.me";
  const COLOURS = ["#c0392b", "#d35400", "#b7950b", "#27ae60", "#16a085", "#2980b9", "#8e44ad", "#7f8c8d"];
  const ROOM_LINK = /[#&]room=([A-Za-z0-9_-]{22})$/;
  const server = new URL("sync", location.href).href;
  let code = null;      // the imported module
  let session = null;   // the open room (room.js's openRoom)
  let owner = false, endKey = "", url = "", qr = null, phase = "idle", error = "", detail = "";
  let pending = [];     // this browser's operations made before the room was there to take them
  const remember = (key, value) => { try { localStorage.setItem(key, JSON.stringify(value)); } catch { /* private mode */ } };
  const recall = (key) => { try { return JSON.parse(localStorage.getItem(key) || "null"); } catch { return null; } };
  const me = () => {
    const saved = recall(PERSON_KEY) || {};
    return { name: typeof saved.name === "string" ? saved.name : "",
             colour: COLOURS.includes(saved.colour) ? saved.colour : COLOURS[Math.floor(Math.random() * COLOURS.length)] };
  };
  let person = me();
  const load = async () => {
    const meta = /** @type {HTMLMetaElement} */ (document.querySelector('meta[name="waymark-together"]'));
    return (code ??= await import(new URL(meta.content, document.baseURI).href));
  };
  const people = () => {
    if (!session || !session.provider.awareness) return [];
    const self = session.provider.awareness.clientID;
    return [...session.provider.awareness.getStates()].map(([id, state]) => ({
      name: String((state.user && state.user.name) || "").slice(0, 80), colour: String((state.user && state.user.colour) || ""),
      me: id === self })).sort((a, b) => Number(b.me) - Number(a.me));
  };
  const state = () => ({ connected: Boolean(session && session.state().connected), room: session ? session.room : null,
                         people: session ? Math.max(1, people().length) : 0 });
  const report = () => {
    if (app.dead || !app.started) return;
    const status = { phase, owner, url, qr, error, detail, connected: state().connected, people: people(), me: person };
    callWithStrings("waymark_room_status", [], [JSON.stringify(status)]);
  };
  const problem = (e) => (navigator.onLine === false ? "offline" : e && e.status && e.status !== 404 && e.status !== 405 ? "failed" : "no-server");
  const apiError = (kind, what) => text(kind === "offline" ? "shell.together_offline" : kind === "no-server" ? "shell.together_no_server"
    : "shell.together_failed", { error: what || kind });
  const fail = (kind, what = "") => {
    phase = "failed"; error = kind; detail = what;
    report();
    return { ok: false, url: null, error: apiError(kind, what) };
  };
  const clearLink = () => { if (ROOM_LINK.test(location.hash)) history.replaceState(null, "", location.pathname + location.search); };
  const receive = (changes) => {
    if (app.dead) return;
    const echo = Module["UTF8ToString"](callWithStrings("waymark_room_changes", [], [JSON.stringify(changes)]));
    if (echo && echo !== "[]" && session) session.applyOps(echo);
    report();
  };
  const onStatus = (what) => {
    if (String(what).startsWith("refused: ")) {
      const reason = String(what).slice(9);
      close("closed", reason === "room-ended" || reason === "unknown-room" ? reason : "failed", reason);
      return;
    }
    report();
  };
  const close = (newPhase, why, what = "") => {
    if (session) session.leave();
    session = null;
    pending = [];
    phase = newPhase; error = why; detail = what; url = ""; qr = null;
    clearLink();
    report();
  };
  // Opens the room's connection; begins the app's side first (its operations wait in pending).
  const open = async (room, joining) => {
    const tag = code.idTagFor(room, localStorage);
    const kept = recall(`waymark.together.${room}`) || {};
    if (kept.endKey) endKey = kept.endKey;
    owner = Boolean(endKey);
    url = code.roomLink(location.href, room);
    qr = code.qrModules(url);
    callWithStrings("waymark_room_begin", [joining ? 1 : 0], [tag]);
    session = code.openRoom({ server, room, whole: joining, onRemoteChanges: receive, onStatus, name: person.name, colour: person.colour });
    session.provider.on("awarenessChange", report);
    await session.synced;
  };
  // A browser that says it went offline leaves the connection at once (a socket may take half a
  // minute to notice); its edits wait in the shared document and go out when it is back online.
  window.addEventListener("offline", () => { if (session) { session.provider.disconnect(); report(); } });
  window.addEventListener("online", () => { if (session) session.provider.connect(); });
  const flush = () => {
    const ops = pending.flat();
    pending = [];
    if (ops.length && session) session.applyOps(ops);
  };
  return {
    state,
    // Shares the open plan in a new room: {ok, url, error}.
    async start() {
      if (phase === "live" && session) return { ok: true, url, error: null };
      if (!app.started || app.dead) return { ok: false, url: null, error: text("shell.share_link_not_ready") };
      phase = "starting"; owner = true; error = ""; detail = "";
      report();
      let made;
      try {
        await load();
        made = await code.createRoom(server);
      } catch (e) {
        return fail(problem(e), String(e && e.message || e));
      }
      endKey = made.endKey;
      remember(`waymark.together.${made.room}`, { ...(recall(`waymark.together.${made.room}`) || {}), endKey });
      try {
        // The plan as it is when the room begins; later edits wait in pending until it is seeded.
        const planText = (await open(made.room, false), exportPlan());
        code.seed(session.doc, planText);
        flush();
      } catch (e) {
        close("failed", "failed", String(e && e.message || e));
        return { ok: false, url: null, error: apiError("failed", String(e && e.message || e)) };
      }
      history.replaceState(null, "", url);
      phase = "live";
      report();
      return { ok: true, url, error: null };
    },
    // The page opened with a room link: join it (the app opens the room's plan in place of its own).
    async joinFromLink() {
      const match = ROOM_LINK.exec(location.hash);
      if (!match || !app.started || app.dead) return;
      owner = false; endKey = "";
      phase = "starting";
      report();
      try {
        await load();
        const known = await code.roomStatus(server, match[1]);
        if (known !== "ok") return close("failed", known);
        await settleSaves();  // the open plan is stored before the room's takes its place
        await open(match[1], true);
        flush();
      } catch (e) {
        return close("failed", problem(e), String(e && e.message || e));
      }
      phase = "live";
      report();
    },
    startFromApp() { together.start(); },
    async stop() {
      if (!session) return;
      const room = session.room;
      try {
        await code.endRoom(server, room, endKey);
      } catch (e) {
        detail = String(e && e.message || e);
      }
      close("closed", "room-ended");
    },
    leave() { if (session) close("closed", "left"); },
    send(opsJson) {
      const ops = JSON.parse(opsJson);
      if (session && phase === "live") session.applyOps(ops);
      else pending.push(ops);
    },
    setPerson(name, colour) {
      person = { name: String(name).slice(0, 80), colour: COLOURS.includes(colour) ? colour : person.colour };
      remember(PERSON_KEY, person);
      if (session) session.provider.setAwarenessField("user", person);
      report();
    },
  };
})();

