#pragma once
// What the user is typing is work too. While a field that edits the plan has the keyboard and
// holds text other than the plan's, the field leaves here, each frame, its text and how that text
// would change the plan (its FieldMapping). The app keeps the plan with that change as a draft
// the page stores, so a crash or a killed browser does not lose the typing, and commits the field
// before the page goes away (App::commitTyping).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "core/plan/plan.h"
#include "core/plan/plan_edit.h"
#include "core/text/i18n.h"

namespace waymark::ui {

// What a field's text makes of the plan: the edit, or why the text is refused (then no edit).
struct FieldEdit {
    std::optional<PlanEdit> edit;
    std::string error;
};

// Turns a field's text into its edit of `plan`. It finds its item by id in the plan it is given:
// it is also called between frames, after other edits moved things.
using FieldMapping = std::function<FieldEdit(const Plan& plan, const std::string& text, const Strings& tr)>;

class TypingDraft {
public:
    // Starts a frame: the field typed in during the last one says so again if it still is.
    void beginFrame();
    // The field `name` (its itemRect name) has the keyboard and holds `text`, not the plan's value.
    void set(const std::string& name, const std::string& text, FieldMapping mapping);
    // Ends a frame; true when the field or its text changed since the last frame (typing began,
    // went on or ended).
    bool endFrame();
    // Whether changed text is being typed into a field of the plan (as of the last frame).
    bool active() const { return static_cast<bool>(mapping_); }
    const std::string& field() const { return name_; }
    const std::string& text() const { return text_; }
    // The edit committing the text now would make; nothing without typing or when the text is
    // refused (a number that is not one).
    std::optional<PlanEdit> edit(const Plan& plan, const Strings& tr) const;

private:
    std::string name_, text_;
    FieldMapping mapping_;
    std::string lastName_, lastText_;
    bool lastActive_ = false;
};

}  // namespace waymark::ui
