#pragma once
// "Plans": the plans kept in this browser: open, rename, duplicate, delete (and restore what was
// deleted), how much storage they use, and a share link for the open plan.
#include <optional>
#include <string>
#include <vector>

#include "platform/plan_library.h"
#include "ui/form.h"
#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

struct PlansDialogState {
    const platform::LibraryState* library = nullptr;  // nullptr while the list is on its way
    std::string error;      // the last action's problem, "" when none
    std::string shareLink;  // the open plan's link once made
    std::string versionsOf;                           // the plan whose kept versions are listed
    const std::vector<platform::PlanVersion>* versions = nullptr;
};

class PlansDialog {
public:
    void open() { openRequested_ = true; }
    std::optional<Intent> draw(const ViewContext& ctx, const PlansDialogState& state);

private:
    bool openRequested_ = false;
    Form form_;
    std::string renamingId_;
};

}  // namespace waymark::ui
