#pragma once
// Waymark's look as data: ImGui's colours plus the app's own semantic colours, applied by one
// function to a fresh style, then scaled once (never twice).
#include "imgui.h"

namespace waymark::ui {

struct Theme {
    ImVec4 background, surface, surfaceBorder, text, textMuted, accent, accentText;
    ImVec4 objective, goal, tactic;       // the plan's three levels
    ImVec4 danger, dangerText;
    ImVec4 warning, tip, onTrack, atRisk, offTrack;
    ImVec4 quickWin, majorProject, fillIn, thankless;  // the matrix's quadrants (always with their names)
};

// A light theme: dark text on light surfaces stays readable on washed-out projectors.
const Theme& lightTheme();

// Resets style to ImGui's defaults, applies theme colours and Waymark's spacing, then scales
// every size by scale (devicePixelRatio × the user's UI scale).
void applyTheme(ImGuiStyle& style, const Theme& theme, float scale);

// The colour as a packed ImU32 for ImDrawList calls.
inline ImU32 packed(const ImVec4& c) { return ImGui::ColorConvertFloat4ToU32(c); }

}  // namespace waymark::ui
