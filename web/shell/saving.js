// Keeping the open plan in the store (storage.js): saves after changes, drafts of the text being
// typed, what the page does when it is hidden or closed, and reading the stored plan at start.
// The app's side is src/platform/plan_storage.h; its calls arrive through saveHandlers.
import { app, callWithStrings, exportPlan, untrapped, Module } from "./module.js";
import { language, text } from "./language.js";
import { Store } from "./storage.js";
import { CODES, LIMITS, VERSION } from "./texts.js";

// A save starts at most SAVE_DELAY_MS after the first unsaved change, however many follow, and
// at once when the page is hidden. Nothing is written before the stored plan was read and the
// module started, nor after the module aborted.
const SAVE_DELAY_MS = 300;
const MAX_PLAN_FILE_BYTES = LIMITS.maxPlanFileBytes;  // the app's kMaxPlanFileBytes
// unstored: a change was made that no successful save holds yet.
// recovering: the stored plan could not be read at start and its kept versions are being tried;
// nothing is saved meanwhile. kind: the store's kind of the last failure ("" while saves work).
// refusal: why the app could not read the stored plan at start ({kind, reason}), else null.
// unreadable: ids of stored plans this tab could not open, by why ("newer", "unreadable").
export const saving = { reloading: false, recovering: false, unstored: false, dirtyId: null,
                        firstChangeAt: 0, timer: 0, inFlight: null, lastSaved: null, problem: "", kind: "", refusal: null,
                        unreadable: new Map(), newerPlanName: "" };
export const store = new Store({ build: VERSION, onEvent: storeEvent });

// Plain words for what the store reports; the app shows them in its "not saved" banner.
export function problemText(kind, detail) {
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
// The app's StorageProblem (src/platform/plan_storage.h) for a kind the store reports ("" when
// saved): storage that does not answer is "blocked" to the app, a kind it has no name for "failed".
const problemCode = (kind) => {
  const code = CODES.StorageProblem.indexOf(kind === "timeout" ? "blocked" : kind || "none");
  return code >= 0 ? code : CODES.StorageProblem.indexOf("failed");
};
// kind: "" when saved, else the store's kind of failure; problem: its plain words.
const reportSave = (kind, problem) => {
  saving.problem = problem;
  saving.kind = kind;
  for (const listener of reportListeners) listener();
  if (!app.dead) callWithStrings("waymark_storage_result", [problemCode(kind)], [problem]);
};
export const stoppedKind = (reason) => (reason === "newer" || reason === "newer_plan" ? "newer" : "failed");

// The open plan is to be stored (again) though the app did not change it: after storage was
// cleared under the tab, or space was freed after a save found storage full.
export function storeOpenPlanAgain() {
  if (saving.openId === null || app.dead) return;
  if (saving.dirtyId === null) saving.firstChangeAt = performance.now();
  saving.dirtyId = saving.openId;
  saving.unstored = true;
  scheduleSave();
}

function storeEvent(event) {
  if (app.dead || !app.started) return;
  if (event.type === "conflict" && event.id === saving.openId) reportSave("conflict", problemText("conflict"));
  else if (event.type === "stopped") reportSave(stoppedKind(event.reason), problemText(stoppedKind(event.reason), event.reason));
  else if (event.type === "cleared") {
    // The database was deleted or cleared under this tab: say so, and store the open plan in a
    // new one at once (the next save opens it again), as a first save would.
    callWithStrings("waymark_storage_notice", [], [text("shell.storage_deleted")]);
    storeOpenPlanAgain();
  }
}

export function scheduleSave() {
  if (saving.timer || saving.inFlight || saving.dirtyId === null || app.dead || saving.reloading || saving.recovering) return;
  const wait = Math.max(0, SAVE_DELAY_MS - (performance.now() - saving.firstChangeAt));
  saving.timer = setTimeout(saveNow, wait);
}

function saveNow() {
  clearTimeout(saving.timer);
  saving.timer = 0;
  if (app.dead || !app.started || saving.reloading || saving.recovering || saving.inFlight || saving.dirtyId === null) return;
  const id = saving.dirtyId;
  saving.dirtyId = null;
  const planText = exportPlan();
  // Never store what the next start could not read: the reader refuses a plan file past the limit.
  const bytes = untrapped(() => Module["_waymark_exported_bytes"]());
  if (bytes > MAX_PLAN_FILE_BYTES) {
    reportSave("too_large", text("shell.plan_too_large_to_save", { mb: (bytes / 1048576).toLocaleString(language(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
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

// What is being typed: a field that still has the keyboard.
// Its text is not in the plan until the field is left. While it is typed, the plan with that
// text committed is kept as the plan's draft (at most SAVE_DELAY_MS after the first unsaved
// keystroke, later on a plan so big that making the draft takes long), so a crash or a killed
// browser does not lose it: the next start opens the draft. Before the page is hidden, closed or
// reloaded for an update, the field is committed as Enter would (commitTyping).
// kept: the plan id whose draft holds typing; writing: that draft's write, until it is stored.
const typing = { timer: 0, kept: null, writing: null, delay: SAVE_DELAY_MS };
export function typingChanged() {
  if (app.dead) return;
  if (!typing.timer) typing.timer = setTimeout(keepTypingDraft, typing.delay);
}
function keepTypingDraft() {
  clearTimeout(typing.timer);
  typing.timer = 0;
  if (app.dead || !app.started || saving.openId === null) return;
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
      store.saveDraft(saving.openId, exportPlan(), saving.inFlight !== null);
    else store.discardDraft(typing.kept);
    typing.kept = null;
  }
  typing.delay = Math.max(SAVE_DELAY_MS, 5 * (performance.now() - started));
  if (Module["_waymark_idle"] && Module["_waymark_idle"]()) Module.onIdle();
}
// Commits the field being typed in; true when there was one (the plan has changed since).
export function commitTyping() {
  if (app.dead || !app.started || !Module["_waymark_commit_typing"]) return false;
  return untrapped(() => Module["_waymark_commit_typing"]()) !== 0;
}

// A page being hidden or going away may not live to finish a save's read and write: leave a
// draft in one synchronous step first (the store opens it on the next start), then save. The
// field being typed in is committed first, so its text is in both.
const flush = () => {
  if (app.dead || !app.started) return;
  commitTyping();
  if (saving.dirtyId === null && saving.inFlight === null) return;
  store.saveDraft(saving.dirtyId !== null ? saving.dirtyId : saving.openId, exportPlan(),
                  saving.inFlight !== null);
  saveNow();
};
document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") flush(); });
window.addEventListener("pagehide", flush);
// While saves fail (a conflict with another tab, full or blocked storage, a newer build), the
// draft a closing tab leaves may never be opened: closing would lose the unsaved changes, so
// the browser asks first and the user can still choose, download or copy.
window.addEventListener("beforeunload", (event) => {
  if (app.dead || !saving.problem) return;
  commitTyping();  // text still in a field counts as a change no save holds
  if (!saving.unstored) return;
  event.preventDefault();
  event.returnValue = "";
});

// Opens the store and reads the last plan; resolves to {plan, quarantined, problem}.
/** @returns {Promise<{plan: any, quarantined: any[], problem: string, cleared?: boolean}>} */
export async function readStoredPlan() {
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
export async function keepUnreadableStoredPlan(plan, refusal) {
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
      if (app.dead) return;
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


// Saves what is unsaved and waits for it: before the open plan is replaced (by a file, a share
// link, another stored plan, a room's plan) and before the page reloads into an update.
export async function settleSaves() {
  for (let round = 0; round < 10 && !app.dead; round++) {
    if (saving.inFlight) await saving.inFlight;
    else if (saving.dirtyId !== null) saveNow();
    else return;
  }
}


// Told after every save's outcome (the update bar says whether reloading keeps the changes).
const reportListeners = [];
export const onSaveReported = (listener) => reportListeners.push(listener);

// No save waiting or under way, and no draft of typed text about to be written.
export function settled() {
  return saving.dirtyId === null && saving.inFlight === null && !saving.reloading && typing.timer === 0 && typing.writing === null;
}

// Where saving stands: {pending, saving, lastSaved: {id, rev} | null, problem, typing} (api.js's saveState).
export function saveState() {
  return { pending: saving.dirtyId !== null, saving: saving.inFlight !== null, lastSaved: saving.lastSaved,
           problem: saving.problem, typing: typing.timer ? "waiting" : typing.writing ? "writing" : typing.kept !== null ? "kept" : "" };
}

// The app aborted: no save starts any more.
export function stopSaving() {
  clearTimeout(saving.timer);
}

// What the app tells the storage (src/platform/js/plan_storage.js), as Module.shell's handlers.
export const saveHandlers = {
  // The app could not read the stored plan at start: why (refusal: a StoredRefusal's number, kept
  // by its name: "damaged", "unreadable", "too_large" or "newer"; reason: the reader's words).
  // Called during waymark_start.
  storedPlanRefused(refusal, reason) { saving.refusal = { kind: CODES.StoredRefusal[refusal], reason }; },
  typingChanged,
  planChanged(id) {
    if (app.dead) return;
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
      if (record && !app.dead) callWithStrings("waymark_stored_plan_read", [], [record.text]);
    } finally {
      saving.reloading = false;
      scheduleSave();
    }
  },
};
