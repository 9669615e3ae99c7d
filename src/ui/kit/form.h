#pragma once
// The editors' form: a label column and fields named "field:<key>" (the plan-format key) for
// window.waymark.itemRect. A text field commits when the user leaves it after changing it (Enter,
// Tab, a click elsewhere), so typing in one field is one undo step, and focusing and leaving it
// changes nothing; while the user types, the text so far is readable (activeKey/activeText) for
// live advice and the draft of the typing (ui/kit/typing_draft.h). Escape restores the value. Fields
// hold any text the plan format allows (ui/kit/text_field.h).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/plan/plan.h"
#include "core/plan/plan_edit.h"
#include "ui/kit/typing_draft.h"
#include "ui/view_context.h"

namespace waymark::ui {

class Form {
public:
    // Starts a row: the label in the label column, the field after it fills the row.
    void row(const ViewContext& ctx, const char* label);
    // A single-line text field showing `value` while it is not being edited. Returns the text
    // when the user left the field after changing it to something other than `value`.
    std::optional<std::string> text(const ViewContext& ctx, const std::string& key, const std::string& value,
                                    const char* hint);
    // A text field that edits the plan: `mapping` turns the text the user left into its edit, or
    // into the error shown under the field (until it commits again), and while the user types it
    // tells ctx.typing what committing would change. Returns the edit.
    std::optional<PlanEdit> edit(const ViewContext& ctx, const Plan& plan, const std::string& key,
                                 const std::string& value, const char* hint, const FieldMapping& mapping);
    // A choice among labels; returns the new index when the user picked another one.
    std::optional<int> choice(const ViewContext& ctx, const std::string& key, int current,
                              const std::vector<std::string>& labels);
    // A choice of an optional enum value among `values`, "Not set" first; labelPrefix + name(v)
    // + labelSuffix is each value's text key. Returns the new value (nullopt inside = "Not set")
    // when picked.
    template <class E, size_t N>
    std::optional<std::optional<E>> optionalChoice(const ViewContext& ctx, const std::string& key,
                                                   const std::optional<E>& current, const E (&values)[N],
                                                   const std::string& labelPrefix, const std::string& labelSuffix = {}) {
        std::vector<std::string> labels{ctx.tr("editor.not_set")};
        int at = 0;
        for (const E& v : values) {
            labels.push_back(ctx.tr(labelPrefix + name(v) + labelSuffix));
            if (current == v) at = static_cast<int>(labels.size()) - 1;
        }
        const std::optional<int> picked = choice(ctx, key, at, labels);
        if (!picked) return std::nullopt;
        return *picked == 0 ? std::optional<E>() : std::optional<E>(values[*picked - 1]);
    }
    // A checkbox; returns the new state when clicked.
    std::optional<bool> check(const ViewContext& ctx, const std::string& key, bool value, const char* label);

    // An error under a field (e.g. "“12x” is not a number"), kept until the field commits again.
    void setError(const std::string& key, std::string message) { errors_[key] = std::move(message); }
    void clearError(const std::string& key) { errors_.erase(key); }
    // Draws the field's error, if any, under it (call right after the field).
    void drawError(const ViewContext& ctx, const std::string& key);

    // The field being typed in ("" when none) and its text so far.
    const std::string& activeKey() const { return activeKey_; }
    const std::string& activeText() const { return activeText_; }
    // Puts the keyboard into the field with this key over the next frames (e.g. "add a baseline").
    void focus(const std::string& key);
    // True while a field waits to take the keyboard.
    // A field that is not drawn (scrolled away in a clipped list, or gone) stops the wait after
    // a few frames: the page goes idle again either way.
    bool needsFrames() const;
    // Forgets typing state and errors (another item opened).
    void reset();
    // Lays out this frame's rows: labels labelWidth wide beside their fields, or, in a form too
    // narrow for both (a phone), each label above its field, which then takes the whole width.
    void layout(float labelWidth);
    float labelWidth() const { return labelWidth_; }
    // Indents what belongs under a field (its description, quick picks) to the field's edge.
    void indent() const;
    void unindent() const;

    // Call right after a field drawn by other means than this form (the KPI picker): it is named
    // "field:<key>", and focus(key) brings it into view and activates it.
    void afterField(const ViewContext& ctx, const std::string& key);

private:
    std::optional<std::string> field(const ViewContext& ctx, const std::string& key, const std::string& value,
                                     const char* hint, const FieldMapping* mapping);

    std::string activeKey_, activeText_;
    std::string idleText_;  // what a field shows while nobody types in it: its value
    std::string focusKey_;
    int focusFrames_ = 0;
    int focusSince_ = 0;  // the ImGui frame focus() was asked in
    std::map<std::string, std::string> errors_;
    float labelWidth_ = 0;  // 0: a third of the row
    bool stacked_ = false;  // labels above their fields
};

}  // namespace waymark::ui
