// The renderer leaves the canvas alone when a frame would draw what it already shows
// (platform/draw_fingerprint.h): equal fingerprints must mean equal pictures, and every change
// of the picture must change the fingerprint.
#include <doctest/doctest.h>

#include "platform/draw_fingerprint.h"
#include "ui_harness.h"

namespace waymark::test {

namespace {
std::uint64_t fingerprintNow(int width = 1280, int height = 800) {
    return platform::drawFingerprint(*ImGui::GetDrawData(), width, height);
}
}  // namespace

TEST_CASE("a settled frame has the fingerprint of the one before; hover, size and a scroll change it") {
    UiHarness ui;
    ui.frames(3);
    const std::uint64_t settled = fingerprintNow();
    CHECK(settled != 0);
    ui.frames(1);
    CHECK(fingerprintNow() == settled);  // nothing moved: the canvas keeps its picture

    CHECK(fingerprintNow(1281, 800) != settled);  // a resized canvas is blank and must be drawn

    const UiHarness::Rect tab = ui.rectOf("view:matrix");
    REQUIRE(tab.found);
    ImGui::GetIO().AddMousePosEvent(tab.x + tab.width / 2, tab.y + tab.height / 2);
    ui.frames(2);
    const std::uint64_t hovered = fingerprintNow();
    CHECK(hovered != settled);  // the button lights up under the pointer

    ImGui::GetIO().AddMousePosEvent(5, 400);
    ImGui::GetIO().AddMouseWheelEvent(0, -3);
    ui.frames(3);
    CHECK(fingerprintNow() != hovered);
}

TEST_CASE("a frame with a draw callback of its own has no fingerprint and is always drawn") {
    UiHarness ui;
    ImGui::GetIO().DisplaySize = ImVec2(400, 300);
    ImGui::NewFrame();
    ImGui::GetForegroundDrawList()->AddCallback([](const ImDrawList*, const ImDrawCmd*) {}, nullptr);
    ImGui::Render();
    CHECK(platform::drawFingerprint(*ImGui::GetDrawData(), 400, 300) == 0);
}

}  // namespace waymark::test
