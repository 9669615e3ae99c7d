#pragma once
// One task's editor beside the task plan: title, owners (picked from the plan's or typed), due
// date with quick picks, repeat (every N days, weeks or months; monthly on day D; until), done
// for the whole task, and for a repeating task its occurrences, each ticked off on its own.
// Every change is one intent (one undo step). Fields are named "field:task.<key>";
// "owner-remove:<name>", "quick:task-<pick>", "occurrence:<task id>:<date>", "task-delete".
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/plan/plan.h"
#include "imgui.h"
#include "ui/kit/form.h"
#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

class TaskEditor {
public:
    // Draws the task's editor; `owners` are the names used in the plan (for the owner picker).
    // Returns an edit, or ClosePanel-like nothing: closing is reported through `closed`.
    std::optional<Intent> draw(const ViewContext& ctx, const Plan& plan, const Task& task,
                               const std::vector<std::string>& owners, bool& closed);
    // Another task opened: forget typing state; focusTitle puts the keyboard in its title.
    void open(const std::string& taskId, bool focusTitle);
    bool needsFrames() const { return form_.needsFrames(); }

private:
    std::optional<Intent> drawRepeat(const ViewContext& ctx, const Plan& plan, const Task& task);
    std::optional<Intent> drawOccurrences(const ViewContext& ctx, const Task& task);
    // A field of the task that `set` writes its text's value into (nullptr: taken; else the
    // error's text key, shown under the field), as the edit of `field` ("due", "repeat").
    using SetText = std::function<const char*(Task& task, const std::string& text)>;
    std::optional<PlanEdit> taskField(const ViewContext& ctx, const Plan& plan, const Task& task, const std::string& key,
                                      const std::string& value, const char* hint, const char* field, SetText set);

    Form form_;
    std::string taskId_;
    std::vector<ImWchar> typeAhead_;  // typed while the new task's title was on its way to the keyboard
};

}  // namespace waymark::ui
