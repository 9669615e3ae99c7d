#pragma once
// The UI font, rasterised at the current scale with the glyphs English, German and Indonesian
// need. The same code point ranges drive the font subset made at build time (cmake/web.cmake).
#include <string>

#include "imgui.h"

namespace waymark::ui {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;
};

// Body text size in CSS pixels at scale 1; large enough to read on a projector from the back.
inline constexpr float kBodyFontPixels = 17.0f;

// Code point ranges (pairs, zero-terminated) the UI uses.
const ImWchar* uiGlyphRanges();

// Clears the atlas and adds body and heading fonts from fontData (TTF/OTF bytes, kept owned by
// the caller) at kBodyFontPixels × scale. Falls back to ImGui's built-in font when fontData is empty.
Fonts loadFonts(ImFontAtlas& atlas, const std::string& fontData, float scale);

}  // namespace waymark::ui
