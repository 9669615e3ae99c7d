#include <emscripten.h>

#include "platform/plan_storage.h"
#include "platform/web_buffer.h"

// Defined in src/platform/js/plan_storage.js (linked with --js-library, cmake/web.cmake).
extern "C" {
void jsPlanChanged(const char* planId);
void jsReloadStored(const char* planId);
void jsStoredPlanRefused(int refusal, const char* reason);
void jsTypingChanged(const char* planId);
}

namespace waymark::platform {

namespace {

class WebPlanStorage final : public PlanStorage {
public:
    void planChanged(const std::string& planId) override { jsPlanChanged(planId.c_str()); }
    void reloadStored(const std::string& planId) override { jsReloadStored(planId.c_str()); }
    void storedPlanRefused(StoredRefusal refusal, const std::string& reasonText) override {
        jsStoredPlanRefused(static_cast<int>(refusal), reasonText.c_str());
    }
    void typingChanged(const std::string& planId) override { jsTypingChanged(planId.c_str()); }
};

PlanStorageHandlers gStorageHandlers;
std::string gLastDraft;  // valid until the next waymark_typing_draft()

}  // namespace

PlanStorage& connectWebPlanStorage(PlanStorageHandlers handlers) {
    static WebPlanStorage storage;
    gStorageHandlers = std::move(handlers);
    return storage;
}

}  // namespace waymark::platform

using waymark::platform::gStorageHandlers;
using waymark::platform::takeBuffer;

// Entry points for the shell (web/shell/saving.js); buffers were malloc'ed by the shell and are freed here.
extern "C" {
// problem: a StorageProblem as a number (assets/page_codes.json), 0 when saved.
EMSCRIPTEN_KEEPALIVE void waymark_storage_result(int problem, char* text, int length) {
    const bool known = problem >= 0 && problem <= static_cast<int>(waymark::platform::StorageProblem::too_large);
    gStorageHandlers.saveReported({known ? static_cast<waymark::platform::StorageProblem>(problem)
                                  : waymark::platform::StorageProblem::failed,
                            takeBuffer(text, length)});
}
EMSCRIPTEN_KEEPALIVE void waymark_stored_plan_read(char* text, int length) { gStorageHandlers.storedPlanRead(takeBuffer(text, length)); }
EMSCRIPTEN_KEEPALIVE void waymark_storage_notice(char* text, int length) { gStorageHandlers.noticed(takeBuffer(text, length)); }
// The plan with the text being typed committed ("" when nothing is typed).
EMSCRIPTEN_KEEPALIVE const char* waymark_typing_draft() {
    waymark::platform::gLastDraft = gStorageHandlers.typingDraft();
    return waymark::platform::gLastDraft.c_str();
}
// The page is going away: commits the field being typed in; 1 when there was one.
EMSCRIPTEN_KEEPALIVE int waymark_commit_typing() { return gStorageHandlers.commitTyping() ? 1 : 0; }
}
