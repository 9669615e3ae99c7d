// Operations: every edit is a few operations with inverses. Property tests over random edit
// sequences on varied plans: undoing them all gives the plan back byte for byte, redoing them
// gives the edited plan again, the JSON form carries operations unchanged, a plan diff turns one
// plan into another, and undo leaves another person's changes alone.
#include <doctest/doctest.h>

#include <random>

#include "core/plan/example_plans.h"
#include "core/plan/history.h"
#include "core/plan/operation.h"
#include "core/plan/plan_json.h"
#include "plan_with_every_field.h"

using namespace waymark;

namespace {

const Date kToday{2026, 12, 7};

template <class T>
const T& pick(const std::vector<T>& items, std::mt19937& rng) {
    return items[std::uniform_int_distribution<size_t>(0, items.size() - 1)(rng)];
}

int roll(std::mt19937& rng, int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }

std::string words(std::mt19937& rng) {
    static const std::vector<std::string> w = {"Reach", "Müller & Söhne", "pelanggan baru", "🚀 launch", "", "  spaced  ",
                                               "Überblick", "\"quoted\"", "line\nbreak", "10k"};
    return pick(w, rng) + " " + pick(w, rng);
}

// One random edit of any kind that fits the plan as it is (some are refused: that is tested too).
PlanEdit randomEdit(const Plan& plan, std::mt19937& rng) {
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

std::vector<Plan> startingPlans() {
    Plan empty;
    empty.id = "empty";
    return {empty, *loadTemplate("restaurant"), *loadTemplate("software", "de"), planWithEveryField()};
}

}  // namespace

TEST_CASE("undoing any sequence of edits gives the plan back byte for byte, and redoing gives the edited plan") {
    int steps = 0;
    for (const Plan& start : startingPlans()) {
        for (unsigned seed = 1; seed <= 25; ++seed) {
            CAPTURE(seed);
            CAPTURE(start.id);
            std::mt19937 rng(seed);
            Plan plan = start;
            History history(1000);
            for (int i = 0; i < 60; ++i) {
                const PlanEdit edit = randomEdit(plan, rng);
                EditResult result = applyEdit(plan, edit, kToday);
                if (!result.changed) continue;
                REQUIRE(parsePlanDocument(serializePlanDocument(plan)));  // every step leaves a valid plan
                history.record(std::move(result.ops), editLabel(edit));
                ++steps;
            }
            const std::string edited = serializePlanDocument(plan);
            while (history.canUndo()) REQUIRE(history.undo(plan));
            CHECK(serializePlanDocument(plan) == serializePlanDocument(start));
            CHECK(plan == start);
            while (history.canRedo()) REQUIRE(history.redo(plan));
            CHECK(serializePlanDocument(plan) == edited);
        }
    }
    CHECK(steps > 2000);  // the sequences really edit
}

TEST_CASE("operations keep their meaning through their JSON form") {
    std::mt19937 rng(7);
    Plan plan = *loadTemplate("restaurant");
    for (int i = 0; i < 300; ++i) {
        Plan before = plan;
        const EditResult result = applyEdit(plan, randomEdit(plan, rng), kToday);
        const auto back = opsFromJson(opsToJson(result.ops));
        REQUIRE(back);
        CHECK(*back == result.ops);
        REQUIRE(applyOps(before, *back));
        CHECK(before == plan);
    }
}

TEST_CASE("a plan diff turns one plan into another, and its inverse turns it back") {
    const std::vector<Plan> plans = startingPlans();
    std::mt19937 rng(11);
    for (const Plan& from : plans)
        for (Plan to : plans) {
            for (int i = 0; i < 20; ++i) applyEdit(to, randomEdit(to, rng), kToday);
            const Ops ops = diffPlans(from, to);
            Plan plan = from;
            REQUIRE(applyOps(plan, ops));
            CHECK(serializePlanDocument(plan) == serializePlanDocument(to));
            REQUIRE(applyOps(plan, inverse(ops)));
            CHECK(serializePlanDocument(plan) == serializePlanDocument(from));
        }
    CHECK(diffPlans(plans[1], plans[1]).empty());
}

TEST_CASE("an edit costs operations for what it changed, not for the whole plan") {
    Plan plan = *loadTemplate("restaurant");
    Goal g = plan.goals.front();
    g.baseline = 321;
    const Ops ops = editOps(plan, UpdateGoal{g, "baseline"}, kToday);
    REQUIRE(ops.size() == 1);
    CHECK(ops[0].kind == Op::Kind::set);
    CHECK(ops[0].part == Part::goals);
    CHECK(ops[0].id == g.id);
    CHECK(ops[0].field == "baseline");
    CHECK(ops[0].after == "321");
    CHECK(opsToJson(ops).find("\"field\":\"baseline\"") != std::string::npos);
}

TEST_CASE("undo reverts this user's operations and leaves another person's alone") {
    Plan plan = *loadTemplate("restaurant");
    History mine;
    const std::string goalId = plan.goals.front().id;
    // I change the title; someone else changes the baseline of the same goal.
    EditResult edit = applyEdit(plan, RenameGoal{goalId, "My title"}, kToday);
    mine.record(edit.ops, editLabel(RenameGoal{goalId, "My title"}));
    Goal theirs = *plan.findGoal(goalId);
    theirs.baseline = 4242;
    REQUIRE(applyOps(plan, editOps(plan, UpdateGoal{theirs, "baseline"}, kToday)));  // a remote operation: not in my history
    REQUIRE(mine.undo(plan));
    CHECK(plan.findGoal(goalId)->title == loadTemplate("restaurant")->goals.front().title);
    CHECK(plan.findGoal(goalId)->baseline == 4242);

    // Someone else renames it after me: my undo leaves their title, and says it applied nothing.
    REQUIRE(mine.redo(plan));
    REQUIRE(applyOps(plan, editOps(plan, RenameGoal{goalId, "Their title"}, kToday)));
    const auto undone = mine.undo(plan);
    REQUIRE(undone);
    CHECK(undone->empty());
    CHECK(plan.findGoal(goalId)->title == "Their title");

    // An item someone else deleted is not brought back by undoing my change to it.
    REQUIRE(mine.redo(plan));
    REQUIRE(applyOps(plan, editOps(plan, DeleteGoal{goalId}, kToday)));
    REQUIRE(mine.undo(plan));
    CHECK_FALSE(plan.findGoal(goalId));
}

TEST_CASE("operations that do not fit the plan are refused and change nothing") {
    Plan plan = *loadTemplate("restaurant");
    const Plan original = plan;
    const std::string goalId = plan.goals.front().id;
    CHECK_FALSE(applyOp(plan, {Op::Kind::set, Part::goals, "nope", "title", "", "\"x\""}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::set, Part::goals, goalId, "baseline", "", "\"not a number\""}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::set, Part::goals, goalId, "id", "", "\"other\""}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::set, Part::goals, goalId, "unknownField", "", "1"}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::set, Part::goals, goalId, "title", "", "{broken"}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::insert, Part::goals, goalId, {}, {}, "{\"id\":\"" + goalId + "\",\"title\":\"\"}", 0}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::insert, Part::goals, "g-new", {}, {}, "{\"id\":\"other\",\"title\":\"\"}", 0}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::remove, Part::tactics, "nope", {}, "{}", {}, 0}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::set, Part::plan, {}, "id", "", "\"\""}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::set, Part::plan, {}, "updated", "", "\"yesterday\""}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::insert, Part::voters, "p9", {}, {}, "{\"id\":\"p9\"}", 0}));  // no round
    CHECK_FALSE(applyOp(plan, {Op::Kind::set, Part::goals, goalId, "title", "\"not the title\"", "\"x\""}, true));
    CHECK(plan == original);
    CHECK_FALSE(opsFromJson("{}"));
    CHECK_FALSE(opsFromJson("[{\"op\":\"explode\",\"part\":\"goals\"}]"));
    CHECK_FALSE(opsFromJson("[{\"op\":\"move\",\"part\":\"goals\",\"id\":\"g1\",\"from\":-1,\"to\":0}]"));
}
