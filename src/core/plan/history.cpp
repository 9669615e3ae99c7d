#include "core/plan/history.h"

#include <utility>

namespace waymark {

namespace {
size_t items(const Plan& p) {
    return p.customKpis.size() + p.objectives.size() + p.goals.size() + p.tactics.size() + p.tasks.size() + p.checkins.size();
}
}  // namespace

void History::record(Plan before, EditLabel label) {
    undo_.push_back({std::move(before), std::move(label), state_});
    redo_.clear();
    size_t kept = 0;
    for (const Step& s : undo_) kept += items(s.plan);
    while (undo_.size() > 1 && (undo_.size() > limit_ || kept > itemBudget_)) {
        kept -= items(undo_.front().plan);
        undo_.pop_front();
    }
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
