#pragma once
// The objective editor: title, kind (business or marketing), the objective it breaks down, due
// date, and its place in the list. Returns edits; never changes the plan itself.
#include <optional>
#include <string>

#include "core/plan/plan.h"
#include "ui/form.h"
#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

class ObjectiveEditor {
public:
    void open(const std::string& objectiveId);
    const std::string& objectiveId() const { return objectiveId_; }
    std::optional<Intent> draw(const ViewContext& ctx, const Plan& plan);
    bool needsFrames() const { return form_.needsFrames(); }
    const Form& form() const { return form_; }

private:
    std::string objectiveId_;
    Form form_;
};

}  // namespace waymark::ui
