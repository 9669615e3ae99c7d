#pragma once
// The row of tabs that switches between the plan's views (outline, matrix, ...). Which views
// there are is the app's view registry (app/view_registry.h); each tab is named "view:<name>".
#include <optional>
#include <span>

#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

struct ViewInfo {
    ViewId id;
    const char* name;      // "matrix": the tab's item name is "view:matrix"
    const char* labelKey;  // the tab's text; nullptr for a view without a tab
    const char* hintKey;   // what the view is for (the tab's tooltip)
};

// Draws the tabs (`tabs`, in order) across the window from x = startX (the window's padding when negative); returns
// ShowView when the user picked another view. endLine false leaves the cursor after the last tab.
// Tabs wider than room (when room > 0) scroll sideways in a strip of that width (item
// "view-tabs"), by swipe or wheel, the current one kept in view; they never run under what follows.
std::optional<Intent> drawViewSwitcher(const ViewContext& ctx, std::span<const ViewInfo> tabs, ViewId current,
                                       float startX = -1, bool endLine = true, float room = -1);

}  // namespace waymark::ui
