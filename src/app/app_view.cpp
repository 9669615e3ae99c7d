// The App's view of itself: view settings (theme, UI scale), presentation mode, touch screens.
#include <algorithm>
#include <cfloat>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "imgui.h"
#include "ui/kit/theme.h"

namespace waymark {

namespace {
// After a change of look every text changes width: auto-sizing cards re-measure over a few frames.
constexpr int kFramesAfterLookChange = 5;
// Presentation mode fits this screen (CSS pixels) with text at least kPresentSmallestCss tall.
constexpr float kPresentWidthCss = 1920, kPresentHeightCss = 1080, kPresentSmallestCss = 28;
}  // namespace

App::BuiltLook App::wantedLook() const {
    float user = viewSettings_.scalePercent / 100.0f;
    if (presenting_) {
        const ImVec2 display = ImGui::GetIO().DisplaySize;
        const float room = std::min(display.x / kPresentWidthCss, display.y / kPresentHeightCss) / devicePixelRatio_;
        // Half a pixel more: fonts are rasterised at whole device pixels, rounded down.
        if (room > 0) user = std::max(user, (kPresentSmallestCss + 0.5f) / ui::kBodyFontPixels * room);
    }
    return {devicePixelRatio_ * user, presenting_ ? viewSettings_.presentationTheme : viewSettings_.theme, touchScreen_};
}

bool App::needsRescale() const { return !(wantedLook() == built_); }

const ui::Theme& App::currentTheme() const {
    return ui::theme(presenting_ ? viewSettings_.presentationTheme : viewSettings_.theme);
}

void App::setTouchScreen(bool touch) { touchScreen_ = touch; }

void App::changeViewSettings(const ui::ViewSettings& settings) {
    viewSettings_ = settings;
    page_.viewSettingsChosen(ui::viewSettingsJson(settings));
    framesAfterChange_ = kFramesAfterLookChange;
}

void App::setPresenting(bool presenting) {
    if (presenting == presenting_) return;
    presenting_ = presenting;
    panel_ = Panel::none;  // an editor steps aside when the room's view starts or ends
    reader_.announce(tr_(presenting ? "present.entered" : "present.left"));
    mirrorDirty_ = true;
    framesAfterChange_ = kFramesAfterLookChange;
}

std::string App::viewState() const {
    const ImGuiIO& io = ImGui::GetIO();
    float smallest = FLT_MAX;
    for (const ImFont* font : io.Fonts->Fonts) smallest = std::min(smallest, font->FontSize);
    const float css = io.FontGlobalScale / devicePixelRatio_;
    return nlohmann::json{{"presenting", presenting_},
                          {"theme", currentTheme().id},
                          {"scale", viewSettings_.scalePercent},
                          {"touch", touchScreen_},
                          {"smallest", io.Fonts->Fonts.empty() ? 0.0f : smallest * css},
                          {"body", fonts_.body ? fonts_.body->FontSize * css : 0.0f},
                          {"notice", notice_}}
        .dump();
}

void App::drawPointerHalo() const {
    const ImGuiIO& io = ImGui::GetIO();
    // A finger points by itself; the halo follows a mouse (or pen) only.
    if (!ImGui::IsMousePosValid() || io.MouseSource == ImGuiMouseSource_TouchScreen || !fonts_.body) return;
    const float em = fonts_.body->FontSize;
    const ImVec4 c = currentTheme().accent;
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    // Three rings, fading outwards: visible on any background without hiding what is pointed at.
    for (int ring = 0; ring < 3; ++ring)
        draw->AddCircle(io.MousePos, em * (0.9f + 0.35f * ring), ui::packed(ImVec4(c.x, c.y, c.z, 0.55f - 0.17f * ring)), 0,
                        std::max(1.0f, em * 0.14f));
}

}  // namespace waymark
