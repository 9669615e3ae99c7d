#pragma once
// The objective editor: title, kind (business or marketing), the objective it breaks down, due
// date, its place in the list, and for a business objective its number and funnel. Returns
// edits; never changes the plan itself.
#include <optional>
#include <string>

#include "core/plan/plan.h"
#include "core/method/funnel.h"
#include "ui/kit/form.h"
#include "ui/views/funnel/funnel_view.h"
#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

class ObjectiveEditor {
public:
    void open(const std::string& objectiveId);
    const std::string& objectiveId() const { return objectiveId_; }
    // `funnel` is the app's workFunnel() of the objective (nullptr when it has no number yet).
    std::optional<Intent> draw(const ViewContext& ctx, const Plan& plan, const Funnel* funnel);
    bool needsFrames() const { return form_.needsFrames() || funnel_.needsFrames(); }
    // The form being typed in (the objective's fields or its funnel's).
    const Form& form() const { return funnel_.form().activeKey().empty() ? form_ : funnel_.form(); }

private:
    std::string objectiveId_;
    Form form_;
    FunnelView funnel_;
};

}  // namespace waymark::ui
