#pragma once
// A generator of random edits of every kind that fit a plan as it is (some are refused on
// purpose), for property tests: undo, the document's incremental review, sync.
#include <random>
#include <string>
#include <vector>

#include "core/plan/example_plans.h"
#include "core/plan/plan_edit.h"
#include "core/plan/voting.h"
#include "../unit/plan_with_every_field.h"

namespace waymark::testing {

template <class T>
inline const T& pick(const std::vector<T>& items, std::mt19937& rng) {
    return items[std::uniform_int_distribution<size_t>(0, items.size() - 1)(rng)];
}

inline int roll(std::mt19937& rng, int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }

inline std::string words(std::mt19937& rng) {
    static const std::vector<std::string> w = {"Reach", "Müller & Söhne", "pelanggan baru", "🚀 launch", "", "  spaced  ",
                                               "Überblick", "\"quoted\"", "line\nbreak", "10k"};
    return pick(w, rng) + " " + pick(w, rng);
}

// One random edit of any kind that fits the plan as it is (some are refused: that is tested too).
inline PlanEdit randomEdit(const Plan& plan, std::mt19937& rng) {
    const bool hasObjective = !plan.objectives.empty(), hasGoal = !plan.goals.empty(),
               hasTactic = !plan.tactics.empty(), hasTask = !plan.tasks.empty(), hasCheckin = !plan.checkins.empty();
    for (;;) {
        switch (roll(rng, 30)) {
        case 0: return AddObjective{words(rng)};
        case 1: if (hasObjective) return RenameObjective{pick(plan.objectives, rng).id, words(rng)}; break;
        case 2: if (hasObjective) {
            Objective o = pick(plan.objectives, rng);
            o.due = roll(rng, 2) ? std::optional<Date>(Date{2027, 1 + roll(rng, 12), 1 + roll(rng, 28)}) : std::nullopt;
            o.kind = roll(rng, 2) ? ObjectiveKind::business : ObjectiveKind::marketing;
            if (roll(rng, 2)) o.number = BusinessNumber{BusinessMetric::customers, double(roll(rng, 500)), NumberPeriod::quarter};
            o.parentId = roll(rng, 3) == 0 ? std::optional<std::string>(pick(plan.objectives, rng).id) : std::nullopt;
            return UpdateObjective{o, "due"};
        } break;
        case 3: if (hasObjective) return MoveObjective{pick(plan.objectives, rng).id, roll(rng, 2) ? 1 : -1}; break;
        case 4: if (hasObjective && roll(rng, 3) == 0) return DeleteObjective{pick(plan.objectives, rng).id}; break;
        case 5: return AddGoal{hasObjective ? pick(plan.objectives, rng).id : "", words(rng)};
        case 6: {
            Goal a, b;
            a.title = words(rng); a.kpi = "followers"; a.baseline = roll(rng, 1000);
            b.title = words(rng); b.objectiveId = "missing";
            return AddDraftGoals{{a, b}};
        }
        case 7: if (hasGoal) return RenameGoal{pick(plan.goals, rng).id, words(rng)}; break;
        case 8: case 9: if (hasGoal) {
            Goal g = pick(plan.goals, rng);
            g.baseline = roll(rng, 4) ? std::optional<double>(roll(rng, 5000) / 4.0) : std::nullopt;
            g.target = roll(rng, 4) ? std::optional<double>(roll(rng, 9000) * 0.1) : std::nullopt;
            g.deadline = Date{2027, 1 + roll(rng, 12), 1 + roll(rng, 28)};
            g.soft = roll(rng, 2);
            g.secondaryKpis = roll(rng, 2) ? std::vector<std::string>{"reach", "likes"} : std::vector<std::string>{};
            g.scope = words(rng);
            return UpdateGoal{g, "baseline"};
        } break;
        case 10: if (hasGoal && roll(rng, 3) == 0) return DeleteGoal{pick(plan.goals, rng).id}; break;
        case 11: return RenamePlan{words(rng)};
        case 12: {
            Context c = plan.context;
            c.teamSize = roll(rng, 2) ? std::optional<int>(roll(rng, 20)) : std::nullopt;
            c.currency = roll(rng, 2) ? "EUR" : "IDR";
            c.channels = roll(rng, 2) ? std::vector<std::string>{"instagram"} : std::vector<std::string>{"tiktok", "linkedin"};
            return UpdateContext{c, "teamSize"};
        }
        case 13: return AddCustomKpi{{"", words(rng), "count", true, true, false, CustomFamily::count},
                                     hasGoal ? pick(plan.goals, rng).id : ""};
        case 14: if (!plan.customKpis.empty()) {
            CustomKpi k = pick(plan.customKpis, rng);
            k.name = words(rng);
            k.higherIsBetter = roll(rng, 2);
            return UpdateCustomKpi{k, "name"};
        } break;
        case 15: if (hasGoal) return AddTactic{pick(plan.goals, rng).id, words(rng)}; break;
        case 16: if (hasTactic) {
            Tactic t = pick(plan.tactics, rng);
            t.value = 1 + roll(rng, 5);
            t.complexity = roll(rng, 6) ? std::optional<int>(1 + roll(rng, 5)) : std::nullopt;
            return UpdateTactic{t, "value"};
        } break;
        case 17: if (hasTactic) return MoveTactic{pick(plan.tactics, rng).id, roll(rng, 2) ? 1 : -1}; break;
        case 18: if (hasTactic && roll(rng, 3) == 0) return DeleteTactic{pick(plan.tactics, rng).id}; break;
        case 19: if (hasTactic) return AddTask{pick(plan.tactics, rng).id, words(rng)}; break;
        case 20: if (hasTask) {
            Task t = pick(plan.tasks, rng);
            t.owners = {" Anna ", "", "Ben"};
            t.due = Date{2027, 2, 1 + roll(rng, 28)};
            t.repeat = roll(rng, 2) ? std::optional<Repeat>(Repeat{1 + roll(rng, 3), RepeatUnit::week, {}, {}}) : std::nullopt;
            return UpdateTask{t, "owners"};
        } break;
        case 21: if (hasTask) return SetTaskDone{pick(plan.tasks, rng).id,
                                                 roll(rng, 2) ? std::optional<Date>(Date{2027, 3, 1 + roll(rng, 28)}) : std::nullopt,
                                                 roll(rng, 3) != 0}; break;
        case 22: if (hasTask && roll(rng, 2)) return DeleteTask{pick(plan.tasks, rng).id}; break;
        case 23: if (hasGoal) return AddCheckin{{pick(plan.goals, rng).id, Date{2027, 1, 1 + roll(rng, 28)},
                                                 double(roll(rng, 3000)), Confidence::high, words(rng)}}; break;
        case 24: if (hasCheckin) {
            Checkin c = pick(plan.checkins, rng);
            c.value = roll(rng, 100) * 1.5;
            c.note = words(rng);
            return UpdateCheckin{c, "value"};
        } break;
        case 25: if (hasCheckin) return DeleteCheckin{pick(plan.checkins, rng).id}; break;
        case 26: return StartVoting{roll(rng, 2) ? VoteSubject::tactics : VoteSubject::goals, 1 + roll(rng, 4),
                                    {"Anna", "Ben", "Chris"}};
        case 27: {
            const auto items = plan.voting ? votableItems(plan, plan.voting->subject) : std::vector<std::string>{};
            if (!items.empty()) return roll(rng, 3) ? PlanEdit{PlaceDot{pick(items, rng)}} : PlanEdit{RemoveDot{pick(items, rng)}};
        } break;
        case 28:
            switch (roll(rng, 5)) {
            case 0: return NextVoter{};
            case 1: return RevealVotes{};
            case 2: return ReopenVoting{};
            case 3: return UseVotesAsValue{};
            default: return ClearVoting{};
            }
        case 29: if (roll(rng, 8) == 0) {
            Plan other = roll(rng, 2) ? *loadTemplate("software") : planWithEveryField();
            return ReplacePlan{other, "import"};
        } break;
        }
    }
}

// Plans to start random sequences from: empty, both examples, and one with every field set.
inline std::vector<Plan> startingPlans() {
    Plan empty;
    empty.id = "empty";
    return {empty, *loadTemplate("restaurant"), *loadTemplate("software", "de"), planWithEveryField()};
}

}  // namespace waymark::testing
