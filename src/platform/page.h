#pragma once
// The page around the canvas: what the app asks of it (downloads, file choice) and what it tells
// the app (start-up data, the JavaScript API window.waymark). Saving the plan is plan_storage.h.
// The web side is page_web.cpp with the shell's modules (web/shell/); tests use their own Page
// implementation.
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace waymark::platform {

// What the page gathered before start: fetched in parallel with the wasm.
struct StartupData {
    std::string fontData;                  // the UI font file's bytes
    std::optional<std::string> storedPlan; // the last plan saved in this browser, as a plan file
    bool storedPlanWhole = false;          // its record's checksum shows these are exactly the bytes a build wrote
    std::string storageProblem;            // why storage cannot be used; empty when it can
    std::string storageNotice;             // what the store did at start (a damaged plan set aside); may be empty
    std::string today;                     // the user's local date, YYYY-MM-DD
    std::string language;                  // the page's choice: the user's, else the browser's ("de")
    std::string viewSettings;              // the kept theme and UI scale as JSON (ui/kit/view_settings.h); may be ""
    bool coarsePointer = false;            // the primary pointer is a finger: hit targets grow
};

// Results of the page's asynchronous work, delivered to the app.
struct PageHandlers {
    // Returns false when the stored plan could not be read (PlanStorage::storedPlanRefused says
    // why): the page must then never write over that record.
    std::function<bool(StartupData)> start;
    // A kept earlier version (saved at savedAt, ISO time) of the stored plan that could not be
    // read at start: opens in place of the sample and says so; false when it cannot be read either.
    std::function<bool(const std::string& text, const std::string& savedAt)> openStoredVersion;
    // A stored plan chosen in the Plans dialog (whole: as for StartupData): "" when it opened,
    // else why not, in plain words.
    std::function<std::string(const std::string& text, bool whole)> openStored;
    std::function<std::string()> exportPlan;                       // window.waymark.exportPlan()
    std::function<std::string(const std::string&)> importPlan;     // returns "" or the error
    std::function<std::string(const std::string& name)> renameOpenPlan;  // one plan edit; "" or the error
    // A plan file the user opened, with the ids of the stored plans (it must not take one).
    std::function<void(const std::string& name, const std::string& text, const std::vector<std::string>& takenIds)>
        fileChosen;
    std::function<std::string(const std::string& name)> itemRect;  // window.waymark.itemRect(name)
    std::function<std::string()> viewState;  // window.waymark.viewState(): theme, scale, text sizes (JSON)
};

class Page {
public:
    virtual ~Page() = default;
    // Offers text as a file download named fileName.
    virtual void downloadFile(const std::string& fileName, const std::string& mimeType, const std::string& text) = 0;
    // Opens the browser's file picker; the chosen file arrives through PageHandlers::fileChosen.
    virtual void chooseFile(const std::string& accept) = 0;
    // The user chose another language for the app: the page remembers it and translates itself.
    virtual void languageChosen(const std::string& language) = 0;
    // Opens the browser's print dialog on an HTML page (no script, inline style only) instead of
    // the app, e.g. the workshop summary; the user prints it or saves it as a PDF.
    virtual void printDocument(const std::string& html) = 0;
    // The user changed the view settings (JSON, ui/kit/view_settings.h): the page keeps them.
    virtual void viewSettingsChosen(const std::string& json) = 0;
};

// The web page: connects the handlers to window.waymark and the shell (web/shell/).
Page& connectWebPage(PageHandlers handlers);

}  // namespace waymark::platform
