#pragma once
// The question a share link asks before its plan joins this browser's plans: which plan, how
// big, "Open as new plan" or "Not now". And, after "Not now", the banner that keeps the offer
// within reach (the link also stays in the address bar).
#include <cstddef>
#include <optional>
#include <string>

#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

// What the link carries, read from its plan before anything is asked.
struct SharedPlanOffer {
    std::string name;
    size_t objectives = 0, goals = 0, tactics = 0, tasks = 0;
    size_t bytes = 0;  // the plan file inflated from the link
};

// The plan's name as quoted to the user (cut short: a name may have 10,000 characters).
std::string offerName(const SharedPlanOffer& offer, const Strings& tr);
// "This link carries the plan “Launch”: 3 objectives, 12 goals, 30 tactics and 41 tasks (48 KB)."
std::string describeOffer(const SharedPlanOffer& offer, const Strings& tr);

class SharedPlanDialog {
public:
    // Asks on the next frame.
    void open() { openRequested_ = true; }
    // Draws the question while it is open; returns SharedPlanAction open or later when answered
    // (Escape is "Not now").
    std::optional<Intent> draw(const ViewContext& ctx, const SharedPlanOffer& offer);

private:
    bool openRequested_ = false;
};

// The banner of a shared plan the user put off: open it now, or forget the offer (the link
// stays in the address bar). Returns SharedPlanAction open or forget.
std::optional<Intent> drawSharedPlanBanner(const ViewContext& ctx, const SharedPlanOffer& offer);

}  // namespace waymark::ui
