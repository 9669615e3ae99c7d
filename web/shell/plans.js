// Several plans per browser (the Plans dialog and waymark.openPlan and its kin).
import { app, callWithStrings, exportPlan, importPlan, Module } from "./module.js";
import { text } from "./language.js";
import { problemText, saving, settleSaves, stoppedKind, store, storeOpenPlanAgain } from "./saving.js";
import { openPlanFile } from "./files.js";
import { localDate } from "./local_date.js";
import { LIMITS } from "./texts.js";

const MAX_TEXT_CHARACTERS = LIMITS.maxTextCharacters;  // the app's kMaxTextLength

// Each plan is its own record in the store; the app holds the open one. Opening another saves
// the open one first; rename, duplicate and delete of a plan that is not open go to the store.
// A deleted plan stays restorable for storage.js's DELETED_KEPT_DAYS days.
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
export const planManager = {
  async open(id) {
    if (!app.started || app.dead) return { ok: false, error: text("shell.share_link_not_ready") };
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
    return { ok: true, id: JSON.parse(exportPlan()).plan.id, error: null };
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
    if (id === saving.openId) return importPlan(versionText);
    await store.record(id);  // the revision the restore builds on
    return planResult(await store.save(id, versionText, { keepLastOpen: true }), id);
  },
};

