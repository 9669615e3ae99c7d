// The document (src/app/document.h): edits, undo and others' operations change the plan, and the
// reviews and derived values it keeps follow exactly what changed. Property test: after any
// random sequence, its incremental reviews and values equal those worked out from scratch.
#include <doctest/doctest.h>

#include <random>

#include "../common/random_edits.h"
#include "app/document.h"
#include "core/method/tasks.h"
#include "core/method/tracking.h"
#include "core/plan/example_plans.h"
#include "core/plan/plan_json.h"

using namespace waymark;

namespace {

const Date kDocumentToday{2026, 11, 23};

// Everything a review says, as text, so two reviews compare whole.
std::string said(const GoalReview& r) {
    std::string out = r.goalId + " " + name(r.realism.verdict) + " " + r.relevance.key;
    for (const auto& [k, v] : r.relevance.args) out += " " + k + "=" + v;
    for (const Finding& f : r.findings) {
        out += " | " + f.code;
        for (const auto& [k, v] : f.args) out += " " + k + "=" + v;
    }
    return out;
}

void checkAgainstScratch(Document& doc, Date today) {
    const Plan& plan = doc.plan();
    const PlanReview fresh = reviewPlan(plan, today);
    const ReviewsByGoal& reviews = doc.reviews(today);
    REQUIRE(reviews.size() == plan.goals.size());
    for (const GoalReview& r : fresh.goals) {
        REQUIRE(reviews.count(r.goalId));
        CHECK(said(reviews.at(r.goalId)) == said(r));
    }
    REQUIRE(doc.planFindings(today).size() == fresh.planFindings.size());
    for (size_t i = 0; i < fresh.planFindings.size(); ++i) CHECK(doc.planFindings(today)[i].code == fresh.planFindings[i].code);
    const ui::PlanDerived& d = doc.derived(today);
    const std::vector<GoalTrack> tracks = trackGoals(plan, today);
    REQUIRE(d.tracks.size() == tracks.size());
    for (size_t i = 0; i < tracks.size(); ++i) {
        CHECK(d.tracks[i].status == tracks[i].status);
        CHECK(d.tracks[i].progress.current == tracks[i].progress.current);
        CHECK(d.tracks[i].latest == tracks[i].latest);
        CHECK(d.track(plan.goals[i].id) == &d.tracks[i]);
    }
    CHECK(d.overdueTasks == overdueTasks(plan, today));
    CHECK(d.load == loadByOwnerAndWeek(plan, d.loadFrom, d.loadTo));
}

}  // namespace

TEST_CASE("the document's reviews and derived values after any edits, undos and others' operations equal a fresh review") {
    for (const Plan& start : testing::startingPlans()) {
        for (unsigned seed = 1; seed <= 8; ++seed) {
            CAPTURE(seed);
            std::mt19937 rng(seed);
            Document doc;
            doc.open(start);
            Document other;  // someone else's copy, whose edits arrive as operations
            other.open(start);
            checkAgainstScratch(doc, kDocumentToday);
            for (int i = 0; i < 40; ++i) {
                switch (testing::roll(rng, 6)) {
                case 0: doc.undo(); break;
                case 1: doc.redo(); break;
                case 2: {
                    const EditResult theirs = other.apply(testing::randomEdit(other.plan(), rng), kDocumentToday);
                    doc.applyRemote(theirs.ops);
                    break;
                }
                default: doc.apply(testing::randomEdit(doc.plan(), rng), kDocumentToday);
                }
                other.open(doc.plan());
                if (testing::roll(rng, 3) == 0) checkAgainstScratch(doc, kDocumentToday);
            }
            checkAgainstScratch(doc, kDocumentToday.plusDays(40));  // a later day moves statuses and overdue tasks
        }
    }
}

TEST_CASE("the revision changes with every change and only then; undo is this user's") {
    Document doc;
    doc.open(*loadTemplate("restaurant"));
    const auto start = doc.revision();
    const std::string goal = doc.plan().goals.front().id;
    CHECK_FALSE(doc.apply(RenameGoal{goal, doc.plan().goals.front().title}, kDocumentToday).changed);
    CHECK(doc.revision() == start);
    REQUIRE(doc.apply(RenameGoal{goal, "Mine"}, kDocumentToday).changed);
    CHECK(doc.revision() > start);
    CHECK(doc.plan().updated == kDocumentToday);  // an edit dates the plan, in the same step

    Document elsewhere;
    elsewhere.open(doc.plan());
    Goal theirs = *elsewhere.plan().findGoal(goal);
    theirs.baseline = 777;
    doc.applyRemote(elsewhere.apply(UpdateGoal{theirs, "baseline"}, kDocumentToday).ops);
    CHECK(doc.history().undoSteps() == 1);  // the remote change is not mine to undo
    REQUIRE(doc.undo());
    CHECK(doc.plan().findGoal(goal)->title != "Mine");
    CHECK(doc.plan().findGoal(goal)->baseline == 777);
}

TEST_CASE("the document hands over what it applied, once, for saving and sending") {
    Document doc;
    doc.open(*loadTemplate("restaurant"));
    CHECK(doc.takeApplied().empty());
    doc.apply(RenamePlan{"New name"}, kDocumentToday);
    const Ops ops = doc.takeApplied();
    REQUIRE(ops.size() == 2);  // the name and the plan's date
    CHECK(ops[0].field == "name");
    CHECK(doc.takeApplied().empty());
    doc.undo();
    CHECK(doc.takeApplied().size() == 2);
}

TEST_CASE("new items carry the document's id tag, so two browsers never make the same id") {
    Document a, b;
    a.open(*loadTemplate("restaurant"));
    b.open(*loadTemplate("restaurant"));
    a.setIdTag("-x1");
    b.setIdTag("-y2");
    const std::string one = a.apply(AddGoal{"", "One"}, kDocumentToday).createdId;
    const std::string two = b.apply(AddGoal{"", "Two"}, kDocumentToday).createdId;
    CHECK(one != two);
    CHECK(one.ends_with("-x1"));
}
