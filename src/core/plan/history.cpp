#include "core/plan/history.h"

#include <utility>

namespace waymark {

namespace {
size_t bytesOf(const Ops& ops) {
    size_t bytes = 0;
    for (const Op& op : ops) bytes += opBytes(op);
    return bytes;
}
}  // namespace

void History::record(Ops ops, EditLabel label) {
    const size_t bytes = bytesOf(ops);
    undo_.push_back({std::move(ops), std::move(label), state_, bytes});
    bytes_ += bytes;
    for (const Step& s : redo_) bytes_ -= s.bytes;
    redo_.clear();
    trim();
    state_ = nextState_++;
}

void History::trim() {
    while (undo_.size() > 1 && (undo_.size() > limit_ || bytes_ > byteBudget_)) {
        bytes_ -= undo_.front().bytes;
        undo_.pop_front();
    }
}

Ops History::replay(Plan& plan, const Ops& ops) {
    Ops applied;
    for (const Op& op : ops)
        if (applyOp(plan, op, true)) applied.push_back(op);
    return applied;
}

std::optional<Ops> History::undo(Plan& plan) {
    if (undo_.empty()) return std::nullopt;
    Step step = std::move(undo_.back());
    undo_.pop_back();
    Ops applied = replay(plan, inverse(step.ops));
    std::swap(state_, step.state);
    redo_.push_back(std::move(step));
    return applied;
}

std::optional<Ops> History::redo(Plan& plan) {
    if (redo_.empty()) return std::nullopt;
    Step step = std::move(redo_.back());
    redo_.pop_back();
    Ops applied = replay(plan, step.ops);
    std::swap(state_, step.state);
    undo_.push_back(std::move(step));
    return applied;
}

void History::clear() {
    undo_.clear();
    redo_.clear();
    bytes_ = 0;
}

}  // namespace waymark
