// Realism's properties over generated plans (plan_generator.h, a fixed seed per plan): the verdict
// agrees with the numbers printed beside it; no goal but the ones its evidence names changes a
// verdict; every suggested target passes the very checks the goal's own target goes through.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/method/review.h"
#include "core/method/review_numbers.h"
#include "plan_generator.h"

using namespace waymark;
using waymark::testing::PlanGenerator;

namespace {

const Date kPropertiesToday{2026, 6, 15};
constexpr int kPlans = 400;

// Everything a goal's verdict consists of, to compare before and after an edit elsewhere.
std::string verdictOf(const RealismResult& r) {
    std::string out = std::string(name(r.verdict)) + "|" + r.reason;
    for (const Evidence& e : r.evidence)
        out += "|" + std::string(name(e.kind)) + ":" + name(e.verdict) + ":" + formatNumber(e.needed) + ":" +
               formatNumber(e.comfortable) + ":" + formatNumber(e.ambitious);
    return out;
}

RealismResult judged(const Plan& plan, const Goal& goal) { return assessRealism(plan, goal); }

}  // namespace

TEST_CASE("property: every verdict agrees with the limits printed beside it") {
    const Strings en = Strings::load("en");
    int judgedGoals = 0, byEvidence = 0, campaigns = 0;
    for (int seed = 1; seed <= kPlans; ++seed) {
        PlanGenerator gen(static_cast<unsigned>(seed));
        const Plan plan = gen.plan(kPropertiesToday);
        const PlanReview reviewed = reviewPlan(plan, kPropertiesToday);
        for (size_t i = 0; i < plan.goals.size(); ++i) {
            const RealismResult& r = reviewed.goals[i].realism;
            CAPTURE(seed);
            CAPTURE(plan.goals[i].kpi);
            if (r.verdict == Verdict::unknown) {
                CHECK(r.evidence.empty());
                continue;
            }
            ++judgedGoals;
            campaigns += std::count(r.factors.begin(), r.factors.end(), "campaign") > 0 ? 1 : 0;
            // Each piece's verdict is read off its own (printed) numbers; the goal's is the worst.
            Verdict worst = Verdict::comfortable;
            for (const Evidence& e : r.evidence) {
                CHECK(e.verdict == judge(e.needed, e.comfortable, e.ambitious, e.lowerIsHarder));
                CHECK(e.needed == evidenceNumber(e.needed, e.unit, findKpi(plan, plan.goals[i].kpi)));
                worst = std::max(worst, e.verdict);
            }
            if (r.evidence.empty()) {
                CHECK(r.verdict == Verdict::comfortable);  // the target is already reached
                continue;
            }
            ++byEvidence;
            REQUIRE(r.decisive);
            const Evidence& decisive = r.evidence[*r.decisive];
            CHECK(r.verdict == worst);
            CHECK(decisive.verdict == r.verdict);
            // The sentence beside the verdict prints exactly the numbers it was judged on.
            const auto kpi = findKpi(plan, plan.goals[i].kpi);
            const std::string text = sentenceText(realismSentence(r, kpi, plan.context.currency), en);
            const Sentence evidence = evidenceSentence(decisive, kpi, plan.context.currency);
            CHECK(text.rfind(en(std::string("realism.verdict.") + name(r.verdict)) + ": ", 0) == 0);
            for (const char* number : {"needed_number", "comfortable_number", "ambitious_number"})
                for (const auto& [key, value] : evidence.args)
                    if (key == number) CHECK_MESSAGE(text.find(en.numberText(value)) != std::string::npos, text, " lacks ", value);
            CHECK(text.find('{') == std::string::npos);
            // The change per month and its limits agree with the verdict too (one decimal apart at most).
            if (r.requiredPerMonth && r.comfortableLimit != 0 && r.ambitiousLimit != 0) {
                const double needed = *r.requiredPerMonth;
                if (r.verdict == Verdict::comfortable) CHECK(needed <= r.comfortableLimit + 0.05);
                if (r.verdict == Verdict::unrealistic) CHECK(needed >= r.ambitiousLimit - 0.05);
            }
        }
    }
    MESSAGE(judgedGoals << " goals judged, " << byEvidence << " by evidence, " << campaigns << " campaigns");
    CHECK(byEvidence > kPlans);
    CHECK(campaigns > 20);  // the campaign's wider stretch is held to the same checks
}

TEST_CASE("property: adding, editing or removing another goal does not change a goal's verdict") {
    int unchanged = 0, informed = 0;
    for (int seed = 1; seed <= kPlans; ++seed) {
        PlanGenerator gen(static_cast<unsigned>(seed) * 7919u);
        const Plan plan = gen.plan(kPropertiesToday);
        for (size_t g = 0; g < plan.goals.size(); ++g) {
            const Goal& goal = plan.goals[g];
            const RealismHints hints = realismHints(plan, goal);
            const auto sources = evidenceSources(hints);
            const std::string before = verdictOf(judged(plan, goal));
            // Every source is a goal that measures the audience, the cost or the ratings.
            for (const std::string& id : sources) {
                const Goal* source = plan.findGoal(id);
                REQUIRE(source);
                const auto kpi = findKpi(plan, source->kpi);
                REQUIRE(kpi);
                CHECK((kpi->family == KpiFamily::audience || kpi->family == KpiFamily::members ||
                       kpi->family == KpiFamily::cost || kpi->family == KpiFamily::reviews || source->kpi == "reach"));
            }
            const auto isSource = [&](const Plan& p, const std::string& id) {
                const auto s = evidenceSources(realismHints(p, *p.findGoal(goal.id)));
                return std::find(s.begin(), s.end(), id) != s.end();
            };
            // Three edits of other goals: one added, one edited, one removed.
            Plan added = plan;
            added.goals.push_back(gen.goal(plan, "added", kPropertiesToday));
            gen.addCheckins(added, added.goals.back(), kPropertiesToday);
            Plan edited = plan, removed = plan;
            if (plan.goals.size() > 1) {
                const size_t other = (g + 1 + static_cast<size_t>(gen.uniformInt(0, static_cast<int>(plan.goals.size()) - 2))) % plan.goals.size();
                Goal replacement = gen.goal(plan, plan.goals[other].id, kPropertiesToday);
                replacement.id = plan.goals[other].id;
                edited.goals[other] = replacement;
                removed.goals.erase(removed.goals.begin() + static_cast<long>(other));
                removed.checkins.erase(std::remove_if(removed.checkins.begin(), removed.checkins.end(),
                                                      [&](const Checkin& c) { return c.goalId == plan.goals[other].id; }),
                                       removed.checkins.end());
                const std::string& id = plan.goals[other].id;
                for (const Plan* after : {&edited, &removed}) {
                    const bool related = isSource(plan, id) || (after != &removed && isSource(*after, id));
                    if (related) {
                        ++informed;
                        continue;
                    }
                    CAPTURE(seed);
                    CHECK_MESSAGE(verdictOf(judged(*after, *after->findGoal(goal.id))) == before, goal.kpi, " changed by ", id);
                    ++unchanged;
                }
            }
            if (isSource(added, "added")) {
                ++informed;
            } else {
                CAPTURE(seed);
                CHECK_MESSAGE(verdictOf(judged(added, *added.findGoal(goal.id))) == before, goal.kpi, " changed by an added ",
                              added.goals.back().kpi);
                ++unchanged;
            }
        }
    }
    MESSAGE(unchanged << " edits of unrelated goals left the verdict alone; " << informed << " edits touched a goal's evidence");
    CHECK(unchanged > kPlans);
    CHECK(informed > 0);
}

TEST_CASE("property: every suggested target passes the checks the goal's own target goes through") {
    int comfortable = 0, ambitious = 0;
    for (int seed = 1; seed <= kPlans; ++seed) {
        PlanGenerator gen(static_cast<unsigned>(seed) * 104729u);
        const Plan plan = gen.plan(kPropertiesToday);
        for (const Goal& goal : plan.goals) {
            const RealismResult r = judged(plan, goal);
            const auto kpi = findKpi(plan, goal.kpi);
            CAPTURE(seed);
            CAPTURE(goal.kpi);
            if (r.comfortableTarget && r.ambitiousTarget) CHECK(*r.comfortableTarget != *r.ambitiousTarget);
            const auto retry = [&](double target) {
                Plan changed = plan;
                changed.findGoal(goal.id)->target = target;
                return judged(changed, *changed.findGoal(goal.id));
            };
            if (r.comfortableTarget) {
                ++comfortable;
                if (kpi && kpi->ceiling > 0) CHECK(*r.comfortableTarget <= kpi->ceiling);
                // What is printed is the number itself: no 0.833 leads, no 466,411 followers.
                CHECK(*r.comfortableTarget == roundForDisplay(*r.comfortableTarget, kpi));
                const RealismResult again = retry(*r.comfortableTarget);
                CHECK_MESSAGE(again.verdict == Verdict::comfortable, "suggested ", *r.comfortableTarget, ": ", verdictOf(again));
            }
            if (r.ambitiousTarget) {
                ++ambitious;
                CHECK(*r.ambitiousTarget == roundForDisplay(*r.ambitiousTarget, kpi));
                const RealismResult again = retry(*r.ambitiousTarget);
                CHECK_MESSAGE((again.verdict == Verdict::comfortable || again.verdict == Verdict::ambitious),
                              "suggested ", *r.ambitiousTarget, ": ", verdictOf(again));
            }
        }
    }
    MESSAGE(comfortable << " comfortable and " << ambitious << " ambitious suggestions retried");
    CHECK(comfortable > kPlans);
}
