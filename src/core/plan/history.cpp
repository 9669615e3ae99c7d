#include "core/plan/history.h"

#include <utility>

namespace waymark {

void History::record(Plan before, EditLabel label) {
    undo_.push_back({std::move(before), std::move(label), state_});
    if (undo_.size() > limit_) undo_.pop_front();
    redo_.clear();
    state_ = nextState_++;
}

std::optional<Plan> History::undo(Plan current) {
    if (undo_.empty()) return std::nullopt;
    Step step = std::move(undo_.back());
    undo_.pop_back();
    redo_.push_back({std::move(current), step.label, state_});
    state_ = step.state;
    return std::move(step.plan);
}

std::optional<Plan> History::redo(Plan current) {
    if (redo_.empty()) return std::nullopt;
    Step step = std::move(redo_.back());
    redo_.pop_back();
    undo_.push_back({std::move(current), step.label, state_});
    state_ = step.state;
    return std::move(step.plan);
}

void History::clear() {
    undo_.clear();
    redo_.clear();
}

}  // namespace waymark
