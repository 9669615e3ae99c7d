#pragma once
// The plan's name and the business behind it: kind of business, phase on social media, team
// size, monthly paid budget, currency and channels. The review judges every goal by these.
#include <optional>

#include "core/plan/plan.h"
#include "ui/kit/form.h"
#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

class ContextEditor {
public:
    std::optional<Intent> draw(const ViewContext& ctx, const Plan& plan);
    bool needsFrames() const { return form_.needsFrames(); }
    const Form& form() const { return form_; }

private:
    Form form_;
};

}  // namespace waymark::ui
