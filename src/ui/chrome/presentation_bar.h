#pragma once
// Presentation mode's slim bar, in place of the header: the plan's name, the view tabs and the
// way back to editing (item "present", like the header's button that leads here).
#include <optional>
#include <span>

#include "core/plan/plan.h"
#include "ui/chrome/view_switcher.h"
#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

// The key that switches presentation mode on and off outside text fields (Escape also leaves).
// P: no browser takes it without a modifier, and presenters find it by its name.
inline constexpr ImGuiKey kPresentKey = ImGuiKey_P;

// Draws the bar across the window, with the view tabs `tabs`; returns ShowView or
// TogglePresentation; leaves the cursor below it.
std::optional<Intent> drawPresentationBar(const ViewContext& ctx, const Plan& plan, std::span<const ViewInfo> tabs,
                                          ViewId current);

}  // namespace waymark::ui
