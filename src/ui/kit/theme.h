#pragma once
// Waymark's looks as data: each theme is one table, assets/themes/<id>.json, with every ImGui
// colour, the app's own semantic colours and the border widths. Tables are embedded in the build
// and read once; applyTheme puts one on a fresh style, then scales it once (never twice).
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace waymark::ui {

struct Theme {
    std::string id;  // "light", "dark", "high_contrast": the table's file name
    ImVec4 background, surface, surfaceBorder, text, textMuted, accent, accentText;
    ImVec4 objective, goal, tactic;       // the plan's three levels
    ImVec4 danger, dangerText;
    ImVec4 warning, tip, onTrack, atRisk, offTrack;
    ImVec4 quickWin, majorProject, fillIn, thankless;  // the matrix's quadrants (always with their names)
    ImVec4 imgui[ImGuiCol_COUNT] = {};    // ImGui's own colours, by ImGuiCol
    float frameBorderSize = 0, childBorderSize = 1;  // in CSS pixels at scale 1
};

// The themes this build has, in menu order: light first (the default), then dark, high contrast.
const std::vector<std::string>& themeIds();

// The theme of that id; the light theme for an id there is none of.
const Theme& theme(std::string_view id);
// The light theme: dark text on light surfaces, today's look.
inline const Theme& lightTheme() { return theme("light"); }

// Reads a theme table (assets/themes/<id>.json). Returns "" on success, else what is wrong
// ("imgui.TabActive: missing", "app.text: not a colour #RRGGBB or #RRGGBBAA").
std::string parseTheme(std::string_view json, std::string id, Theme& out);

// Resets style to ImGui's defaults, applies the theme's colours and borders and Waymark's
// spacing, then scales every size by scale (devicePixelRatio × the user's UI scale).
void applyTheme(ImGuiStyle& style, const Theme& theme, float scale);

// The smallest hit target on a touch screen, in CSS pixels (WCAG 2.5.5, platform guidelines).
inline constexpr float kTouchTargetCss = 48;

// Grows frames, spacing and scrollbars so every button, tab, checkbox, field and menu item is at
// least target tall and wide (device pixels), with text of fontSize.
void fitTouchTargets(ImGuiStyle& style, float fontSize, float target);

// True when fitTouchTargets sized the style for fingers (it marks it with TouchExtraPadding).
inline bool touchSized(const ImGuiStyle& style) { return style.TouchExtraPadding.x > 0; }

// The colour as a packed ImU32 for ImDrawList calls.
inline ImU32 packed(const ImVec4& c) { return ImGui::ColorConvertFloat4ToU32(c); }

// The colour at another opacity (fills under lines, guides behind data).
inline ImVec4 faded(const ImVec4& c, float alpha) { return ImVec4(c.x, c.y, c.z, alpha); }

}  // namespace waymark::ui
