#include "core/plan/plan.h"

#include <algorithm>

namespace waymark {

namespace {
template <class T>
T* findById(std::vector<T>& items, const std::string& id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
    return it == items.end() ? nullptr : &*it;
}

template <class E, size_t N>
std::optional<E> lookup(const char* const (&names)[N], const std::string& text) {
    for (size_t i = 0; i < N; ++i)
        if (text == names[i]) return static_cast<E>(i);
    return std::nullopt;
}

const char* const kBusiness[] = {"local", "ecommerce", "b2b", "consulting", "nonprofit", "personal", "agency", "other"};
const char* const kPhase[] = {"starting", "growing", "established"};
const char* const kObjectiveKind[] = {"business", "marketing"};
const char* const kTargetType[] = {"increase", "decrease", "stay_above", "stay_below",
                                         "reach_then_stay_above", "reach_then_stay_below"};
const char* const kRepeatUnit[] = {"day", "week", "month"};
const char* const kConfidence[] = {"low", "medium", "high"};
const char* const kBusinessMetric[] = {"revenue", "customers"};
const char* const kNumberPeriod[] = {"month", "quarter", "year", "total"};
const char* const kMeasuredAs[] = {"total", "per_week", "per_month", "per_quarter", "vs_same_period", "per_event"};
const char* const kCustomFamily[] = {"audience", "count", "conversions", "money", "cost", "rate",
                                     "score", "duration", "cadence", "members", "attendance"};
const char* const kVoteSubject[] = {"tactics", "goals"};
}  // namespace

const Objective* Plan::findObjective(const std::string& id) const { return const_cast<Plan*>(this)->findObjective(id); }
const Goal* Plan::findGoal(const std::string& id) const { return const_cast<Plan*>(this)->findGoal(id); }
const Tactic* Plan::findTactic(const std::string& id) const { return const_cast<Plan*>(this)->findTactic(id); }
Objective* Plan::findObjective(const std::string& id) { return findById(objectives, id); }
Goal* Plan::findGoal(const std::string& id) { return findById(goals, id); }
Tactic* Plan::findTactic(const std::string& id) { return findById(tactics, id); }
const Task* Plan::findTask(const std::string& id) const { return const_cast<Plan*>(this)->findTask(id); }
Task* Plan::findTask(const std::string& id) { return findById(tasks, id); }
const Checkin* Plan::findCheckin(const std::string& id) const { return const_cast<Plan*>(this)->findCheckin(id); }
Checkin* Plan::findCheckin(const std::string& id) { return findById(checkins, id); }

const char* name(Business v) { return kBusiness[static_cast<int>(v)]; }
const char* name(Phase v) { return kPhase[static_cast<int>(v)]; }
const char* name(ObjectiveKind v) { return kObjectiveKind[static_cast<int>(v)]; }
const char* name(TargetType v) { return kTargetType[static_cast<int>(v)]; }
const char* name(RepeatUnit v) { return kRepeatUnit[static_cast<int>(v)]; }
const char* name(Confidence v) { return kConfidence[static_cast<int>(v)]; }
const char* name(BusinessMetric v) { return kBusinessMetric[static_cast<int>(v)]; }
const char* name(NumberPeriod v) { return kNumberPeriod[static_cast<int>(v)]; }
const char* name(MeasuredAs v) { return kMeasuredAs[static_cast<int>(v)]; }
const char* name(CustomFamily v) { return kCustomFamily[static_cast<int>(v)]; }
const char* name(VoteSubject v) { return kVoteSubject[static_cast<int>(v)]; }

template <> std::optional<Business> fromName(const std::string& t) { return lookup<Business>(kBusiness, t); }
template <> std::optional<Phase> fromName(const std::string& t) { return lookup<Phase>(kPhase, t); }
template <> std::optional<ObjectiveKind> fromName(const std::string& t) { return lookup<ObjectiveKind>(kObjectiveKind, t); }
template <> std::optional<TargetType> fromName(const std::string& t) { return lookup<TargetType>(kTargetType, t); }
template <> std::optional<RepeatUnit> fromName(const std::string& t) { return lookup<RepeatUnit>(kRepeatUnit, t); }
template <> std::optional<Confidence> fromName(const std::string& t) { return lookup<Confidence>(kConfidence, t); }
template <> std::optional<BusinessMetric> fromName(const std::string& t) { return lookup<BusinessMetric>(kBusinessMetric, t); }
template <> std::optional<NumberPeriod> fromName(const std::string& t) { return lookup<NumberPeriod>(kNumberPeriod, t); }
template <> std::optional<MeasuredAs> fromName(const std::string& t) { return lookup<MeasuredAs>(kMeasuredAs, t); }
template <> std::optional<CustomFamily> fromName(const std::string& t) { return lookup<CustomFamily>(kCustomFamily, t); }
template <> std::optional<VoteSubject> fromName(const std::string& t) { return lookup<VoteSubject>(kVoteSubject, t); }

}  // namespace waymark
