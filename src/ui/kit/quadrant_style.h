#pragma once
// How a tactic's quadrant looks: its colour (always beside its name, never instead of it) and
// its name's text key.
#include <string>

#include "core/method/tactics.h"
#include "ui/kit/theme.h"

namespace waymark::ui {

// The quadrant's colour in the theme (unscored: muted text).
inline const ImVec4& quadrantColor(Quadrant q, const Theme& theme) {
    switch (q) {
        case Quadrant::quick_win: return theme.quickWin;
        case Quadrant::major_project: return theme.majorProject;
        case Quadrant::fill_in: return theme.fillIn;
        case Quadrant::thankless: return theme.thankless;
        case Quadrant::unscored: break;
    }
    return theme.textMuted;
}

// "tactic.quadrant.quick_win": the quadrant's name as a text key.
inline std::string quadrantKey(Quadrant q) { return std::string("tactic.quadrant.") + name(q); }

}  // namespace waymark::ui
