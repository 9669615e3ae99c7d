#pragma once
// How this browser shows Waymark, whatever the plan: the theme, the theme while presenting and
// the UI scale. The page keeps them (localStorage "waymark.view") and hands them over at start.
#include <optional>
#include <string>
#include <string_view>

#include "ui/view_context.h"

namespace waymark::ui {

struct ViewSettings {
    std::string theme = "light";                    // an id of themeIds()
    std::string presentationTheme = "high_contrast";
    int scalePercent = 100;                         // one of kScalePercents
    bool operator==(const ViewSettings&) const = default;
};

// The UI scales offered, in percent of the normal size (on top of devicePixelRatio).
inline constexpr int kScalePercents[] = {75, 90, 100, 110, 125, 150, 175, 200, 250};

// Reads stored settings ({"theme":"dark","presentationTheme":"high_contrast","scale":125});
// a value that is missing, of the wrong type or not offered keeps its default, and text that is
// not JSON gives the defaults.
ViewSettings parseViewSettings(std::string_view json);
// The settings as the JSON parseViewSettings reads.
std::string viewSettingsJson(const ViewSettings& settings);

// The header's "view settings" menu (popup "settings-menu"): themes ("theme:<id>"), the theme
// while presenting ("present-theme:<id>") and the scale ("scale:<percent>"). Returns the
// settings with the user's change, or nothing.
std::optional<ViewSettings> drawViewSettingsMenu(const ViewContext& ctx, const ViewSettings& current);

}  // namespace waymark::ui
