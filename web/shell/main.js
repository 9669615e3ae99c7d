// Waymark's page shell, the entry module: starts the WebAssembly module and gathers what it needs
// in parallel (the module, the UI font, the stored plan). Each concern is a module of its own:
// language.js, loading.js, module.js (the calls into the app), saving.js over storage.js,
// files.js, share_links.js, plans.js, room.js (Plan together), screen_reader.js, updates.js
// (the service worker) and api.js (window.waymark). index.html preloads them all.
import { app, callWithStrings, Module } from "./module.js";
import { language, chooseLanguage, text } from "./language.js";
import { storedViewSettings, keepViewSettings } from "./view_settings.js";
import { fail, loaded } from "./loading.js";
import { keepUnreadableStoredPlan, readStoredPlan, saveHandlers, saving, scheduleSave, stopSaving } from "./saving.js";
import { fileHandlers } from "./files.js";
import { announce, publishMirror } from "./screen_reader.js";
import { openSharedPlan, readShareLink } from "./share_links.js";
import { together } from "./room.js";
import { localDate } from "./local_date.js";
import { api, idleNow } from "./api.js";

// The module and font files carry their content's hash in their names (cmake/make_site.cmake),
// which only index.html knows: read them from its preload links.
const preloaded = (suffix) => [...document.querySelectorAll('link[rel="preload"]')]
  .map((link) => link.getAttribute("href")).find((href) => href.endsWith(suffix));
const files = { module: preloaded(".js"), wasm: preloaded(".wasm"), font: preloaded(".otf") };

function start() {
  const storedPlan = readStoredPlan();
  const fontBytes = fetch(files.font).then((r) => (r.ok ? r.arrayBuffer() : new ArrayBuffer(0)))
    .catch(() => new ArrayBuffer(0));

  Object.assign(Module, {
    canvas: document.getElementById("canvas"),
    // The module asks for "waymark.wasm"; the site has it under its hashed name.
    locateFile: (path) => (path.endsWith(".wasm") ? files.wasm : path),
    // What the app calls (src/platform/js/*.js). Property names are quoted there.
    shell: {
      callWithStrings,
      openSharedPlan,
      together,
      ...fileHandlers,
      publishMirror,
      announce,
      languageChosen: chooseLanguage,
      viewSettingsChosen: keepViewSettings,
      ...saveHandlers,
    },
    onFirstFrame: loaded,
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
                                         [storedText, stored.problem, notices.join(" "), localDate(), language(),
                                          storedViewSettings]);
        // A finger as the primary pointer: hit targets grow before the first frame.
        if (window.matchMedia && window.matchMedia("(pointer: coarse)").matches) Module["_waymark_touch_screen"]();
        app.started = true;
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
    onIdle: idleNow,
    onNoWebGL() { fail(text("shell.no_webgl")); },
    // After an abort the module's memory cannot be trusted: nothing more is exported or saved.
    onAbort(what) {
      app.dead = true;
      stopSaving();
      fail(text("shell.load_failed", { error: String(what) }));
    },
    printErr(line) { console.warn(line); },
  });

  window.waymark = api;

  const script = document.createElement("script");
  script.src = files.module;
  script.async = true;
  script.onerror = () => fail(text("shell.load_failed", { error: files.module + " did not load" }));
  document.body.appendChild(script);
}

// A cheap check only: making a WebGL context here would cost the real one its start (a
// browser that has the type but no working context is caught when the canvas is set up).
if ("WebGL2RenderingContext" in window) start();
else fail(text("shell.no_webgl"));
