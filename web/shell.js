// Waymark's page shell: starts the WebAssembly module, gathers what it needs in parallel (the
// module, the UI font, the stored plan), keeps the plan in IndexedDB, and offers the documented
// JavaScript API window.waymark. Texts come from assets/i18n/<lang>/shell.json (inlined at build).
"use strict";
(() => {
  const status = document.getElementById("status");
  const texts = window.WAYMARK_SHELL_TEXT;
  // One language for the page and the app: the user's choice when they made one, else the first
  // of the browser's languages Waymark speaks, else English.
  const languageKey = "waymark.language";
  const storedLanguage = (() => { try { return localStorage.getItem(languageKey); } catch { return null; } })();
  const browserLanguages = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"])
    .map((l) => String(l).slice(0, 2).toLowerCase());
  let lang = [storedLanguage, ...browserLanguages].find((l) => l && texts[l]) || "en";
  // The theme and UI scale chosen under "View", kept like the language; the app ignores what it
  // cannot use (ui/kit/view_settings.h), so a damaged value only costs the choice.
  const viewSettingsKey = "waymark.view";
  const storedViewSettings = (() => { try { return localStorage.getItem(viewSettingsKey) || ""; } catch { return ""; } })();
  const text = (key, args = {}) => {
    const raw = (texts[lang] && texts[lang][key]) || texts.en[key] || key;
    return raw.replace(/\{(\w+)\}/g, (m, name) => (name in args ? String(args[name]) : m));
  };
  const translatePage = () => {
    document.documentElement.lang = lang;
    status.querySelector(".message").textContent = text("shell.loading");
    document.getElementById("canvas").setAttribute("aria-label", text("shell.canvas_label"));
    document.getElementById("text-sink").setAttribute("aria-label", text("shell.text_entry_label"));
  };
  translatePage();

  let readyResolve, readyReject;
  const ready = new Promise((resolve, reject) => { readyResolve = resolve; readyReject = reject; });
  ready.catch(() => {});  // failures are shown on the page; callers that await still see them

  // Callers of waymark.whenIdle(), resolved when the frame loop next pauses.
  let idleWaiters = [];

  const fail = (message) => {
    status.hidden = false;
    status.classList.add("failed");
    status.querySelector(".message").textContent = message;
    readyReject(new Error(message));
  };

  // ---- Storage: saving the plan through the store (web/storage.js) ---------------------------
  // A save starts at most SAVE_DELAY_MS after the first unsaved change, however many follow, and
  // at once when the page is hidden. Nothing is written before the stored plan was read and the
  // module started, nor after the module aborted.
  const SAVE_DELAY_MS = 300;
  const MAX_PLAN_FILE_BYTES = window.WAYMARK_LIMITS.maxPlanFileBytes;  // the app's kMaxPlanFileBytes
  const MAX_TEXT_CHARACTERS = window.WAYMARK_LIMITS.maxTextCharacters;  // the app's kMaxTextLength
  // unstored: a change was made that no successful save holds yet.
  // recovering: the stored plan could not be read at start and its kept versions are being tried;
  // nothing is saved meanwhile. kind: the store's kind of the last failure ("" while saves work).
  // refusal: why the app could not read the stored plan at start ({kind, reason}), else null.
  // unreadable: ids of stored plans this tab could not open, by why ("newer", "unreadable").
  const saving = { started: false, dead: false, reloading: false, recovering: false, unstored: false, dirtyId: null,
                   firstChangeAt: 0, timer: 0, inFlight: null, lastSaved: null, problem: "", kind: "", refusal: null,
                   unreadable: new Map(), newerPlanName: "" };
  const store = new window.WaymarkStore.Store({ build: window.WAYMARK_VERSION, onEvent: storeEvent });

  // Plain words for what the store reports; the app shows them in its "not saved" banner.
  function problemText(kind, detail) {
    switch (kind) {
      case "quota": return text("shell.storage_full");
      case "conflict": return text("shell.storage_conflict");
      case "newer": return detail === "newer_plan" ? text("shell.storage_newer_plan", { name: saving.newerPlanName })
                                                   : text("shell.storage_newer_version");
      case "damaged": return text("shell.plan_damaged");
      case "missing": return text("shell.plan_not_found", { id: detail || "" });
      case "newer_record": return text("shell.plan_newer");
      case "not_in_bin": return text("shell.not_in_bin");
      case "timeout": return text("shell.storage_not_answering");
      case "blocked": return text("shell.storage_unavailable", { error: detail || "blocked" });
      default: return text("shell.storage_failed", { error: detail || kind });
    }
  }
  // The app's StorageProblem (src/platform/plan_storage.h) for each kind the store reports;
  // any other kind is 5, "failed".
  const STORAGE_PROBLEM = { quota: 1, blocked: 2, timeout: 2, conflict: 3, newer: 4, too_large: 6 };
  // kind: "" when saved, else the store's kind of failure; problem: its plain words.
  const reportSave = (kind, problem) => {
    saving.problem = problem;
    saving.kind = kind;
    showUpdateState();
    if (!saving.dead) callWithStrings("waymark_storage_result", [kind ? STORAGE_PROBLEM[kind] || 5 : 0], [problem]);
  };
  const stoppedKind = (reason) => (reason === "newer" || reason === "newer_plan" ? "newer" : "failed");

  // The open plan is to be stored (again) though the app did not change it: after storage was
  // cleared under the tab, or space was freed after a save found storage full.
  function storeOpenPlanAgain() {
    if (saving.openId === null || saving.dead) return;
    if (saving.dirtyId === null) saving.firstChangeAt = performance.now();
    saving.dirtyId = saving.openId;
    saving.unstored = true;
    scheduleSave();
  }

  function storeEvent(event) {
    if (saving.dead || !saving.started) return;
    if (event.type === "conflict" && event.id === saving.openId) reportSave("conflict", problemText("conflict"));
    else if (event.type === "stopped") reportSave(stoppedKind(event.reason), problemText(stoppedKind(event.reason), event.reason));
    else if (event.type === "cleared") {
      // The database was deleted or cleared under this tab: say so, and store the open plan in a
      // new one at once (the next save opens it again), as a first save would.
      callWithStrings("waymark_storage_notice", [], [text("shell.storage_deleted")]);
      storeOpenPlanAgain();
    }
  }

  function scheduleSave() {
    if (saving.timer || saving.inFlight || saving.dirtyId === null || saving.dead || saving.reloading || saving.recovering) return;
    const wait = Math.max(0, SAVE_DELAY_MS - (performance.now() - saving.firstChangeAt));
    saving.timer = setTimeout(saveNow, wait);
  }

  function saveNow() {
    clearTimeout(saving.timer);
    saving.timer = 0;
    if (saving.dead || !saving.started || saving.reloading || saving.recovering || saving.inFlight || saving.dirtyId === null) return;
    const id = saving.dirtyId;
    saving.dirtyId = null;
    const planText = window.waymark.exportPlan();
    // Never store what the next start could not read: the reader refuses a plan file past the limit.
    const bytes = untrapped(() => Module["_waymark_exported_bytes"]());
    if (bytes > MAX_PLAN_FILE_BYTES) {
      reportSave("too_large", text("shell.plan_too_large_to_save", { mb: (bytes / 1048576).toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
                                                            max: MAX_PLAN_FILE_BYTES / 1048576 }));
      return;
    }
    saving.inFlight = store.save(id, planText).then((result) => {
      saving.inFlight = null;
      if (result.ok) {
        saving.lastSaved = { id, rev: result.rev };
        saving.unstored = saving.dirtyId !== null;
        reportSave("", "");
        // The save removed the plan's draft; the text still being typed needs one on the new revision.
        if (typing.kept === id) keepTypingDraft();
      } else {
        const kind = result.kind === "stopped" ? stoppedKind(result.reason) : result.kind;
        reportSave(kind, problemText(kind, result.error || result.reason));
      }
      scheduleSave();
    });
  }

  // ---- What is being typed: a field that still has the keyboard ------------------------------
  // Its text is not in the plan until the field is left. While it is typed, the plan with that
  // text committed is kept as the plan's draft (at most SAVE_DELAY_MS after the first unsaved
  // keystroke, later on a plan so big that making the draft takes long), so a crash or a killed
  // browser does not lose it: the next start opens the draft. Before the page is hidden, closed or
  // reloaded for an update, the field is committed as Enter would (commitTyping).
  // kept: the plan id whose draft holds typing; writing: that draft's write, until it is stored.
  const typing = { timer: 0, kept: null, writing: null, delay: SAVE_DELAY_MS };
  function typingChanged() {
    if (saving.dead) return;
    if (!typing.timer) typing.timer = setTimeout(keepTypingDraft, typing.delay);
  }
  function keepTypingDraft() {
    clearTimeout(typing.timer);
    typing.timer = 0;
    if (saving.dead || !saving.started || saving.openId === null) return;
    const started = performance.now();
    const draft = untrapped(() => Module["UTF8ToString"](Module["_waymark_typing_draft"]()));
    if (draft) {
      if (typing.kept !== null && typing.kept !== saving.openId) store.discardDraft(typing.kept);
      const writing = typing.writing = store.saveDraft(saving.openId, draft, saving.inFlight !== null);
      writing.finally(() => {
        if (typing.writing !== writing) return;
        typing.writing = null;
        if (Module["_waymark_idle"] && Module["_waymark_idle"]()) Module.onIdle();
      });
      typing.kept = saving.openId;
    } else if (typing.kept !== null) {
      // Typing ended (left, committed or given up with Escape): the draft must not bring back
      // text the user threw away. Unsaved changes keep a draft of the plan as it is.
      if (typing.kept === saving.openId && (saving.unstored || saving.inFlight !== null))
        store.saveDraft(saving.openId, window.waymark.exportPlan(), saving.inFlight !== null);
      else store.discardDraft(typing.kept);
      typing.kept = null;
    }
    typing.delay = Math.max(SAVE_DELAY_MS, 5 * (performance.now() - started));
    if (Module["_waymark_idle"] && Module["_waymark_idle"]()) Module.onIdle();
  }
  // Commits the field being typed in; true when there was one (the plan has changed since).
  function commitTyping() {
    if (saving.dead || !saving.started || !Module["_waymark_commit_typing"]) return false;
    return untrapped(() => Module["_waymark_commit_typing"]()) !== 0;
  }

  // A page being hidden or going away may not live to finish a save's read and write: leave a
  // draft in one synchronous step first (the store opens it on the next start), then save. The
  // field being typed in is committed first, so its text is in both.
  const flush = () => {
    if (saving.dead || !saving.started) return;
    commitTyping();
    if (saving.dirtyId === null && saving.inFlight === null) return;
    store.saveDraft(saving.dirtyId !== null ? saving.dirtyId : saving.openId, window.waymark.exportPlan(),
                    saving.inFlight !== null);
    saveNow();
  };
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") flush(); });
  window.addEventListener("pagehide", flush);
  // While saves fail (a conflict with another tab, full or blocked storage, a newer build), the
  // draft a closing tab leaves may never be opened: closing would lose the unsaved changes, so
  // the browser asks first and the user can still choose, download or copy.
  window.addEventListener("beforeunload", (event) => {
    if (saving.dead || !saving.problem) return;
    commitTyping();  // text still in a field counts as a change no save holds
    if (!saving.unstored) return;
    event.preventDefault();
    event.returnValue = "";
  });

  // Opens the store and reads the last plan; resolves to {plan, quarantined, problem}.
  async function readStoredPlan() {
    const kind = await store.open();
    if (kind) {
      await store.loadLast();
      return { plan: null, quarantined: [], problem: problemText(kind, kind) };
    }
    try {
      return { ...(await store.loadLast()), problem: "" };
    } catch (e) {
      return { plan: null, quarantined: [], problem: problemText("failed", (e && e.name) || String(e)) };
    }
  }

  // The app could not read the stored plan it was given at start (its refusal: {kind, reason}).
  // Its record is never written over. A newer build's plan stays where it is, and this tab stops
  // saving until the page updates. Anything else is set aside byte for byte, with the newest of
  // the plan's kept versions that the app can read in its place; the app opens that version
  // instead of the sample and says so. Saves wait until this is settled.
  async function keepUnreadableStoredPlan(plan, refusal) {
    if (refusal.kind === "newer") {
      saving.newerPlanName = plan.name || plan.id;
      saving.unreadable.set(plan.id, "newer");
      store.stop("newer_plan");
      // The sample shown meanwhile holds nothing of the user's until they edit it.
      clearTimeout(saving.timer);
      saving.timer = 0;
      saving.dirtyId = null;
      saving.unstored = false;
      return;
    }
    saving.recovering = true;
    try {
      let restored = null;
      for (const kept of await store.goodGenerations(plan.id)) {
        if (saving.dead) return;
        if (callWithStrings("waymark_open_stored_version", [], [kept.text, kept.savedAt || ""])) {
          restored = kept;
          break;
        }
      }
      const reason = refusal.kind === "too_large" ? "too_large" : refusal.kind === "damaged" ? "damaged" : "unreadable";
      await store.quarantineUnreadable(plan.id, { problem: "the plan reader refused it", reason, detail: refusal.reason },
                                       restored ? restored.rev : null);
      if (restored) saving.openId = plan.id;
    } finally {
      saving.recovering = false;
      scheduleSave();
    }
  }

  // ---- Files, drops, pastes and share links: each arrives as a new plan -----------------------
  // Before the open plan is replaced its changes are saved; the app then gives the newcomer a
  // new id when a stored plan has its id, so no stored plan is ever replaced by an import.
  async function settleSaves() {
    for (let round = 0; round < 10 && !saving.dead; round++) {
      if (saving.inFlight) await saving.inFlight;
      else if (saving.dirtyId !== null) saveNow();
      else return;
    }
  }

  async function openPlanFile(name, content) {
    if (!saving.started || saving.dead) return false;
    await settleSaves();
    const taken = (await store.list()).map((p) => p.id).join("\n");
    callWithStrings("waymark_file_chosen", [], [name, content, taken]);
    return true;
  }

  // A file's bytes go to the module as they are, as the command line reads them: the plan reader
  // decides about encodings (docs/plan-format.md), not the browser's decoder, which would turn
  // bytes that are not UTF-8 into U+FFFD without a word. A file past the limit is cut one byte
  // over it: the module then names the size problem without the page holding all of a huge file.
  const readFile = async (file) => new Uint8Array(await file.slice(0, MAX_PLAN_FILE_BYTES + 1).arrayBuffer());

  const picker = document.createElement("input");
  picker.type = "file";
  picker.hidden = true;
  document.body.appendChild(picker);
  picker.addEventListener("change", async () => {
    const file = picker.files && picker.files[0];
    picker.value = "";
    if (file) await openPlanFile(file.name, await readFile(file));
  });

  window.addEventListener("dragover", (e) => {
    if (e.dataTransfer && [...e.dataTransfer.types].includes("Files")) { e.preventDefault(); e.dataTransfer.dropEffect = "copy"; }
  });
  window.addEventListener("drop", async (e) => {
    const file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (!file) return;
    e.preventDefault();
    await openPlanFile(file.name, await readFile(file));
  });

  // ---- Screen-reader mirror: what the canvas shows, as visually hidden DOM ----------------------
  // The app sends nodes as lines: a role letter (h heading, i list item, t text), a level digit,
  // then the text. textContent only: plan text never becomes markup. Items one level deeper than
  // the item above nest inside it (the plan map's tree).
  const mirror = document.getElementById("mirror");
  const live = document.getElementById("announce");
  function publishMirror(encoded) {
    const content = document.createDocumentFragment();
    let lists = [];  // the open lists, outermost first: {ul, level, li (its last item)}
    for (const line of encoded.split("\n")) {
      if (line.length < 2) continue;
      const role = line[0], level = Number(line[1]), textContent = line.slice(2);
      if (role === "i") {
        if (!lists.length) lists.push({ ul: content.appendChild(document.createElement("ul")), level, li: null });
        while (lists.length > 1 && level < lists[lists.length - 1].level) lists.pop();
        let top = lists[lists.length - 1];
        if (level > top.level && top.li) {
          lists.push({ ul: top.li.appendChild(document.createElement("ul")), level, li: null });
          top = lists[lists.length - 1];
        }
        top.li = top.ul.appendChild(document.createElement("li"));
        top.li.textContent = textContent;
        continue;
      }
      lists = [];
      const tag = role === "h" ? "h" + Math.min(6, Math.max(1, level)) : "p";
      content.appendChild(document.createElement(tag)).textContent = textContent;
    }
    mirror.replaceChildren(content);
  }
  // Polite announcements; the same text twice in a row is re-read by clearing first.
  function announce(message) {
    live.textContent = "";
    setTimeout(() => { live.textContent = message; }, 30);
  }

  // A pasted plan file (Ctrl+V anywhere but in a text field): text that is a Waymark plan's
  // envelope. Anything else is left to the text fields.
  const looksLikePlanFile = (t) => /^\s*\{/.test(t) && /"format"\s*:\s*"waymark-plan"/.test(t.slice(0, 4096));
  document.addEventListener("paste", async (e) => {
    const pasted = e.clipboardData ? e.clipboardData.getData("text/plain") : "";
    if (!looksLikePlanFile(pasted)) return;
    e.preventDefault();
    await openPlanFile(text("shell.pasted_plan"), pasted.slice(0, MAX_PLAN_FILE_BYTES + 1));
  });

  // Share links carry the plan in the URL fragment (never sent to a server), deflated and in
  // base64url: "#plan=...". Links are kept short enough for chat apps and QR codes.
  const SHARE_LINK_MAX_CHARS = 16 * 1024;
  const toBase64Url = (bytes) => {
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  };
  const fromBase64Url = (s) => {
    const binary = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  };
  const through = async (stream, bytes) => new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());

  async function shareLink() {
    if (!saving.started || saving.dead) return { ok: false, url: null, error: text("shell.share_link_not_ready") };
    const packed = await through(new CompressionStream("deflate-raw"), new TextEncoder().encode(window.waymark.exportPlan()));
    const url = location.origin + location.pathname + "#plan=" + toBase64Url(packed);
    if (url.length > SHARE_LINK_MAX_CHARS)
      return { ok: false, url: null, error: text("shell.share_link_too_long", { kb: Math.ceil(url.length / 1024), max: SHARE_LINK_MAX_CHARS / 1024 }) };
    return { ok: true, url, error: null };
  }

  // Opening a link: a few KB of link can inflate to gigabytes. The packed bytes go into the
  // decompressor SHARE_LINK_PIECE at a time (deflate makes at most about 1 MB of 1 KB), and
  // reading stops as soon as the plan passes the plan file limit. The stream's steps all run as
  // one task unless it yields: it lets the page draw and answer every SHARE_LINK_YIELD_MS.
  // Resolves to the plan's bytes, or null past the limit; rejects when the link was cut or garbled.
  const SHARE_LINK = /^#plan=([A-Za-z0-9_-]+)$/;
  const SHARE_LINK_PIECE = 1024;
  const SHARE_LINK_YIELD_MS = 30;
  async function inflateWithin(packed, limit) {
    let offered = 0;
    const pieces = new ReadableStream({
      pull(controller) {
        if (offered >= packed.length) return controller.close();
        controller.enqueue(packed.slice(offered, offered + SHARE_LINK_PIECE));
        offered += SHARE_LINK_PIECE;
      },
    }, { highWaterMark: 0 });
    const reader = pieces.pipeThrough(new DecompressionStream("deflate-raw")).getReader();
    const chunks = [];
    let total = 0, since = performance.now();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (performance.now() - since > SHARE_LINK_YIELD_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        since = performance.now();
      }
      total += value.length;
      if (total > limit) {
        reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(total);
    for (let i = 0, at = 0; i < chunks.length; at += chunks[i].length, i++) bytes.set(chunks[i], at);
    return bytes;
  }

  // Reads the share link in the address bar and hands its plan to the app, which asks the user in
  // its own dialog (src/ui/chrome/shared_plan_dialog.h). The link stays in the address bar until its
  // plan is opened and saved: a reload before that asks again, and none after it.
  const SHARED_PLAN_READ = { ok: 0, incomplete: 1, tooLarge: 2 };  // platform::SharedLinkRead
  async function readShareLink() {
    const match = SHARE_LINK.exec(location.hash);
    if (!match || !saving.started || saving.dead) return;
    let how = SHARED_PLAN_READ.ok, bytes = null;
    try {
      bytes = await inflateWithin(fromBase64Url(match[1]), MAX_PLAN_FILE_BYTES);
      if (!bytes) how = SHARED_PLAN_READ.tooLarge;
    } catch {
      how = SHARED_PLAN_READ.incomplete;  // cut short (also a base64 length no encoder makes) or garbled
    }
    callWithStrings("waymark_shared_plan_read", [how], [bytes || new Uint8Array(0)]);
  }
  // The user chose "Open as new plan": the open plan is saved first, then the shared one opens
  // under an id no stored plan has; once it is saved the link leaves the address bar.
  async function openSharedPlan() {
    if (!saving.started || saving.dead) return;
    await settleSaves();
    const taken = (await store.list()).map((p) => p.id).join("\n");
    callWithStrings("waymark_shared_plan_may_open", [], [taken]);
    await settleSaves();
    if (SHARE_LINK.test(location.hash) && saving.dirtyId === null && !saving.problem)
      history.replaceState(null, "", location.pathname + location.search);
  }
  window.addEventListener("hashchange", readShareLink);

  // ---- Several plans per browser ----------------------------------------------------------------
  // Each plan is its own record in the store; the app holds the open one. Opening another saves
  // the open one first; rename, duplicate and delete of a plan that is not open go to the store.
  // A deleted plan stays restorable for WaymarkStore.DELETED_KEPT_DAYS days.
  // A store's answer about plan id as the API gives it: {ok, error} in plain words.
  const planResult = (result, id) => {
    if (result.ok) return { ok: true, error: null };
    const kind = result.kind === "stopped" ? stoppedKind(result.reason) : result.kind === "newer" ? "newer_record" : result.kind;
    return { ok: false, error: problemText(kind, kind === "missing" ? id : result.error || result.reason) };
  };
  const unusedId = (id, taken) => {
    if (!taken.includes(id)) return id;
    for (let n = 2; ; n++) if (!taken.includes(id.slice(0, 60) + "-" + n)) return id.slice(0, 60) + "-" + n;
  };
  // Space was freed while the open plan's last save found storage full: store it now.
  const afterFreeing = (result, id) => {
    if (result.ok && saving.kind === "quota") storeOpenPlanAgain();
    return planResult(result, id);
  };
  const planManager = {
    async open(id) {
      if (!saving.started || saving.dead) return { ok: false, error: text("shell.share_link_not_ready") };
      if (id === saving.openId) return { ok: true, error: null };
      await settleSaves();
      const record = await store.record(id);
      const problem = !record ? await store.recordProblem(id) : record.deleted ? "missing" : await store.recordProblem(id);
      if (problem) return planResult({ ok: false, kind: problem }, id);
      saving.refusal = null;
      const error = Module["UTF8ToString"](callWithStrings("waymark_open_stored", [record.checksum !== undefined ? 1 : 0], [record.text]));
      if (!error) return { ok: true, error: null };
      // The app said why it could not read it (storedPlanRefused): the Plans dialog shows that too.
      saving.unreadable.set(id, saving.refusal && saving.refusal.kind === "newer" ? "newer" : "unreadable");
      return { ok: false, error };
    },
    async create(name) {
      const taken = (await store.list()).map((p) => p.id);
      const id = unusedId("plan-" + localDate(), taken);
      const doc = { format: "waymark-plan", version: 1, plan: { id, name: String(name || text("shell.new_plan_name")), created: localDate(), updated: localDate() } };
      if (!(await openPlanFile(String(name || text("shell.new_plan_name")), JSON.stringify(doc)))) return { ok: false, id: null, error: text("shell.share_link_not_ready") };
      return { ok: true, id: JSON.parse(window.waymark.exportPlan()).plan.id, error: null };
    },
    async rename(id, name) {
      name = String(name);
      if (id === saving.openId) {  // an edit of the open plan, with its own undo step
        const error = Module["UTF8ToString"](callWithStrings("waymark_rename_open_plan", [], [name]));
        return error ? { ok: false, error } : { ok: true, error: null };
      }
      // A stored plan's name past the plan file's limit would make it unreadable: refused here.
      if ([...name].length > MAX_TEXT_CHARACTERS) return { ok: false, error: text("shell.name_too_long", { max: MAX_TEXT_CHARACTERS }) };
      return planResult(await store.update(id, (doc) => { doc.plan.name = name; }), id);
    },
    async duplicate(id) {
      if (id === saving.openId) await settleSaves();
      const record = await store.record(id);
      if (!record) return { ...planResult({ ok: false, kind: await store.recordProblem(id) }, id), id: null };
      const copyId = unusedId(id, (await store.list()).map((p) => p.id));
      const doc = JSON.parse(record.text);
      doc.plan.id = copyId;
      doc.plan.name = text("shell.copy_name", { name: doc.plan.name || "" });
      const result = await store.save(copyId, JSON.stringify(doc, null, 2) + "\n", { keepLastOpen: true });
      return result.ok ? { ok: true, id: copyId, error: null } : { ...planResult(result), id: null };
    },
    // Into the bin: frees the plan's kept versions at once (see WaymarkStore's mark()).
    async remove(id) {
      if (id === saving.openId) return { ok: false, error: text("shell.cannot_delete_open_plan") };
      return afterFreeing(await store.mark(id, new Date().toISOString()), id);
    },
    async restore(id) { return planResult(await store.mark(id, ""), id); },
    // For good: a plan in the bin, or one whose record is damaged.
    async purge(id) {
      if (id === saving.openId) return { ok: false, error: text("shell.cannot_delete_open_plan") };
      const result = await store.purge(id);
      if (result.ok) saving.unreadable.delete(id);
      return afterFreeing(result, id);
    },
    async purgeQuarantined(key) {
      const item = (await store.quarantined()).find((q) => String(q.key) === String(key));
      if (!item) return { ok: false, error: text("shell.plan_not_found", { id: String(key) }) };
      return afterFreeing(await store.purgeQuarantined(item.key), item.planId);
    },
    // Brings back a kept earlier version as the plan's next revision (the current one is kept too).
    async restoreVersion(id, rev) {
      const versionText = await store.generationText(id, rev);
      if (versionText === null) return { ok: false, error: text("shell.version_not_found", { rev }) };
      if (id === saving.openId) return window.waymark.importPlan(versionText);
      await store.record(id);  // the revision the restore builds on
      return planResult(await store.save(id, versionText, { keepLastOpen: true }), id);
    },
  };

  // ---- Offline and updates ------------------------------------------------------------------------
  // sw.js keeps this build's files for offline use. A newer build waits until the user chooses
  // to reload (never on its own: a reload must not cost an edit); the open plan is saved first.
  const update = { worker: null, bar: document.getElementById("update") };
  function offerUpdate(worker) {
    update.worker = worker;
    const button = update.bar.querySelector("button");
    button.textContent = text("shell.update_reload");
    button.onclick = () => applyUpdate();
    showUpdateState();
    update.bar.hidden = false;
  }
  // The bar says whether reloading keeps the latest changes: not while saves fail.
  function showUpdateState() {
    if (!update.worker) return;
    const message = text(saving.problem && saving.unstored ? "shell.update_ready_unsaved" : "shell.update_ready");
    const shown = update.bar.querySelector(".message");
    if (shown.textContent !== message) shown.textContent = message;
  }
  async function applyUpdate() {
    if (!update.worker) return false;
    commitTyping();
    await settleSaves();
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
    update.worker.postMessage("waymark:activate");
    return true;
  }
  if ("serviceWorker" in navigator && window.isSecureContext) {
    window.addEventListener("load", async () => {
      try {
        const registration = await navigator.serviceWorker.register("sw.js");
        const watch = (worker) => worker.addEventListener("statechange", () => {
          if (worker.state === "installed" && navigator.serviceWorker.controller) offerUpdate(worker);
        });
        if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
        if (registration.installing) watch(registration.installing);
        registration.addEventListener("updatefound", () => watch(registration.installing));
        update.registration = registration;
      } catch (e) {
        console.warn("Waymark works without offline support here:", e);
      }
    });
  }

  // ---- Plan together: the open plan shared live in a room (docs/collaboration.md) -------------
  // The room's code (Yjs, Hocuspocus's client, the QR code) is web/together/, bundled as
  // together.js and imported only when a room is started or joined. The app sends its own
  // operations (send) and takes in remote changes through waymark_room_changes, which answers
  // with what to write back. Status goes to the app as JSON (src/platform/room.h).
  const together = (() => {
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
      // A classic script may import a module; tsc checks this file as a script of no module system.
      // @ts-ignore TS1323
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
      if (saving.dead || !saving.started) return;
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
      if (saving.dead) return;
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
        if (!saving.started || saving.dead) return { ok: false, url: null, error: text("shell.share_link_not_ready") };
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
          const planText = (await open(made.room, false), window.waymark.exportPlan());
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
        if (!match || !saving.started || saving.dead) return;
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

  // ---- Module ---------------------------------------------------------------------------------
  // Passes JS strings as malloc'ed UTF-8 (pointer, length) pairs, and Uint8Arrays (a file's bytes)
  // as they are; the module frees them. When the module has no memory left for one (the browser
  // would not grow it), nothing is called and this throws: the text must never be written at
  // address 0, over the module's own data.
  function callWithStrings(name, leading, strings) {
    return untrapped(() => {
      const args = [...leading], taken = [];
      for (const s of strings) {
        if (s === null || s === undefined) { args.push(0, 0); continue; }
        const bytes = s instanceof Uint8Array;
        const length = bytes ? s.length : Module["lengthBytesUTF8"](s);
        const ptr = Module["_malloc"](length + 1);
        if (!ptr) {
          for (const p of taken) Module["_free"](p);
          throw new Error(text("shell.out_of_memory", { kb: Math.ceil(length / 1024) }));
        }
        taken.push(ptr);
        if (bytes) {
          Module["HEAPU8"].set(s, ptr);
          Module["HEAPU8"][ptr + length] = 0;
        } else {
          Module["stringToUTF8"](s, ptr, length + 1);
        }
        args.push(ptr, length);
      }
      return Module["_" + name](...args);
    });
  }

  // A trap in the module (a WebAssembly.RuntimeError that did not go through abort(): an
  // out-of-bounds access, unreachable code) leaves its memory as untrustworthy as an abort does:
  // the same stop. Calls from the shell go through untrapped(); a trap in a frame arrives as the
  // window's error event.
  function stopOnTrap(error) {
    if (error instanceof WebAssembly.RuntimeError && !saving.dead) Module.onAbort(error.message || String(error));
  }
  function untrapped(call) {
    try {
      return call();
    } catch (e) {
      stopOnTrap(e);
      throw e;
    }
  }
  window.addEventListener("error", (e) => stopOnTrap(e.error));

  function localDate() {
    const d = new Date();
    return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, "0"), String(d.getDate()).padStart(2, "0")].join("-");
  }

  // A cheap check only: making a WebGL context here would cost the real one its start (a
  // browser that has the type but no working context is caught when the canvas is set up).
  if (!("WebGL2RenderingContext" in window)) { fail(text("shell.no_webgl")); return; }

  // The module and font files carry their content's hash in their names (cmake/make_site.cmake),
  // which only index.html knows: read them from its preload links.
  const preloaded = (suffix) => [...document.querySelectorAll('link[rel="preload"]')]
    .map((link) => link.getAttribute("href")).find((href) => href.endsWith(suffix));
  const files = { module: preloaded(".js"), wasm: preloaded(".wasm"), font: preloaded(".otf") };

  const storedPlan = readStoredPlan();
  const fontBytes = fetch(files.font).then((r) => (r.ok ? r.arrayBuffer() : new ArrayBuffer(0)))
    .catch(() => new ArrayBuffer(0));

  const Module = window.Module = {
    canvas: document.getElementById("canvas"),
    // The module asks for "waymark.wasm"; the site has it under its hashed name.
    locateFile: (path) => (path.endsWith(".wasm") ? files.wasm : path),
    shell: {
      callWithStrings,
      openSharedPlan,
      together,
      download(name, mime, content) {
        const url = URL.createObjectURL(new Blob([content], { type: mime }));
        const a = Object.assign(document.createElement("a"), { href: url, download: name });
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
      },
      chooseFile(accept) { picker.accept = accept; picker.click(); },
      // Prints a page the app made (the workshop summary) with the browser's print dialog. A
      // srcdoc frame shares the page's origin and its Content-Security-Policy: the summary has no
      // script and only an inline style sheet, which style-src 'unsafe-inline' allows.
      printDocument(html) {
        document.getElementById("print-frame")?.remove();
        const frame = Object.assign(document.createElement("iframe"), { id: "print-frame", tabIndex: -1 });
        frame.setAttribute("aria-hidden", "true");
        frame.style.cssText = "position:fixed;right:0;bottom:0;width:0;height:0;border:0";
        frame.addEventListener("load", () => {
          frame.contentWindow.focus();
          frame.contentWindow.print();
          frame.dataset.printed = "true";  // print() returned: the dialog was shown and closed
          Module.canvas.focus();
        }, { once: true });
        frame.srcdoc = html;
        document.body.appendChild(frame);
      },
      publishMirror,
      announce,
      // The app could not read the stored plan at start: why (kind: "damaged", "unreadable",
      // "too_large" or "newer"; reason: the reader's words). Called during waymark_start.
      storedPlanRefused(kind, reason) { saving.refusal = { kind, reason }; },
      languageChosen(code) {
        lang = texts[code] ? code : "en";
        try { localStorage.setItem(languageKey, lang); } catch { /* private mode: the choice lasts this visit */ }
        translatePage();
      },
      viewSettingsChosen(json) {
        try { localStorage.setItem(viewSettingsKey, json); } catch { /* private mode: the choice lasts this visit */ }
      },
      typingChanged,
      planChanged(id) {
        if (saving.dead) return;
        if (saving.dirtyId === null) saving.firstChangeAt = performance.now();
        saving.dirtyId = id;
        saving.openId = id;
        saving.unstored = true;
        scheduleSave();
      },
      // The user took the other tab's version of the open plan in a conflict: read it (this tab's
      // next save builds on its revision) and hand it to the app, which replaces its plan with it.
      // Meanwhile no save of this tab's version may start: it would go over the other tab's.
      async reloadStored(id) {
        saving.reloading = true;
        try {
          while (saving.inFlight) await saving.inFlight;
          clearTimeout(saving.timer);
          saving.timer = 0;
          saving.dirtyId = null;
          const record = await store.record(id);
          if (record && !saving.dead) callWithStrings("waymark_stored_plan_read", [], [record.text]);
        } finally {
          saving.reloading = false;
          scheduleSave();
        }
      },
    },
    onFirstFrame() {
      status.hidden = true;
      readyResolve(window.waymark);
    },
    onRuntimeInitialized() {
      Promise.all([fontBytes, storedPlan]).then(([font, stored]) => {
        const fontArray = new Uint8Array(font);
        const fontPtr = Module["_malloc"](Math.max(1, fontArray.length));
        Module["HEAPU8"].set(fontArray, fontPtr);
        const notices = stored.quarantined.map((q) => text(q.restoredRev ? "shell.plan_restored" : "shell.plan_quarantined"));
        if (stored.cleared) notices.push(text("shell.storage_was_cleared"));
        // Changes (or text being typed) a page that went away could only leave as a draft.
        if (stored.plan && stored.plan.fromDraft) notices.push(text("shell.draft_restored"));
        saving.problem = stored.problem;
        const storedText = stored.plan ? stored.plan.text : null;
        saving.openId = stored.plan ? stored.plan.id : null;
        const readable = callWithStrings("waymark_start", [fontPtr, fontArray.length, stored.plan && stored.plan.whole ? 1 : 0],
                                         [storedText, stored.problem, notices.join(" "), localDate(), lang,
                                          storedViewSettings]);
        // A finger as the primary pointer: hit targets grow before the first frame.
        if (window.matchMedia && window.matchMedia("(pointer: coarse)").matches) Module["_waymark_touch_screen"]();
        saving.started = true;
        if (!readable && stored.plan) keepUnreadableStoredPlan(stored.plan, saving.refusal || { kind: "unreadable", reason: "" });
        readShareLink();
        together.joinFromLink();
        // A draft left by a closing tab opened: save it as the plan's next revision.
        if (readable && stored.plan && stored.plan.fromDraft && saving.dirtyId === null) {
          saving.dirtyId = stored.plan.id;
          saving.firstChangeAt = performance.now();
        }
        scheduleSave();
      }).catch((e) => fail(text("shell.load_failed", { error: String(e) })));
    },
    onIdle() {
      if (!window.waymark.idle()) return;  // a save is still coming; its result wakes the loop again
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve(window.waymark);
    },
    onNoWebGL() { fail(text("shell.no_webgl")); },
    // After an abort the module's memory cannot be trusted: nothing more is exported or saved.
    onAbort(what) {
      saving.dead = true;
      clearTimeout(saving.timer);
      fail(text("shell.load_failed", { error: String(what) }));
    },
    printErr(line) { console.warn(line); },
  };

  window.waymark = {
    version: window.WAYMARK_VERSION,
    ready,
    // The language the app is shown in ("en", "de", "id").
    get language() { return lang; },
    exportPlan() {
      if (saving.dead) throw new Error("Waymark stopped after an internal error; its memory is not exported");
      return untrapped(() => Module["UTF8ToString"](Module["_waymark_export_plan"]()));
    },
    importPlan(planText) {
      if (typeof planText !== "string") return { ok: false, error: "expected the plan file's text as a string" };
      // Before start the stored plan may not have been read: an import then could be saved over it.
      if (!saving.started || saving.dead) return { ok: false, error: "Waymark is not ready: await waymark.ready first" };
      let error;
      try {
        error = Module["UTF8ToString"](callWithStrings("waymark_import_plan", [], [planText]));
      } catch (e) {
        if (saving.dead) throw e;  // the module aborted on the way: its memory is not to be trusted
        return { ok: false, error: e.message };
      }
      return error ? { ok: false, error } : { ok: true, error: null };
    },
    // Idle: no frames drawn (the loop is paused) and no save waiting or under way.
    idle() {
      return Boolean(Module["_waymark_idle"] && untrapped(() => Module["_waymark_idle"]())) && saving.dirtyId === null && saving.inFlight === null &&
        !saving.reloading && typing.timer === 0 && typing.writing === null;
    },
    whenIdle() {
      return window.waymark.idle() ? Promise.resolve(window.waymark)
        : new Promise((resolve) => idleWaiters.push(resolve));
    },
    // Looks for a newer build now (browsers also check on their own); resolves to whether one waits.
    async checkForUpdate() {
      if (!update.registration) return false;
      await update.registration.update();
      return !!update.registration.waiting || !!update.registration.installing;
    },
    // Whether a newer build is ready; applyUpdate() saves the open plan, then reloads into it.
    updateReady: () => !!update.worker,
    applyUpdate,
    // Opens a plan file's text as a new plan, as a dropped file would; resolves to false before start.
    openPlanFile(planText, name = "") {
      if (typeof planText !== "string") return Promise.resolve(false);
      return openPlanFile(String(name || text("shell.pasted_plan")), planText);
    },
    // A link that carries the open plan in its fragment: {ok, url, error}.
    shareLink,
    // Plan together (docs/collaboration.md): start() shares the open plan live in a new room and
    // resolves to {ok, url, error}; state() is {connected, room, people} (people: how many are in
    // the room, this browser included). Opening the url in another browser joins.
    together: { start: () => together.start(), state: () => together.state() },
    // Where saving stands: {pending, saving, lastSaved: {id, rev} | null, problem, typing}; typing:
    // "" (no field holds changed text), "waiting" (its draft is about to be kept), "writing" (being
    // stored) or "kept" (stored).
    saveState() {
      return { pending: saving.dirtyId !== null, saving: saving.inFlight !== null, lastSaved: saving.lastSaved,
               problem: saving.problem, typing: typing.timer ? "waiting" : typing.writing ? "writing" : typing.kept !== null ? "kept" : "" };
    },
    // The stored plans, newest save first: [{id, name, rev, savedAt, deleted, problem}] (deleted:
    // when, or ""; problem: why this build cannot open it, "damaged", "newer" or "unreadable", or "").
    async plans() {
      return (await store.list()).map((p) => ({ ...p, problem: p.problem || saving.unreadable.get(p.id) || "" }));
    },
    // The open plan's id.
    openPlanId() { return saving.openId; },
    // Plans in this browser; each resolves to {ok, error} (create and duplicate also give the id).
    openPlan: (id) => planManager.open(String(id)),
    createPlan: (name) => planManager.create(name),
    renamePlan: (id, name) => planManager.rename(String(id), name),
    duplicatePlan: (id) => planManager.duplicate(String(id)),
    deletePlan: (id) => planManager.remove(String(id)),
    restorePlan: (id) => planManager.restore(String(id)),
    // Deletes a plan in the bin (or a damaged one) for good, freeing its space at once.
    purgePlan: (id) => planManager.purge(String(id)),
    restorePlanVersion: (id, rev) => planManager.restoreVersion(String(id), Number(rev)),
    // The kept earlier versions of a stored plan, oldest first: [{rev, savedAt}].
    planVersions(id) { return store.generations(String(id)); },
    // Stored records that could not be read, kept byte for byte:
    // [{key, planId, problem, reason, detail, at, bytes}] (reason: "damaged", "too_large", "unreadable").
    quarantined() { return store.quarantined(); },
    // Offers a quarantined record's bytes as a file download.
    async downloadQuarantined(key) {
      const item = (await store.quarantined()).find((q) => String(q.key) === String(key));
      if (!item) return false;
      Module.shell.download("waymark-unreadable-" + item.planId + ".json", "application/json", item.bytes);
      return true;
    },
    // Deletes a quarantined record for good.
    purgeQuarantined: (key) => planManager.purgeQuarantined(key),
    // Offers a stored plan's exact bytes as a file download (for one this build cannot open).
    async downloadPlanRecord(id) {
      const bytes = await store.recordBytes(String(id));
      if (bytes === null) return false;
      Module.shell.download("waymark-plan-" + id + ".json", "application/json", bytes);
      return true;
    },
    // The view as drawn: {presenting, theme, scale (percent), touch, smallest, body, notice} (text heights in CSS px;
    // notice: the banner of the last file or link action, "" when none shows).
    viewState() {
      return JSON.parse(Module["UTF8ToString"](untrapped(() => Module["_waymark_view_state"]())));
    },
    // The smallest and the body text's height in CSS pixels, from the fonts the UI draws with.
    textSizes() {
      const { smallest, body } = window.waymark.viewState();
      return { smallest, body };
    },
    itemRect(name) {
      const json = Module["UTF8ToString"](callWithStrings("waymark_item_rect", [], [String(name)]));
      return json ? JSON.parse(json) : null;
    },
  };

  const script = document.createElement("script");
  script.src = files.module;
  script.async = true;
  script.onerror = () => fail(text("shell.load_failed", { error: files.module + " did not load" }));
  document.body.appendChild(script);
})();
