#pragma once
// "Plans": the plans kept in this browser: open, rename, duplicate, delete (and restore what was
// deleted, or delete it for good), how much storage they use, a share link for the open plan, and
// every record this build cannot open (damaged, set aside, a newer build's) with its bytes.
#include <optional>
#include <string>
#include <vector>

#include "platform/plan_library.h"
#include "ui/kit/form.h"
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

// A time the store recorded ("2026-11-29T21:03:11.000Z") as the user reads it: "29 Nov 2026 21:03 UTC".
std::string storedTimeText(const std::string& iso, const Strings& tr);

class PlansDialog {
public:
    void open() { openRequested_ = true; }
    std::optional<Intent> draw(const ViewContext& ctx, const PlansDialogState& state);

private:
    static std::string reasonText(const Strings& tr, const std::string& reason, const std::string& detail);
    static std::optional<Intent> downloadRecordButton(const ViewContext& ctx, const std::string& id);
    std::optional<Intent> purgeButton(const ViewContext& ctx, const std::string& itemName, const std::string& id,
                                      const std::string& shownName, LibraryAction::Kind kind);

    bool openRequested_ = false;
    Form form_;
    std::string renamingId_;
    std::string confirmPurge_;  // the "Delete for good" button whose question is showing
    bool questionShown_ = false;  // its question was scrolled into view
};

}  // namespace waymark::ui
