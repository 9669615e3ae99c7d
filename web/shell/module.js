// The WebAssembly module as the shell sees it: the Module object that Emscripten's waymark.js
// fills in (main.js gives it the page's side), whether the app is running, and the calls into it.
import { text } from "./language.js";

/** @type {any} */
export const Module = window.Module = {};

// started: the app took its start data (waymark_start); before that nothing may be saved or
// imported. dead: it aborted or trapped; its memory cannot be trusted, nothing more is exported
// or saved.
export const app = { started: false, dead: false };

// Passes JS strings as malloc'ed UTF-8 (pointer, length) pairs, and Uint8Arrays (a file's bytes)
// as they are; the module frees them. When the module has no memory left for one (the browser
// would not grow it), nothing is called and this throws: the text must never be written at
// address 0, over the module's own data.
export function callWithStrings(name, leading, strings) {
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
  if (error instanceof WebAssembly.RuntimeError && !app.dead) Module.onAbort(error.message || String(error));
}
export function untrapped(call) {
  try {
    return call();
  } catch (e) {
    stopOnTrap(e);
    throw e;
  }
}
window.addEventListener("error", (e) => stopOnTrap(e.error));

// The open plan as a plan file's text.
export function exportPlan() {
  if (app.dead) throw new Error("Waymark stopped after an internal error; its memory is not exported");
  return untrapped(() => Module["UTF8ToString"](Module["_waymark_export_plan"]()));
}

// Replaces the open plan with a plan file's text: {ok, error}.
export function importPlan(planText) {
  if (typeof planText !== "string") return { ok: false, error: "expected the plan file's text as a string" };
  // Before start the stored plan may not have been read: an import then could be saved over it.
  if (!app.started || app.dead) return { ok: false, error: "Waymark is not ready: await waymark.ready first" };
  let error;
  try {
    error = Module["UTF8ToString"](callWithStrings("waymark_import_plan", [], [planText]));
  } catch (e) {
    if (app.dead) throw e;  // the module aborted on the way: its memory is not to be trusted
    return { ok: false, error: e.message };
  }
  return error ? { ok: false, error } : { ok: true, error: null };
}
