// window.waymark, the page's documented API for tests and automation (docs/api.md).
import { exportPlan, importPlan, Module, untrapped, callWithStrings } from "./module.js";
import { language, text } from "./language.js";
import { ready } from "./loading.js";
import { saveState, saving, settled, store } from "./saving.js";
import { fileHandlers, openPlanFile } from "./files.js";
import { shareLink } from "./share_links.js";
import { planManager } from "./plans.js";
import { applyUpdate, checkForUpdate, updateReady } from "./updates.js";
import { together } from "./room.js";
import { VERSION } from "./texts.js";

// Callers of waymark.whenIdle(), resolved when the frame loop next pauses.
let idleWaiters = [];

// The frame loop paused (Module.onIdle): whoever waits for idle hears of it, unless a save is
// still coming (its result wakes the loop again).
export function idleNow() {
  if (!api.idle()) return;
  const waiters = idleWaiters;
  idleWaiters = [];
  for (const resolve of waiters) resolve(api);
}

export const api = {
  version: VERSION,
  ready,
  // The language the app is shown in ("en", "de", "id").
  get language() { return language(); },
  exportPlan,
  importPlan,
  // Idle: no frames drawn (the loop is paused) and no save waiting or under way.
  idle() {
    return Boolean(Module["_waymark_idle"] && untrapped(() => Module["_waymark_idle"]())) && settled();
  },
  whenIdle() {
    return window.waymark.idle() ? Promise.resolve(window.waymark)
      : new Promise((resolve) => idleWaiters.push(resolve));
  },
  // Looks for a newer build now (browsers also check on their own); resolves to whether one waits.
  checkForUpdate,
  // Whether a newer build is ready; applyUpdate() saves the open plan, then reloads into it.
  updateReady,
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
  saveState,
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
    fileHandlers.download("waymark-unreadable-" + item.planId + ".json", "application/json", item.bytes);
    return true;
  },
  // Deletes a quarantined record for good.
  purgeQuarantined: (key) => planManager.purgeQuarantined(key),
  // Offers a stored plan's exact bytes as a file download (for one this build cannot open).
  async downloadPlanRecord(id) {
    const bytes = await store.recordBytes(String(id));
    if (bytes === null) return false;
    fileHandlers.download("waymark-plan-" + id + ".json", "application/json", bytes);
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
