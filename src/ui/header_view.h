#pragma once
// The band at the top: the app's name, the plan's name, whether it is saved, and the plan's
// actions (new, open, download, business context, undo, redo). Returns what the user asked for.
#include <optional>
#include <string>

#include "core/plan/plan.h"
#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

struct HeaderState {
    std::string undoLabel;  // "Undo: rename goal", or "" when there is nothing to undo
    std::string redoLabel;
    bool unsaved = false;   // changes not yet stored in this browser
    bool saving = true;     // storage works (false: a banner says why)
};

class HeaderView {
public:
    // Draws the band across the window; leaves the cursor below it.
    std::optional<Intent> draw(const ViewContext& ctx, const Plan& plan, const HeaderState& state);
};

// Banners under the header: why changes are not saved (permanent) and the last file action's
// outcome (dismissable). Returns DismissNotice when the user dismissed the notice.
std::optional<Intent> drawBanners(const ViewContext& ctx, const std::string& storageProblem, const std::string& notice,
                                  bool noticeIsError);

}  // namespace waymark::ui
