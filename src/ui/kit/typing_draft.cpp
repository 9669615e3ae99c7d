#include "ui/kit/typing_draft.h"

namespace waymark::ui {

void TypingDraft::beginFrame() {
    name_.clear();
    text_.clear();
    mapping_ = nullptr;
}

void TypingDraft::set(const std::string& name, const std::string& text, FieldMapping mapping) {
    name_ = name;
    text_ = text;
    mapping_ = std::move(mapping);
}

bool TypingDraft::endFrame() {
    const bool changed = active() != lastActive_ || name_ != lastName_ || text_ != lastText_;
    if (changed) {
        lastActive_ = active();
        lastName_ = name_;
        lastText_ = text_;
    }
    return changed;
}

std::optional<PlanEdit> TypingDraft::edit(const Plan& plan, const Strings& tr) const {
    if (!mapping_) return std::nullopt;
    return mapping_(plan, text_, tr).edit;
}

}  // namespace waymark::ui
