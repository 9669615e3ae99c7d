#pragma once
// The plans kept in this browser (web/storage.js holds them; window.waymark's plans API works
// on them). The app asks; the answers arrive later through PlanLibraryHandlers, because the
// browser's storage answers asynchronously.
#include <functional>
#include <string>
#include <vector>

namespace waymark::platform {

struct StoredPlan {
    std::string id, name;
    std::string savedAt;  // ISO time of the last save
    std::string deleted;  // ISO time it was deleted (restorable for a while), "" when not deleted
};

// What the library holds, and how much of the browser's storage it uses.
struct LibraryState {
    std::vector<StoredPlan> plans;  // newest save first
    std::string openId;             // the plan open in the app
    double usedBytes = 0, quotaBytes = 0;  // 0 = unknown
};

struct PlanLibraryHandlers {
    std::function<void(LibraryState)> listed;                                     // after refresh()
    std::function<void(const std::string& error)> done;                           // an action's outcome ("" = ok)
    std::function<void(const std::string& url, const std::string& error)> shared; // after makeShareLink()
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
    // A link that carries the open plan in its #fragment (never sent to a server).
    virtual void makeShareLink() = 0;
};

// The page's library; answers reach `handlers`.
PlanLibrary& connectWebPlanLibrary(PlanLibraryHandlers handlers);

}  // namespace waymark::platform
