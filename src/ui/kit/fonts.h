#pragma once
// The UI font, rasterised at the current scale with the glyphs English, German and Indonesian
// need. The same code point ranges drive the font subset made at build time (cmake/web.cmake).
#include <string>

#include "imgui.h"

namespace waymark::ui {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;
    ImFont* digits = nullptr;  // the timer's digits only ("0:00"), big enough to read across a room
};

// Body text size in CSS pixels at scale 1; large enough to read on a projector from the back.
inline constexpr float kBodyFontPixels = 17.0f;

// Code point ranges (pairs, zero-terminated) the UI uses.
const ImWchar* uiGlyphRanges();

// The timer's digit font size against the body font: about a tenth of a 1080-pixel screen.
inline constexpr float kDigitsFontScale = 6.0f;
// Clears the atlas and adds body, heading and digit fonts from fontData (TTF/OTF bytes, kept owned by
// the caller) at kBodyFontPixels × scale. Falls back to ImGui's built-in font when fontData is empty.
Fonts loadFonts(ImFontAtlas& atlas, const std::string& fontData, float scale);

}  // namespace waymark::ui
