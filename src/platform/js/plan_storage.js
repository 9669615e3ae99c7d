// Saving's side of src/platform/plan_storage_web.cpp: the app tells the shell's saving
// (web/shell/saving.js) what changed. Property names are quoted: the Closure Compiler renames
// dotted ones.
mergeInto(LibraryManager.library, {
  jsPlanChanged__sig: 'vi',
  jsPlanChanged: function (planId) { Module["shell"]["planChanged"](UTF8ToString(planId)); },
  jsReloadStored__sig: 'vi',
  jsReloadStored: function (planId) { Module["shell"]["reloadStored"](UTF8ToString(planId)); },
  jsStoredPlanRefused__sig: 'vii',
  jsStoredPlanRefused: function (refusal, reason) {
    Module["shell"]["storedPlanRefused"](refusal, UTF8ToString(reason));
  },
  jsTypingChanged__sig: 'vi',
  jsTypingChanged: function (planId) { Module["shell"]["typingChanged"](UTF8ToString(planId)); },
});
