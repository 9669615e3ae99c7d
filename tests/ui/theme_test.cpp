// Themes are data: every table has every colour, and every text colour reads against the
// backgrounds it is drawn on (WCAG contrast: 4.5:1, 7:1 for high contrast).
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "core/text/embedded.h"
#include "ui/kit/theme.h"

using namespace waymark;

namespace {

ImVec4 over(const ImVec4& top, const ImVec4& below) {
    const float a = top.w;
    return ImVec4(top.x * a + below.x * (1 - a), top.y * a + below.y * (1 - a), top.z * a + below.z * (1 - a), 1);
}

double luminance(const ImVec4& c) {
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.x) + 0.7152 * channel(c.y) + 0.0722 * channel(c.z);
}

// WCAG 2 contrast ratio of a text colour drawn on a background (both composited on the surface).
double contrast(const ImVec4& text, const ImVec4& background, const ImVec4& surface) {
    const ImVec4 bg = over(background, surface);
    const double a = luminance(over(text, bg)), b = luminance(bg);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

}  // namespace

TEST_CASE("every theme table has every ImGui colour and every app colour") {
    for (const std::string& id : ui::themeIds()) {
        CAPTURE(id);
        const std::string_view json = embeddedFile("themes/" + id + ".json");
        REQUIRE_FALSE(json.empty());
        ui::Theme t;
        CHECK(ui::parseTheme(json, id, t) == "");
        CHECK(ui::theme(id).id == id);
    }
    CHECK(ui::theme("no-such-theme").id == "light");
}

TEST_CASE("a theme table without an entry is refused, naming the entry") {
    std::string json(embeddedFile("themes/dark.json"));
    ui::Theme t;
    const auto without = [&](const std::string& line) {
        std::string s = json;
        const size_t at = s.find(line);
        REQUIRE(at != std::string::npos);
        s.erase(at, line.size());
        return s;
    };
    CHECK(ui::parseTheme(without("\"TabActive\": \"#343B48\","), "dark", t) == "imgui.TabActive: missing");
    CHECK(ui::parseTheme(without("\"textMuted\": \"#AEB6C2\","), "dark", t) == "app.textMuted: missing");
    std::string bad = json;
    bad.replace(bad.find("#E8EAEE"), 7, "#E8EAEZ");
    CHECK(ui::parseTheme(bad, "dark", t) == "app.text: not a colour #RRGGBB or #RRGGBBAA");
}

TEST_CASE("text in every theme reads against its background: 4.5:1, and 7:1 in high contrast") {
    for (const std::string& id : ui::themeIds()) {
        CAPTURE(id);
        const ui::Theme& t = ui::theme(id);
        const double least = id == "high_contrast" ? 7.0 : 4.5;
        const ImVec4* c = t.imgui;
        const ImVec4 surface = t.surface;
        auto check = [&](const std::string& what, const ImVec4& text, const ImVec4& background) {
            CAPTURE(what);
            CHECK(contrast(text, background, over(surface, t.background)) >= least);
        };
        for (auto [name, bg] : {std::pair{"background", t.background}, {"surface", t.surface}, {"WindowBg", c[ImGuiCol_WindowBg]},
                                {"ChildBg", c[ImGuiCol_ChildBg]}, {"PopupBg", c[ImGuiCol_PopupBg]}, {"FrameBg", c[ImGuiCol_FrameBg]},
                                {"FrameBgHovered", c[ImGuiCol_FrameBgHovered]}, {"Button", c[ImGuiCol_Button]},
                                {"ButtonHovered", c[ImGuiCol_ButtonHovered]}, {"ButtonActive", c[ImGuiCol_ButtonActive]},
                                {"Header", c[ImGuiCol_Header]}, {"HeaderHovered", c[ImGuiCol_HeaderHovered]},
                                {"HeaderActive", c[ImGuiCol_HeaderActive]}, {"TableHeaderBg", c[ImGuiCol_TableHeaderBg]},
                                {"TableRowBgAlt", c[ImGuiCol_TableRowBgAlt]}, {"TextSelectedBg", c[ImGuiCol_TextSelectedBg]},
                                {"Tab", c[ImGuiCol_Tab]}, {"TabActive", c[ImGuiCol_TabActive]}}) {
            check(std::string("Text on ") + name, c[ImGuiCol_Text], bg);
            check(std::string("text on ") + name, t.text, bg);
        }
        for (auto [name, bg] : {std::pair{"background", t.background}, {"surface", t.surface}, {"FrameBg", c[ImGuiCol_FrameBg]},
                                {"PopupBg", c[ImGuiCol_PopupBg]}, {"Button", c[ImGuiCol_Button]}}) {
            check(std::string("textMuted on ") + name, t.textMuted, bg);
            check(std::string("TextDisabled on ") + name, c[ImGuiCol_TextDisabled], bg);
        }
        check("accentText on accent", t.accentText, t.accent);
        check("dangerText on danger", t.dangerText, t.danger);
        // Coloured words (statuses, levels, quadrants) on the page, on cards and on their own chip.
        for (auto [name, colour] : {std::pair{"accent", t.accent}, {"objective", t.objective}, {"goal", t.goal},
                                    {"tactic", t.tactic}, {"danger", t.danger}, {"warning", t.warning}, {"tip", t.tip},
                                    {"onTrack", t.onTrack}, {"atRisk", t.atRisk}, {"offTrack", t.offTrack},
                                    {"quickWin", t.quickWin}, {"majorProject", t.majorProject}, {"fillIn", t.fillIn},
                                    {"thankless", t.thankless}}) {
            check(std::string(name) + " on background", colour, t.background);
            check(std::string(name) + " on surface", colour, t.surface);
            check(std::string(name) + " on its chip", colour, ImVec4(colour.x, colour.y, colour.z, 0.13f));
        }
    }
}
