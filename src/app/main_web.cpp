// The browser entry point: connects the App to the page and to the frame runner.
#include "app/app.h"
#include "platform/page.h"
#include "platform/plan_library.h"
#include "platform/chime.h"
#include "platform/plan_storage.h"
#include "platform/room.h"
#include "platform/runner.h"
#include "platform/screen_reader.h"
#include "platform/touch.h"

using namespace waymark;

int main() {
    static App* app = nullptr;
    // The canvas and its WebGL context are made now, while the page still waits for the font
    // and for storage; frames start once those have arrived.
    static const bool canDraw = platform::prepareCanvas();
    platform::PageHandlers handlers;
    handlers.start = [](platform::StartupData data) {
        const Date today = Date::parse(data.today).value_or(Date{2026, 1, 1});
        const bool storedPlanRead = app->start(std::move(data), today);
        if (canDraw)
            platform::startFrames({
                [](float scale) { app->setScale(scale); },
                [] {
                    app->frame();
                    // A running workshop timer draws once per second, never as a running loop.
                    platform::wakeAfter(static_cast<int>(app->msUntilTimerTick()));
                },
                [] { return app->needsFrames(); },
                [] { return app->needsRescale(); },
            });
        return storedPlanRead;
    };
    handlers.openStoredVersion = [](const std::string& text, const std::string& savedAt) {
        const bool opened = app->openStoredVersion(text, savedAt);
        platform::wake();
        return opened;
    };
    handlers.openStored = [](const std::string& text, bool whole) {
        std::string error = app->openStored(text, whole);
        platform::wake();
        return error;
    };
    handlers.exportPlan = [] { return app->exportPlan(); };
    handlers.importPlan = [](const std::string& text) {
        std::string error = app->importPlan(text);
        platform::wake();
        return error;
    };
    handlers.renameOpenPlan = [](const std::string& name) {
        std::string error = app->renameOpenPlan(name);
        platform::wake();
        return error;
    };
    handlers.fileChosen = [](const std::string& name, const std::string& text, const std::vector<std::string>& taken) {
        app->openFile(name, text, taken);
        platform::wake();
    };
    handlers.itemRect = [](const std::string& name) { return app->itemRect(name); };
    handlers.viewState = [] { return app->viewState(); };
    platform::PlanLibraryHandlers library;
    library.listed = [](platform::LibraryState state) {
        app->libraryListed(std::move(state));
        platform::wake();
    };
    library.done = [](const std::string& error) {
        app->libraryDone(error);
        platform::wake();
    };
    library.shared = [](const std::string& url, const std::string& error) {
        app->shareLinkMade(url, error);
        platform::wake();
    };
    library.versions = [](const std::string& id, std::vector<platform::PlanVersion> versions) {
        app->versionsListed(id, std::move(versions));
        platform::wake();
    };
    library.sharedPlanRead = [](const std::string& text, platform::SharedLinkRead how) {
        app->sharedPlanRead(text, how);
        platform::wake();
    };
    library.sharedPlanMayOpen = [](const std::vector<std::string>& takenIds) {
        app->sharedPlanMayOpen(takenIds);
        platform::wake();
    };
    platform::PlanStorageHandlers storage;
    storage.saveReported = [](platform::SaveReport report) {
        app->storageResult(std::move(report));
        platform::wake();
    };
    storage.storedPlanRead = [](const std::string& text) {
        app->storedPlanRead(text);
        platform::wake();
    };
    storage.noticed = [](const std::string& text) {
        app->storageNotice(text);
        platform::wake();
    };
    storage.typingDraft = [] { return app->typingDraft(); };
    storage.commitTyping = [] {
        // What was typed last may still wait in ImGui's queue; then Enter, and the frames it takes.
        platform::runQueuedInput();
        if (!app->commitTyping()) return false;
        platform::runQueuedInput();
        return true;
    };
    static App instance(platform::connectWebPage(std::move(handlers)), platform::webScreenReader(),
                        platform::connectWebPlanLibrary(std::move(library)),
                        platform::connectWebPlanStorage(std::move(storage)));
    app = &instance;
    app->useChime(platform::webChime());
    platform::RoomHandlers room;
    room.begin = [](const std::string& idTag, bool joining) {
        app->roomBegin(idTag, joining);
        platform::wake();
    };
    room.changes = [](const std::string& changes) {
        std::string echo = app->roomChanges(changes);
        platform::wake();
        return echo;
    };
    room.status = [](const std::string& status) {
        app->roomStatus(status);
        platform::wake();
    };
    app->useRoom(platform::connectWebRoom(std::move(room)));
    platform::setPinchHandler([](float x, float y, float factor, float dx, float dy) { app->pinch(x, y, factor, dx, dy); });
    platform::setTouchScreenHandler([] { app->setTouchScreen(true); });
    return 0;
}
