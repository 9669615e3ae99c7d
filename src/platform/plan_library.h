#pragma once
// The plans kept in this browser (web/shell/storage.js holds them; window.waymark's plans API works
// on them). The app asks; the answers arrive later through PlanLibraryHandlers, because the
// browser's storage answers asynchronously.
#include <functional>
#include <string>
#include <vector>

#include "platform/page_codes.h"

namespace waymark::platform {

struct StoredPlan {
    std::string id, name;
    std::string savedAt;  // ISO time of the last save
    std::string deleted;  // ISO time it was deleted (restorable for a while), "" when not deleted
    // Why this build cannot open it: "damaged" (its record fails its checksum), "newer" (a newer
    // build's plan), "unreadable" (refused when opened here); "" when it opens.
    std::string problem;
};

// A stored record that could not be read, kept aside byte for byte.
struct QuarantinedRecord {
    std::string key, planId, problem, at;
    std::string reason;  // "damaged", "too_large" or "unreadable"
    std::string detail;  // the reader's refusal, in the language of the day it was set aside; may be ""
};

// A kept earlier version of a plan.
struct PlanVersion {
    int rev = 0;
    std::string savedAt;
};

// What the library holds, and how much of the browser's storage it uses.
struct LibraryState {
    std::vector<StoredPlan> plans;  // newest save first
    std::vector<QuarantinedRecord> quarantined;
    std::string openId;             // the plan open in the app
    double usedBytes = 0, quotaBytes = 0;  // 0 = unknown
};

// SharedLinkRead (from assets/page_codes.json, numbered as the page numbers it): how reading a
// share link from the address bar went: ok, incomplete (cut short or garbled), too_large.

struct PlanLibraryHandlers {
    std::function<void(LibraryState)> listed;                                     // after refresh()
    std::function<void(const std::string& error)> done;                           // an action's outcome ("" = ok)
    std::function<void(const std::string& url, const std::string& error)> shared; // after makeShareLink()
    std::function<void(const std::string& id, std::vector<PlanVersion>)> versions; // after listVersions()
    // A share link in the address bar was read: the plan file it carries (inflated no further
    // than the plan file limit), or why there is none. The app asks before it opens it.
    std::function<void(const std::string& planText, SharedLinkRead how)> sharedPlanRead;
    // After openSharedPlan(): the open plan is saved; the stored plans' ids, which the shared plan
    // must not take.
    std::function<void(const std::vector<std::string>& takenIds)> sharedPlanMayOpen;
};

class PlanLibrary {
public:
    virtual ~PlanLibrary() = default;
    virtual void refresh() = 0;
    // Saves the open plan, then opens the stored plan `id` in its place.
    virtual void open(const std::string& id) = 0;
    virtual void rename(const std::string& id, const std::string& name) = 0;
    virtual void duplicate(const std::string& id) = 0;
    virtual void remove(const std::string& id) = 0;   // restorable for 30 days
    virtual void restore(const std::string& id) = 0;
    // Deletes a plan in the bin (or a damaged one) for good, with its kept versions.
    virtual void purge(const std::string& id) = 0;
    // A link that carries the open plan in its #fragment (never sent to a server).
    virtual void makeShareLink() = 0;
    // The kept earlier versions of a plan, and bringing one back as its newest version.
    virtual void listVersions(const std::string& id) = 0;
    virtual void restoreVersion(const std::string& id, int rev) = 0;
    // Offers a damaged record's exact bytes as a file download, or deletes it for good.
    virtual void downloadQuarantined(const std::string& key) = 0;
    virtual void purgeQuarantined(const std::string& key) = 0;
    // Offers a stored plan's exact bytes as a file download (one this build cannot open).
    virtual void downloadRecord(const std::string& id) = 0;
    // The user chose to open the shared plan: saves the open plan, then answers through
    // PlanLibraryHandlers::sharedPlanMayOpen; the link leaves the address bar once the shared
    // plan is saved (until then a reload asks again).
    virtual void openSharedPlan() = 0;
};

// The page's library; answers reach `handlers`.
PlanLibrary& connectWebPlanLibrary(PlanLibraryHandlers handlers);

}  // namespace waymark::platform
