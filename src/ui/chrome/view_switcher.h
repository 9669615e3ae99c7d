#pragma once
// The plan's views (outline, matrix, ...) and the row of tabs that switches between them.
// Views are data: one row of kViews per view, its item name "view:<name>" and its label key.
#include <optional>

#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

struct ViewInfo {
    ViewId id;
    const char* name;      // "matrix": the tab's item name is "view:matrix"
    const char* labelKey;  // the tab's text
    const char* hintKey;   // what the view is for (the tab's tooltip)
};

inline constexpr ViewInfo kViews[] = {
    {ViewId::outline, "outline", "view.outline", "view.outline_hint"},
    {ViewId::matrix, "matrix", "view.matrix", "view.matrix_hint"},
    {ViewId::tasks, "tasks", "view.tasks", "view.tasks_hint"},
    {ViewId::tracking, "tracking", "view.tracking", "view.tracking_hint"},
    {ViewId::map, "map", "view.map", "view.map_hint"},
    {ViewId::workshop, "workshop", "view.workshop", "view.workshop_hint"},
};

// The view's row of kViews, or nullptr for a view this build does not have.
const ViewInfo* findView(const char* name);

// Draws the tabs across the window from x = startX (the window's padding when negative); returns
// ShowView when the user picked another view. endLine false leaves the cursor after the last tab.
// Tabs wider than room (when room > 0) scroll sideways in a strip of that width (item
// "view-tabs"), by swipe or wheel, the current one kept in view; they never run under what follows.
std::optional<Intent> drawViewSwitcher(const ViewContext& ctx, ViewId current, float startX = -1, bool endLine = true,
                                       float room = -1);

}  // namespace waymark::ui
