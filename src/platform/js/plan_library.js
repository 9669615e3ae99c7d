// The Plans dialog's side of src/platform/plan_library_web.cpp: each call goes through the page's
// API (window.waymark, web/shell/api.js) and its answer comes back through an exported entry
// point. Property names are quoted: the Closure Compiler renames dotted ones.
mergeInto(LibraryManager.library, {
  jsLibraryRefresh__sig: 'v',
  jsLibraryRefresh: function () {
    Promise.all([window["waymark"]["plans"](), window["waymark"]["quarantined"](),
                 navigator.storage && navigator.storage.estimate ? navigator.storage.estimate() : {}])
      .then(([plans, quarantined, estimate]) => {
        const kept = quarantined.map((q) => ({"key": String(q["key"]), "planId": String(q["planId"] || ""),
                                              "problem": String(q["problem"] || ""), "at": String(q["at"] || ""),
                                              "reason": String(q["reason"] || ""), "detail": String(q["detail"] || "")}));
        const json = JSON.stringify({"plans": plans, "quarantined": kept, "openId": window["waymark"]["openPlanId"]() || "",
                                     "used": estimate["usage"] || 0, "quota": estimate["quota"] || 0});
        Module["shell"]["callWithStrings"]("waymark_library_listed", [], [json]);
      });
  },
  jsLibraryAction__sig: 'viii',
  jsLibraryAction: function (action, id, name) {
    const api = window["waymark"], kind = UTF8ToString(action), planId = UTF8ToString(id), text = UTF8ToString(name);
    const call = {"open": () => api["openPlan"](planId), "rename": () => api["renamePlan"](planId, text),
                  "duplicate": () => api["duplicatePlan"](planId), "remove": () => api["deletePlan"](planId),
                  "restore": () => api["restorePlan"](planId), "purge": () => api["purgePlan"](planId),
                  "purge-damaged": () => api["purgeQuarantined"](planId)}[kind];
    Promise.resolve(call()).then((result) => {
      Module["shell"]["callWithStrings"]("waymark_library_done", [], [result && !result["ok"] ? String(result["error"]) : ""]);
    });
  },
  jsShareLink__sig: 'v',
  jsShareLink: function () {
    window["waymark"]["shareLink"]().then((result) => {
      Module["shell"]["callWithStrings"]("waymark_share_link", [], [result["url"] || "", result["error"] || ""]);
    });
  },
  jsListVersions__sig: 'vi',
  jsListVersions: function (id) {
    const planId = UTF8ToString(id);
    window["waymark"]["planVersions"](planId).then((versions) => {
      Module["shell"]["callWithStrings"]("waymark_library_versions", [], [planId, JSON.stringify(versions)]);
    });
  },
  jsRestoreVersion__sig: 'vii',
  jsRestoreVersion: function (id, rev) {
    window["waymark"]["restorePlanVersion"](UTF8ToString(id), rev).then((result) => {
      Module["shell"]["callWithStrings"]("waymark_library_done", [], [result && !result["ok"] ? String(result["error"]) : ""]);
    });
  },
  jsDownloadQuarantined__sig: 'vi',
  jsDownloadQuarantined: function (key) { window["waymark"]["downloadQuarantined"](UTF8ToString(key)); },
  jsDownloadRecord__sig: 'vi',
  jsDownloadRecord: function (id) { window["waymark"]["downloadPlanRecord"](UTF8ToString(id)); },
  jsOpenSharedPlan__sig: 'v',
  jsOpenSharedPlan: function () { Module["shell"]["openSharedPlan"](); },
});
