// Waymark's page shell: starts the WebAssembly module, gathers what it needs in parallel (the
// module, the UI font, the stored plan), keeps the plan in IndexedDB, and offers the documented
// JavaScript API window.waymark. Texts come from assets/i18n/<lang>/shell.json (inlined at build).
"use strict";
(() => {
  const status = document.getElementById("status");
  const texts = window.WAYMARK_SHELL_TEXT;
  const lang = (navigator.language || "en").slice(0, 2);
  const text = (key, args = {}) => {
    const raw = (texts[lang] && texts[lang][key]) || texts.en[key] || key;
    return raw.replace(/\{(\w+)\}/g, (m, name) => (name in args ? String(args[name]) : m));
  };
  status.querySelector(".message").textContent = text("shell.loading");
  document.getElementById("canvas").setAttribute("aria-label", text("shell.canvas_label"));
  document.getElementById("text-sink").setAttribute("aria-label", text("shell.text_entry_label"));

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

  // ---- Storage: one IndexedDB record per plan, written in one transaction -------------------
  const DB_NAME = "waymark", PLANS = "plans", META = "meta", SAVE_DELAY_MS = 300;
  const MAX_PLAN_FILE_BYTES = 8 * 1024 * 1024;  // kMaxPlanFileBytes in src/core/plan_json.h
  const storage = { db: null, problem: "", protectedKey: null, pendingId: null, timer: 0, rev: 0, saving: false };

  const request = (req) => new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

  async function openStorage() {
    try {
      if (!window.indexedDB) throw new Error("IndexedDB is missing");
      const open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore(PLANS);
        open.result.createObjectStore(META);
      };
      storage.db = await request(open);
      const tx = storage.db.transaction([PLANS, META], "readonly");
      const lastId = await request(tx.objectStore(META).get("lastPlanId"));
      if (lastId === undefined) return null;
      const record = await request(tx.objectStore(PLANS).get(lastId));
      if (!record) return null;
      storage.rev = record.rev || 0;
      storage.lastKey = lastId;
      return typeof record.text === "string" ? record.text : JSON.stringify(record);
    } catch (e) {
      storage.problem = text("shell.storage_unavailable", { error: (e && e.name) || String(e) });
      return null;
    }
  }

  function saveNow() {
    clearTimeout(storage.timer);
    const id = storage.pendingId;
    storage.pendingId = null;
    if (id === null) return;
    storage.saving = true;
    const report = (saved, problem) => {
      storage.saving = false;
      callWithStrings("waymark_storage_result", [saved ? 1 : 0], [problem]);
    };
    if (!storage.db) return report(false, storage.problem);
    if (id === storage.protectedKey) return report(false, text("shell.storage_protected"));
    const planText = window.waymark.exportPlan();
    try {
      const tx = storage.db.transaction([PLANS, META], "readwrite");
      storage.rev += 1;
      tx.objectStore(PLANS).put({ format: "waymark-plan", version: 1, rev: storage.rev, text: planText }, id);
      tx.objectStore(META).put(id, "lastPlanId");
      tx.oncomplete = () => report(true, "");
      tx.onabort = tx.onerror = () => report(false, (tx.error && (tx.error.name + ": " + tx.error.message)) || "aborted");
    } catch (e) {
      report(false, (e && e.name) || String(e));
    }
  }

  const flush = () => { if (storage.pendingId !== null) saveNow(); };
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") flush(); });
  window.addEventListener("pagehide", flush);

  // ---- Files ----------------------------------------------------------------------------------
  const picker = document.createElement("input");
  picker.type = "file";
  picker.hidden = true;
  document.body.appendChild(picker);
  picker.addEventListener("change", async () => {
    const file = picker.files && picker.files[0];
    picker.value = "";
    if (!file) return;
    // A file past the limit is cut one byte over it: the module then names the size problem
    // without the page holding all of a huge file.
    const content = await file.slice(0, MAX_PLAN_FILE_BYTES + 1).text();
    callWithStrings("waymark_file_chosen", [], [file.name, content]);
  });

  // ---- Screen-reader mirror: what the canvas shows, as visually hidden DOM ----------------------
  // The app sends nodes as lines: a role letter (h heading, i list item, t text), a level digit,
  // then the text. textContent only: plan text never becomes markup.
  const mirror = document.getElementById("mirror");
  const live = document.getElementById("announce");
  function publishMirror(encoded) {
    const content = document.createDocumentFragment();
    let list = null;
    for (const line of encoded.split("\n")) {
      if (line.length < 2) continue;
      const role = line[0], level = Number(line[1]), textContent = line.slice(2);
      if (role === "i") {
        if (!list) list = content.appendChild(document.createElement("ul"));
        list.appendChild(document.createElement("li")).textContent = textContent;
        continue;
      }
      list = null;
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

  // ---- Module ---------------------------------------------------------------------------------
  // Passes JS strings as malloc'ed UTF-8 (pointer, length) pairs; the module frees them.
  function callWithStrings(name, leading, strings) {
    const args = [...leading];
    for (const s of strings) {
      if (s === null || s === undefined) { args.push(0, 0); continue; }
      const length = Module["lengthBytesUTF8"](s);
      const ptr = Module["_malloc"](length + 1);
      Module["stringToUTF8"](s, ptr, length + 1);
      args.push(ptr, length);
    }
    return Module["_" + name](...args);
  }

  function localDate() {
    const d = new Date();
    return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, "0"), String(d.getDate()).padStart(2, "0")].join("-");
  }

  // A cheap check only: making a WebGL context here would cost the real one its start (a
  // browser that has the type but no working context is caught when the canvas is set up).
  if (!("WebGL2RenderingContext" in window)) { fail(text("shell.no_webgl")); return; }

  const storedPlan = openStorage();
  const fontBytes = fetch("fonts/waymark-ui.otf").then((r) => (r.ok ? r.arrayBuffer() : new ArrayBuffer(0)))
    .catch(() => new ArrayBuffer(0));

  const Module = window.Module = {
    canvas: document.getElementById("canvas"),
    shell: {
      download(name, mime, content) {
        const url = URL.createObjectURL(new Blob([content], { type: mime }));
        const a = Object.assign(document.createElement("a"), { href: url, download: name });
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
      },
      chooseFile(accept) { picker.accept = accept; picker.click(); },
      publishMirror,
      announce,
      planChanged(id) {
        storage.pendingId = id;
        clearTimeout(storage.timer);
        storage.timer = setTimeout(saveNow, SAVE_DELAY_MS);
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
        const readable = callWithStrings("waymark_start", [fontPtr, fontArray.length],
                                         [stored, storage.problem, localDate()]);
        if (!readable && stored !== null) storage.protectedKey = storage.lastKey;
      }).catch((e) => fail(text("shell.load_failed", { error: String(e) })));
    },
    onIdle() {
      if (!window.waymark.idle()) return;  // a save is still coming; its result wakes the loop again
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve(window.waymark);
    },
    onNoWebGL() { fail(text("shell.no_webgl")); },
    onAbort(what) { fail(text("shell.load_failed", { error: String(what) })); },
    printErr(line) { console.warn(line); },
  };

  window.waymark = {
    version: window.WAYMARK_VERSION,
    ready,
    exportPlan() { return Module["UTF8ToString"](Module["_waymark_export_plan"]()); },
    importPlan(planText) {
      if (typeof planText !== "string") return { ok: false, error: "expected the plan file's text as a string" };
      const error = Module["UTF8ToString"](callWithStrings("waymark_import_plan", [], [planText]));
      return error ? { ok: false, error } : { ok: true, error: null };
    },
    // Idle: no frames drawn (the loop is paused) and no save waiting or under way.
    idle() {
      return Boolean(Module["_waymark_idle"] && Module["_waymark_idle"]()) && storage.pendingId === null && !storage.saving;
    },
    whenIdle() {
      return window.waymark.idle() ? Promise.resolve(window.waymark)
        : new Promise((resolve) => idleWaiters.push(resolve));
    },
    itemRect(name) {
      const json = Module["UTF8ToString"](callWithStrings("waymark_item_rect", [], [String(name)]));
      return json ? JSON.parse(json) : null;
    },
  };

  const script = document.createElement("script");
  script.src = "waymark.js";
  script.async = true;
  script.onerror = () => fail(text("shell.load_failed", { error: "waymark.js did not load" }));
  document.body.appendChild(script);
})();
