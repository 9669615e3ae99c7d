#include "core/plan/plan_index.h"

namespace waymark {

namespace {
template <class T>
void add(std::unordered_map<std::string_view, const T*>& map, const std::vector<T>& items) {
    map.reserve(items.size());
    for (const T& item : items) map.emplace(item.id, &item);  // emplace keeps the first of a repeated id
}
}  // namespace

PlanIndex::PlanIndex(const Plan& plan) {
    add(objectives_, plan.objectives);
    add(goals_, plan.goals);
    add(tactics_, plan.tactics);
}

}  // namespace waymark
