#pragma once
// "New plan": an empty plan, one of the example plans, or a plan built from chosen goal
// templates. A template asks for the team's own baseline and never invents one. The dialog says
// what the user chose (CreatePlan); the app makes the plan.
#include <optional>
#include <string>
#include <vector>

#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

class NewPlanDialog {
public:
    // Opens the dialog on the next frame.
    void open() { openRequested_ = true; }
    // Opens it with the goal templates chosen (the first visit's "start from a template").
    void openOnTemplates() {
        start_ = Start::templates;
        openRequested_ = true;
    }
    // Draws it while open; returns CreatePlan when the user creates one.
    std::optional<Intent> draw(const ViewContext& ctx);

private:
    enum class Start { empty, example, templates };
    bool openRequested_ = false;
    Start start_ = Start::empty;
    std::string exampleId_;
    std::vector<bool> chosen_;                // per goal template
    std::vector<std::string> baselines_;      // per goal template, as typed
};

}  // namespace waymark::ui
