#pragma once
// What every view needs to draw, passed as one object instead of six parameters.
#include <cstdint>

#include "core/plan/date.h"
#include "core/text/i18n.h"
#include "ui/kit/fonts.h"
#include "ui/kit/item_locator.h"
#include "ui/kit/theme.h"
#include "ui/kit/typing_draft.h"

namespace waymark::ui {

struct ViewContext {
    const Strings& tr;       // texts in the user's language
    const Theme& theme;
    const Fonts& fonts;
    ItemLocator& locator;    // named items for window.waymark.itemRect and tests
    TypingDraft& typing;     // the field being typed in, for the draft of what it would change
    Date today;              // the user's local date
    bool presenting = false; // presentation mode: show, do not edit (no edit buttons)
    // What views key their cached texts and layouts on: it changes with the plan's revision, the
    // language and today, so a language switch redraws every view in the new language at once.
    std::uint64_t stamp = 0;
};

}  // namespace waymark::ui
