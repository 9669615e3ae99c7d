#pragma once
// The question asked before another plan takes the open plan's place while the open plan has
// changes that no save holds (storage full or blocked, a failed write): those changes would then
// live only in this tab's undo history. "Download, then open", "Open without downloading" or
// "Cancel" (Escape).
#include <optional>
#include <string>

#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

class UnstoredSwitchDialog {
public:
    // Asks on the next frame.
    void open() { openRequested_ = true; }
    // Draws the question while it is open; returns UnstoredSwitchAction when answered.
    // planName: the open plan's; problem: why saves fail, in the words of the storage banner.
    std::optional<Intent> draw(const ViewContext& ctx, const std::string& planName, const std::string& problem);

private:
    bool openRequested_ = false;
};

}  // namespace waymark::ui
