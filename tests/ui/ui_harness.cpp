#include "ui_harness.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "imgui_internal.h"

namespace waymark::test {

namespace {

// The height of a named item's visible part in the last frame; 0 when it was not drawn.
float shownHeight(const App& app, const std::string& name) {
    const auto rect = nlohmann::json::parse(app.itemRect(name), nullptr, false);
    return rect.is_object() ? rect["height"].get<float>() : 0.0f;
}

// Puts the mouse over window w itself, not over a child or another window in front of it, so the
// wheel turns w; false when no place of it is uncovered. ImGui decides what is hovered when a frame
// starts: each place tried costs a frame.
bool hoverOver(UiHarness& ui, ImGuiWindow* w) {
    const ImRect r = w->InnerClipRect;
    for (const float fy : {0.5f, 0.1f, 0.9f, 0.3f, 0.7f})
        for (const float fx : {0.5f, 0.05f, 0.95f}) {
            const ImVec2 at(r.Min.x + fx * r.GetWidth(), r.Min.y + fy * r.GetHeight());
            ImGui::GetIO().AddMousePosEvent(at.x, at.y);
            ui.frames(1);
            if (GImGui->HoveredWindow == w) return true;
        }
    return false;
}

}  // namespace

// Auto-sizing cards inside an auto-sizing column measure themselves over a few frames.
UiHarness::UiHarness(const std::string& storedPlan, int settleFrames, const std::string& viewSettings, bool storedWhole) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;  // as the page has it
    io.DisplaySize = ImVec2(1280, 720);  // a laptop's window: long views scroll, as in the browser
    io.DeltaTime = 1.0f / 60.0f;
    platform::StartupData data;
    if (!storedPlan.empty()) data.storedPlan = storedPlan;
    data.storedPlanWhole = storedWhole;
    data.viewSettings = viewSettings;
    app.start(std::move(data), Date{2026, 11, 23});
    storage.app = &app;
    if (!storedPlan.empty()) storage.seed(app.plan().id, storedPlan);
    app.setScale(1.0f);
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);  // the null backend's "upload"
    frames(settleFrames);
}

UiHarness::~UiHarness() { ImGui::DestroyContext(); }

void UiHarness::frames(int count) {
    for (int i = 0; i < count; ++i) {
        // As the page's runner does: fonts and style are rebuilt between frames when they no longer fit.
        if (app.needsRescale()) {
            app.setScale(1.0f);
            unsigned char* pixels = nullptr;
            int width = 0, height = 0;
            ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
        }
        ImGui::NewFrame();
        app.frame();
        ImGui::Render();
    }
}

bool UiHarness::scrollTo(const std::string& itemName) {
    if (shownHeight(app, itemName) > 0) return true;  // drawn: its visible part takes the click
    ImGuiIO& io = ImGui::GetIO();
    std::vector<ImGuiWindow*> scrollers;  // the windows that can scroll
    for (ImGuiWindow* w : GImGui->Windows)
        if (w->WasActive && !w->Hidden && w->ScrollMax.y > 0) scrollers.push_back(w);
    for (ImGuiWindow* w : scrollers) {
        if (!hoverOver(*this, w)) continue;
        for (const float wheel : {-1.0f, 1.0f}) {  // down, then back up
            for (int step = 0; step < 200; ++step) {
                const float before = w->Scroll.y;
                io.AddMouseWheelEvent(0, wheel);
                frames(2);
                if (float shown = shownHeight(app, itemName); shown > 0) {
                    // It came in at the edge: on until it shows whole (its height grows no more).
                    for (int more = 0; more < 3; ++more) {
                        io.AddMouseWheelEvent(0, wheel);
                        frames(2);
                        const float next = shownHeight(app, itemName);
                        if (next <= shown) break;
                        shown = next;
                    }
                    if (shownHeight(app, itemName) > 0) return true;
                }
                if (w->Scroll.y == before) break;  // this way ends here
            }
        }
    }
    return false;
}

bool UiHarness::click(const std::string& itemName) {
    if (!scrollTo(itemName)) return false;
    const auto rect = nlohmann::json::parse(app.itemRect(itemName));
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(rect["x"].get<float>() + rect["width"].get<float>() / 2,
                        rect["y"].get<float>() + rect["height"].get<float>() / 2);
    frames(1);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    frames(1);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    frames(3);
    return true;
}

void UiHarness::type(const std::string& utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
    frames(2);
}

void UiHarness::press(ImGuiKey key) {
    ImGui::GetIO().AddKeyEvent(key, true);
    frames(1);
    ImGui::GetIO().AddKeyEvent(key, false);
    frames(2);
}

void UiHarness::chord(ImGuiKey modifier, ImGuiKey key, ImGuiKey second) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(modifier, true);
    if (second != ImGuiKey_None) io.AddKeyEvent(second, true);
    frames(1);
    press(key);
    if (second != ImGuiKey_None) io.AddKeyEvent(second, false);
    io.AddKeyEvent(modifier, false);
    frames(2);
}

bool UiHarness::fill(const std::string& fieldKey, const std::string& utf8) {
    if (!click("field:" + fieldKey)) return false;
    chord(ImGuiMod_Ctrl, ImGuiKey_A);
    type(utf8);
    press(ImGuiKey_Enter);
    return true;
}

bool UiHarness::pick(const std::string& fieldKey, int index) {
    return click("field:" + fieldKey) && click("option:" + fieldKey + ":" + std::to_string(index));
}

std::string UiHarness::addObjectiveAndGoal() {
    if (!click("add-objective")) return "";
    frames(6);  // the new title field takes the keyboard
    press(ImGuiKey_Enter);
    if (app.plan().objectives.empty() || !click("add-goal:" + app.plan().objectives.at(0).id)) return "";
    frames(6);
    press(ImGuiKey_Enter);
    return app.plan().goals.empty() ? "" : app.plan().goals.at(0).id;
}

bool UiHarness::mirrorContains(const std::string& text) const {
    return std::any_of(reader.nodes.begin(), reader.nodes.end(),
                       [&](const platform::MirrorNode& n) { return n.text.find(text) != std::string::npos; });
}

bool UiHarness::mirrorStartsWith(const std::string& text) const {
    return std::any_of(reader.nodes.begin(), reader.nodes.end(),
                       [&](const platform::MirrorNode& n) { return n.text.rfind(text, 0) == 0; });
}

bool UiHarness::mirrorHasLine(const std::string& text) const {
    return std::any_of(reader.nodes.begin(), reader.nodes.end(), [&](const platform::MirrorNode& n) { return n.text == text; });
}

UiHarness::Rect UiHarness::rectOf(const std::string& itemName) {
    const auto r = nlohmann::json::parse(app.itemRect(itemName), nullptr, false);
    if (!r.is_object()) return {};
    return {r["x"].get<float>(), r["y"].get<float>(), r["width"].get<float>(), r["height"].get<float>(), true};
}

}  // namespace waymark::test
