#include <emscripten.h>
#include <nlohmann/json.hpp>

#include "platform/plan_library.h"
#include "platform/web_buffer.h"

// Defined in src/platform/js/plan_library.js (linked with --js-library, cmake/web.cmake).
extern "C" {
void jsLibraryRefresh();
void jsLibraryAction(const char* action, const char* id, const char* name);
void jsShareLink();
void jsListVersions(const char* id);
void jsRestoreVersion(const char* id, int rev);
void jsDownloadQuarantined(const char* key);
void jsDownloadRecord(const char* id);
void jsOpenSharedPlan();
}

namespace waymark::platform {

namespace {

class WebPlanLibrary final : public PlanLibrary {
public:
    void refresh() override { jsLibraryRefresh(); }
    void open(const std::string& id) override { jsLibraryAction("open", id.c_str(), ""); }
    void rename(const std::string& id, const std::string& name) override { jsLibraryAction("rename", id.c_str(), name.c_str()); }
    void duplicate(const std::string& id) override { jsLibraryAction("duplicate", id.c_str(), ""); }
    void remove(const std::string& id) override { jsLibraryAction("remove", id.c_str(), ""); }
    void restore(const std::string& id) override { jsLibraryAction("restore", id.c_str(), ""); }
    void makeShareLink() override { jsShareLink(); }
    void listVersions(const std::string& id) override { jsListVersions(id.c_str()); }
    void restoreVersion(const std::string& id, int rev) override { jsRestoreVersion(id.c_str(), rev); }
    void purge(const std::string& id) override { jsLibraryAction("purge", id.c_str(), ""); }
    void downloadQuarantined(const std::string& key) override { jsDownloadQuarantined(key.c_str()); }
    void purgeQuarantined(const std::string& key) override { jsLibraryAction("purge-damaged", key.c_str(), ""); }
    void downloadRecord(const std::string& id) override { jsDownloadRecord(id.c_str()); }
    void openSharedPlan() override { jsOpenSharedPlan(); }
};

PlanLibraryHandlers gLibraryHandlers;

// The list as the page sent it; anything malformed reads as an empty list.
LibraryState parseListing(const std::string& json) {
    LibraryState state;
    const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
    if (!doc.is_object()) return state;
    auto text = [](const nlohmann::json& o, const char* key) {
        return o.contains(key) && o[key].is_string() ? o[key].get<std::string>() : std::string();
    };
    if (doc.contains("plans") && doc["plans"].is_array())
        for (const auto& p : doc["plans"])
            if (p.is_object())
                state.plans.push_back({text(p, "id"), text(p, "name"), text(p, "savedAt"), text(p, "deleted"), text(p, "problem")});
    if (doc.contains("quarantined") && doc["quarantined"].is_array())
        for (const auto& q : doc["quarantined"])
            if (q.is_object())
                state.quarantined.push_back({text(q, "key"), text(q, "planId"), text(q, "problem"), text(q, "at"), text(q, "reason"),
                                             text(q, "detail")});
    state.openId = text(doc, "openId");
    if (doc.contains("used") && doc["used"].is_number()) state.usedBytes = doc["used"].get<double>();
    if (doc.contains("quota") && doc["quota"].is_number()) state.quotaBytes = doc["quota"].get<double>();
    return state;
}
}  // namespace

PlanLibrary& connectWebPlanLibrary(PlanLibraryHandlers handlers) {
    static WebPlanLibrary library;
    gLibraryHandlers = std::move(handlers);
    return library;
}

}  // namespace waymark::platform

using waymark::platform::gLibraryHandlers;
using waymark::platform::takeBuffer;

extern "C" {
EMSCRIPTEN_KEEPALIVE void waymark_library_listed(char* json, int length) {
    gLibraryHandlers.listed(waymark::platform::parseListing(takeBuffer(json, length)));
}
EMSCRIPTEN_KEEPALIVE void waymark_library_versions(char* id, int idLength, char* json, int jsonLength) {
    std::vector<waymark::platform::PlanVersion> versions;
    const nlohmann::json doc = nlohmann::json::parse(takeBuffer(json, jsonLength), nullptr, false);
    if (doc.is_array())
        for (const auto& v : doc)
            if (v.is_object() && v.contains("rev") && v["rev"].is_number_integer())
                versions.push_back({v["rev"].get<int>(),
                                    v.contains("savedAt") && v["savedAt"].is_string() ? v["savedAt"].get<std::string>() : ""});
    gLibraryHandlers.versions(takeBuffer(id, idLength), std::move(versions));
}
EMSCRIPTEN_KEEPALIVE void waymark_library_done(char* error, int length) { gLibraryHandlers.done(takeBuffer(error, length)); }
EMSCRIPTEN_KEEPALIVE void waymark_share_link(char* url, int urlLength, char* error, int errorLength) {
    gLibraryHandlers.shared(takeBuffer(url, urlLength), takeBuffer(error, errorLength));
}
// how: a SharedLinkRead as a number (assets/page_codes.json): read, incomplete or damaged, or larger
// than a plan file may be (text is then empty).
EMSCRIPTEN_KEEPALIVE void waymark_shared_plan_read(int how, char* text, int length) {
    using waymark::platform::SharedLinkRead;
    const bool known = how >= 0 && how <= static_cast<int>(SharedLinkRead::too_large);
    gLibraryHandlers.sharedPlanRead(takeBuffer(text, length), known ? static_cast<SharedLinkRead>(how) : SharedLinkRead::ok);
}
// takenIds: the stored plans' ids, one per line.
EMSCRIPTEN_KEEPALIVE void waymark_shared_plan_may_open(char* takenIds, int length) {
    gLibraryHandlers.sharedPlanMayOpen(waymark::platform::takeLines(takenIds, length));
}
}
