#include "ui_harness.h"

#include <nlohmann/json.hpp>

namespace waymark::test {

// Auto-sizing cards inside an auto-sizing column measure themselves over a few frames.
UiHarness::UiHarness(const std::string& storedPlan, int settleFrames, const std::string& viewSettings, bool storedWhole) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;  // as the page has it
    io.DisplaySize = ImVec2(1280, 2400);  // tall enough that the sample plan needs no scrolling
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

bool UiHarness::click(const std::string& itemName) {
    const auto rect = nlohmann::json::parse(app.itemRect(itemName), nullptr, false);
    if (!rect.is_object()) return false;
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

}  // namespace waymark::test
