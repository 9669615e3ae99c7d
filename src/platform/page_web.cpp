#include "platform/page.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <emscripten.h>

#include "platform/web_buffer.h"

// Defined in src/platform/js/page.js (linked with --js-library, cmake/web.cmake).
extern "C" {
void jsDownload(const char* name, const char* mime, const char* bytes, size_t length);
void jsChooseFile(const char* accept);
void jsLanguageChosen(const char* language);
void jsPrintDocument(const char* html);
void jsViewSettingsChosen(const char* json);
}

namespace waymark::platform {

namespace {

class WebPage final : public Page {
public:
    void downloadFile(const std::string& name, const std::string& mime, const std::string& text) override {
        jsDownload(name.c_str(), mime.c_str(), text.data(), text.size());
    }
    void chooseFile(const std::string& accept) override { jsChooseFile(accept.c_str()); }
    void languageChosen(const std::string& language) override { jsLanguageChosen(language.c_str()); }
    void printDocument(const std::string& html) override { jsPrintDocument(html.c_str()); }
    void viewSettingsChosen(const std::string& json) override { jsViewSettingsChosen(json.c_str()); }
};

// The page is one per module; its exported entry points reach the handlers through these.
PageHandlers gPageHandlers;
WebPage gPage;
// Strings handed to JavaScript stay valid until the next call of the same entry point.
std::string gLastExport, gLastImportError, gLastItemRect, gLastViewState;

}  // namespace

Page& connectWebPage(PageHandlers handlers) {
    gPageHandlers = std::move(handlers);
    return gPage;
}

}  // namespace waymark::platform

using waymark::platform::gPageHandlers;

// Entry points for the shell (web/shell/). Buffers passed in were malloc'ed by the shell; ownership moves here.
extern "C" {
// Returns 0 when the stored plan could not be read (the shell then protects that record).
EMSCRIPTEN_KEEPALIVE int waymark_start(char* font, int fontLength, int storedWhole, char* stored, int storedLength, char* problem,
                                       int problemLength, char* notice, int noticeLength, char* today, int todayLength,
                                       char* language, int languageLength, char* viewSettings, int viewSettingsLength) {
    waymark::platform::StartupData data;
    data.fontData = waymark::platform::takeBuffer(font, fontLength);
    if (stored) data.storedPlan = waymark::platform::takeBuffer(stored, storedLength);
    data.storedPlanWhole = storedWhole != 0;
    data.storageProblem = waymark::platform::takeBuffer(problem, problemLength);
    data.storageNotice = waymark::platform::takeBuffer(notice, noticeLength);
    data.today = waymark::platform::takeBuffer(today, todayLength);
    data.language = waymark::platform::takeBuffer(language, languageLength);
    data.viewSettings = waymark::platform::takeBuffer(viewSettings, viewSettingsLength);
    return gPageHandlers.start(std::move(data)) ? 1 : 0;
}

// 1 when the kept version opened in place of the sample, 0 when it cannot be read either.
EMSCRIPTEN_KEEPALIVE int waymark_open_stored_version(char* text, int length, char* savedAt, int savedAtLength) {
    return gPageHandlers.openStoredVersion(waymark::platform::takeBuffer(text, length),
                                       waymark::platform::takeBuffer(savedAt, savedAtLength)) ? 1 : 0;
}

// Returns "" when the stored plan opened, else why not in plain words.
EMSCRIPTEN_KEEPALIVE const char* waymark_open_stored(int whole, char* text, int length) {
    waymark::platform::gLastImportError = gPageHandlers.openStored(waymark::platform::takeBuffer(text, length), whole != 0);
    return waymark::platform::gLastImportError.c_str();
}

// The size in bytes of the text the last waymark_export_plan() returned (what a save stores).
EMSCRIPTEN_KEEPALIVE double waymark_exported_bytes() { return static_cast<double>(waymark::platform::gLastExport.size()); }

EMSCRIPTEN_KEEPALIVE const char* waymark_export_plan() {
    waymark::platform::gLastExport = gPageHandlers.exportPlan();
    return waymark::platform::gLastExport.c_str();
}

// Returns "" when the plan was imported, else the error naming what is wrong.
EMSCRIPTEN_KEEPALIVE const char* waymark_import_plan(char* text, int length) {
    waymark::platform::gLastImportError = gPageHandlers.importPlan(waymark::platform::takeBuffer(text, length));
    return waymark::platform::gLastImportError.c_str();
}

// Returns "" when the open plan was renamed, else why not.
EMSCRIPTEN_KEEPALIVE const char* waymark_rename_open_plan(char* name, int length) {
    waymark::platform::gLastImportError = gPageHandlers.renameOpenPlan(waymark::platform::takeBuffer(name, length));
    return waymark::platform::gLastImportError.c_str();
}

// takenIds: the stored plans' ids, one per line.
EMSCRIPTEN_KEEPALIVE void waymark_file_chosen(char* name, int nameLength, char* text, int textLength, char* takenIds,
                                             int takenIdsLength) {
    gPageHandlers.fileChosen(waymark::platform::takeBuffer(name, nameLength), waymark::platform::takeBuffer(text, textLength),
                         waymark::platform::takeLines(takenIds, takenIdsLength));
}

EMSCRIPTEN_KEEPALIVE const char* waymark_item_rect(char* name, int length) {
    waymark::platform::gLastItemRect = gPageHandlers.itemRect(waymark::platform::takeBuffer(name, length));
    return waymark::platform::gLastItemRect.c_str();
}

// The view as drawn: {"presenting", "theme", "scale", "touch", "smallest", "body"} (sizes in CSS pixels).
EMSCRIPTEN_KEEPALIVE const char* waymark_view_state() {
    waymark::platform::gLastViewState = gPageHandlers.viewState();
    return waymark::platform::gLastViewState.c_str();
}
}
