#pragma once
// Keeping the open plan in the browser's storage: the app says when the plan changed; the
// storage saves it (reading it through the app's export) and reports how that went. The web side
// is plan_storage_web.cpp with web/shell/saving.js over web/shell/storage.js; the UI tests use an in-memory
// stand-in that can be told to fail (tests/ui/memory_plan_storage.h).
#include <functional>
#include <string>

#include "platform/page_codes.h"

namespace waymark::platform {

// StorageProblem: why the open plan is not being saved.
//   none       saved and read back intact
//   quota      the browser's storage for the site is full
//   blocked    the browser does not let the site store data, or its storage does not answer
//   conflict   another tab saved this plan since this tab read it; nothing was overwritten
//   newer      a newer build's data is stored; this tab no longer writes
//   failed     anything else (a torn or refused write); the last save is intact
//   too_large  the plan has grown past what a plan may be: storing it would make it unreadable
// StoredRefusal: why the stored plan the app was given at start could not be opened (core's
// StoredRefusal).
//   damaged     not a plan file: the page sets it aside and tries the plan's kept versions
//   unreadable  a plan file this build cannot read, from before records had checksums: the same
//   too_large   larger than a plan may be: the same
//   newer       a newer build's plan: the page keeps it as it is and writes nothing
// Both are numbered as the page numbers them, from assets/page_codes.json.

// The outcome of a save: the problem (none when saved) and, for a problem, its plain words.
struct SaveReport {
    StorageProblem problem = StorageProblem::none;
    std::string text;
};

// What the storage tells the app, later, because the browser's storage answers asynchronously.
struct PlanStorageHandlers {
    std::function<void(SaveReport)> saveReported;
    std::function<void(const std::string& planText)> storedPlanRead;  // after reloadStored()
    // Something happened to the stored plans that the user should hear of (the database was
    // deleted or cleared while the tab ran, and the open plan was stored again), in plain words.
    std::function<void(const std::string& text)> noticed;
    // The plan with the text being typed committed, as a plan file ("" when nothing is typed):
    // the draft the page keeps while a field has the keyboard (after typingChanged()).
    std::function<std::string()> typingDraft;
    // Commits the field being typed in, as Enter would, before the page goes away; true when
    // there was one (the plan then changed, or the field shows why its text was refused).
    std::function<bool()> commitTyping;
};

class PlanStorage {
public:
    virtual ~PlanStorage() = default;
    // The plan changed: it is stored shortly after (at once when the page is hidden), read
    // through the app's exportPlan; the outcome arrives as a SaveReport.
    virtual void planChanged(const std::string& planId) = 0;
    // Reads the stored plan planId again (the version another tab saved) and hands its plan file
    // to PlanStorageHandlers::storedPlanRead; the next save of that plan builds on it.
    virtual void reloadStored(const std::string& planId) = 0;
    // A stored plan the app was given (at start, or chosen in the Plans dialog) could not be
    // opened, for this reason (reasonText: the refusal in the user's language). At start the page
    // keeps it, sets it aside or tries its kept versions (PageHandlers::openStoredVersion); it
    // never writes over it.
    virtual void storedPlanRefused(StoredRefusal refusal, const std::string& reasonText) = 0;
    // The text typed in a field of plan planId changed, or typing ended: the storage keeps the
    // draft (PlanStorageHandlers::typingDraft) shortly after, so the next start opens it even
    // when this tab never gets to commit the field (a crash, a killed browser).
    virtual void typingChanged(const std::string& planId) = 0;
};

// The page's storage (web/shell/storage.js through web/shell/saving.js); answers reach `handlers`.
PlanStorage& connectWebPlanStorage(PlanStorageHandlers handlers);

}  // namespace waymark::platform
