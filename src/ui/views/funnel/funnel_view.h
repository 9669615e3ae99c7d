#pragma once
// The funnel panel of a business objective: its number (revenue or customers, per period or in
// total), the share social media should bring, and the funnel worked back from it: what each
// stage needs per month next to today's value, the rates and where they come from, the
// bottleneck, what one better rate changes, and a button that turns the stages into goals.
#include <optional>

#include "core/method/funnel.h"
#include "core/plan/plan.h"
#include "ui/kit/form.h"
#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

class FunnelView {
public:
    // Draws the panel for an objective; `funnel` is the app's workFunnel() of it, when the
    // objective has a number. Returns edits of the number and rates, or CreateFunnelGoals.
    std::optional<Intent> draw(const ViewContext& ctx, const Plan& plan, const Objective& objective,
                               const Funnel* funnel);
    bool needsFrames() const { return form_.needsFrames(); }
    const Form& form() const { return form_; }

private:
    std::optional<Intent> drawNumber(const ViewContext& ctx, const Plan& plan, const Objective& objective,
                                     const Funnel* funnel);
    void drawStages(const ViewContext& ctx, const Plan& plan, const Funnel& funnel);
    std::optional<Intent> drawRates(const ViewContext& ctx, const Plan& plan, const Objective& objective,
                                    const Funnel& funnel);
    Form form_;
};

}  // namespace waymark::ui
