#pragma once
// Drives the App headlessly with ImGui's null backend: no window, no GPU. Frames are built and
// rendered to draw lists; input goes in through ImGuiIO as the browser's would.
#include <string>
#include <vector>

#include "app/app.h"
#include "imgui.h"
#include "platform/page.h"
#include "platform/plan_library.h"
#include "memory_plan_storage.h"

namespace waymark::test {

// A Page that records what the app asked of it.
class RecordingPage final : public platform::Page {
public:
    struct Download { std::string name, mime, text; };
    std::vector<Download> downloads;
    std::vector<std::string> chooseRequests;

    void downloadFile(const std::string& name, const std::string& mime, const std::string& text) override {
        downloads.push_back({name, mime, text});
    }
    void chooseFile(const std::string& accept) override { chooseRequests.push_back(accept); }
    void languageChosen(const std::string& language) override { languages.push_back(language); }
    void printDocument(const std::string& html) override { printed.push_back(html); }
    std::vector<std::string> languages;  // what languageChosen was told, in order
    std::vector<std::string> printed;    // the pages printDocument was given, in order
    void viewSettingsChosen(const std::string& json) override { viewSettings.push_back(json); }
    std::vector<std::string> viewSettings;  // what viewSettingsChosen was told, in order
};

// A ScreenReader that keeps what the app published and announced.
class RecordingScreenReader final : public platform::ScreenReader {
public:
    std::vector<platform::MirrorNode> nodes;
    std::vector<std::string> announcements;
    void publish(const std::vector<platform::MirrorNode>& n) override { nodes = n; }
    void announce(const std::string& message) override { announcements.push_back(message); }
};

// A PlanLibrary that records what the app asked; tests answer through the App's handlers.
class RecordingLibrary final : public platform::PlanLibrary {
public:
    std::vector<std::string> calls;  // "refresh", "open:<id>", "rename:<id>:<name>", ...
    void refresh() override { calls.push_back("refresh"); }
    void open(const std::string& id) override { calls.push_back("open:" + id); }
    void rename(const std::string& id, const std::string& name) override { calls.push_back("rename:" + id + ":" + name); }
    void duplicate(const std::string& id) override { calls.push_back("duplicate:" + id); }
    void remove(const std::string& id) override { calls.push_back("remove:" + id); }
    void restore(const std::string& id) override { calls.push_back("restore:" + id); }
    void makeShareLink() override { calls.push_back("share"); }
    void listVersions(const std::string& id) override { calls.push_back("versions:" + id); }
    void restoreVersion(const std::string& id, int rev) override { calls.push_back("restore-version:" + id + ":" + std::to_string(rev)); }
    void downloadQuarantined(const std::string& key) override { calls.push_back("download-damaged:" + key); }
    void purge(const std::string& id) override { calls.push_back("purge:" + id); }
    void purgeQuarantined(const std::string& key) override { calls.push_back("purge-damaged:" + key); }
    void downloadRecord(const std::string& id) override { calls.push_back("download-record:" + id); }
    void openSharedPlan() override { calls.push_back("open-shared"); }
};

class UiHarness {
public:
    // Starts the app on storedPlan (empty: a first visit) with the page's kept view settings
    // (JSON, may be empty) and draws settleFrames frames. storedWhole: the stored record's checksum
    // held (platform::StartupData).
    explicit UiHarness(const std::string& storedPlan = {}, int settleFrames = 5, const std::string& viewSettings = {},
                       bool storedWhole = false);
    ~UiHarness();

    void frames(int count = 1);
    // Scrolls with the mouse wheel, as a user would, until a named item is in view: each window
    // that scrolls in turn, down and then back up, with the mouse over it. False when the item is
    // nowhere to be found.
    bool scrollTo(const std::string& itemName);
    // Scrolls the named item into view, moves the mouse to its centre, presses and releases,
    // with frames between.
    bool click(const std::string& itemName);
    void type(const std::string& utf8);
    void press(ImGuiKey key);
    // Presses key with a modifier held (ImGuiMod_Ctrl, ImGuiMod_Shift), e.g. Ctrl+Z.
    void chord(ImGuiKey modifier, ImGuiKey key, ImGuiKey second = ImGuiKey_None);
    // Clicks a field ("field:<key>"), replaces its text with utf8 and presses Enter.
    bool fill(const std::string& fieldKey, const std::string& utf8);
    // Opens a choice field and picks the option at index.
    bool pick(const std::string& fieldKey, int index);
    // In an empty plan: adds an objective and a goal under it by mouse, both keeping their default
    // titles, and leaves the goal's editor open. Returns the goal's id ("" when a click failed).
    std::string addObjectiveAndGoal();
    // Vertices in the last frame's draw data: what a frame drew, a measure of its work that does
    // not depend on the machine's speed or load (frame times are bench/'s business).
    int verticesDrawn() const { return ImGui::GetDrawData()->TotalVtxCount; }

    // What a screen reader hears: true when a line of the mirror contains, starts with, or is text.
    bool mirrorContains(const std::string& text) const;
    bool mirrorStartsWith(const std::string& text) const;
    bool mirrorHasLine(const std::string& text) const;

    // A named item's rectangle on the screen (App::itemRect); found is false when it was not drawn.
    struct Rect {
        float x = 0, y = 0, width = 0, height = 0;
        bool found = false;
    };
    Rect rectOf(const std::string& itemName);

    RecordingPage page;
    RecordingScreenReader reader;
    RecordingLibrary library;
    MemoryPlanStorage storage;
    App app{page, reader, library, storage};
};

}  // namespace waymark::test
