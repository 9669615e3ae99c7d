#include "ui/kit/fonts.h"

#include <cmath>

namespace waymark::ui {

const ImWchar* uiGlyphRanges() {
    static const ImWchar ranges[] = {
        0x0020, 0x007E,  // Basic Latin
        0x00A0, 0x00FF,  // Latin-1: ä ö ü ß é, €-free currency signs, «»
        0x0152, 0x0153,  // Œ œ
        0x2013, 0x2014,  // – —
        0x2018, 0x201E,  // ‘ ’ ‚ “ ” „
        0x2022, 0x2022,  // •
        0x2026, 0x2026,  // …
        0x20AC, 0x20AC,  // €
        0x2190, 0x2193,  // ← ↑ → ↓
        0x2212, 0x2212,  // −
        0,
    };
    return ranges;
}

Fonts loadFonts(ImFontAtlas& atlas, const std::string& fontData, float scale) {
    atlas.Clear();
    Fonts fonts;
    const float body = std::floor(kBodyFontPixels * scale);
    const float heading = std::floor(kBodyFontPixels * 1.35f * scale);
    if (fontData.empty()) {
        ImFontConfig config;
        config.SizePixels = body;
        fonts.body = atlas.AddFontDefault(&config);
        config.SizePixels = heading;
        fonts.heading = atlas.AddFontDefault(&config);
        config.SizePixels = std::floor(kBodyFontPixels * kDigitsFontScale * scale);
        fonts.digits = atlas.AddFontDefault(&config);
        return fonts;
    }
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the app keeps the bytes to rebuild at other scales
    // Oversampling sharpens small text at 1x; at 2x and above the pixels are fine enough, and
    // rasterising twice as many would slow the first frame.
    config.OversampleH = scale >= 2 ? 1 : 2;
    config.OversampleV = 1;
    void* data = const_cast<char*>(fontData.data());
    const int size = static_cast<int>(fontData.size());
    fonts.body = atlas.AddFontFromMemoryTTF(data, size, body, &config, uiGlyphRanges());
    fonts.heading = atlas.AddFontFromMemoryTTF(data, size, heading, &config, uiGlyphRanges());
    // Only the glyphs a clock needs: a big font of every glyph would fill the atlas.
    static const ImWchar digitRanges[] = {0x0030, 0x003A, 0};
    config.OversampleH = 1;
    fonts.digits = atlas.AddFontFromMemoryTTF(data, size, std::floor(kBodyFontPixels * kDigitsFontScale * scale), &config,
                                              digitRanges);
    return fonts;
}

}  // namespace waymark::ui
