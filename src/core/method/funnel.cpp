#include "core/method/funnel.h"

#include <algorithm>
#include <cmath>

#include "core/method/catalog.h"
#include "core/method/funnel_measure.h"
#include "core/text/number_format.h"

namespace waymark {

namespace {

// Months a per-period number spans.
double periodMonths(NumberPeriod per) {
    switch (per) {
        case NumberPeriod::month: return 1;
        case NumberPeriod::quarter: return 3;
        case NumberPeriod::year: return 12;
        case NumberPeriod::total: break;
    }
    return 0;
}

void block(Funnel& f, std::string code, TextArgs args = {}) { f.issues.push_back({std::move(code), true, std::move(args)}); }
void note(Funnel& f, std::string code, TextArgs args = {}) { f.issues.push_back({std::move(code), false, std::move(args)}); }


// The objective's own goals, measured ones only (soft goals are judged by the team).
std::vector<const Goal*> goalsUnder(const Plan& plan, const Objective& o) {
    std::vector<const Goal*> out;
    for (const Goal& g : plan.goals)
        if (!g.soft && g.objectiveId == o.id) out.push_back(&g);
    return out;
}

// Where a goal stands today: its latest check-in on or before today, else its baseline.
std::optional<double> standing(const Plan& plan, const Goal& goal, Date today) {
    std::optional<Date> latest;
    std::optional<double> value = goal.baseline;
    for (const Checkin& c : plan.checkins)
        if (c.goalId == goal.id && c.date <= today && std::isfinite(c.value) && (!latest || *latest <= c.date))
            latest = c.date, value = c.value;
    if (!value || !std::isfinite(*value) || *value < 0) return std::nullopt;
    return value;
}

// A number the business stands at (monthly recurring revenue, paying members) rather than one it
// earns anew every period: a goal under the objective aims at that very number as a level, not a
// count per period. Its KPI is a members KPI for a customers number, or a money KPI of the team's
// own for revenue (the catalog's money KPIs count revenue per period, so they never are a level).
// Social media then brings the growth from where that goal stands, not the whole number again.
struct StandingLevel {
    const Goal* goal = nullptr;
    double value = 0;
};

std::optional<StandingLevel> standingLevel(const Plan& plan, const Objective& o, Date today) {
    const KpiLookup kpis(plan);
    for (const Goal* g : goalsUnder(plan, o)) {
        const auto kpi = kpis.find(g->kpi);
        if (!kpi || g->measuredAs || !g->target || !std::isfinite(*g->target) || holdsALine(*g)) continue;
        const bool level = o.number->metric == BusinessMetric::customers ? kpi->family == KpiFamily::members
                                                                         : kpi->custom && kpi->family == KpiFamily::money;
        // The same number: written by the same team, it differs by rounding at most.
        if (!level || std::abs(*g->target - o.number->value) > 0.005 * o.number->value) continue;
        if (const auto value = standing(plan, *g, today)) return StandingLevel{g, *value};
    }
    return std::nullopt;
}

// When the customers stop coming: the number's due date, unless every goal under the objective
// that counts the stage right above the customers (applications, enquiries, sign-ups) ends
// earlier and after today. Then the window closes there: applications close, enrolment ends,
// and what is won after that no longer counts.
Date windowEnd(const Plan& plan, const Objective& o, const std::vector<FunnelStageId>& stages, Date due, Date today) {
    size_t customer = stages.size();
    for (size_t i = 0; i < stages.size(); ++i)
        if (isCustomerStage(stages[i])) customer = i;
    if (customer == 0 || customer == stages.size()) return due;
    const auto kpis = stageKpis(stages[customer - 1]);
    std::optional<Date> last;
    for (const Goal* g : goalsUnder(plan, o)) {
        if (std::find(kpis.begin(), kpis.end(), g->kpi) == kpis.end()) continue;
        if (!g->deadline || *g->deadline >= due) return due;
        last = std::max(last.value_or(*g->deadline), *g->deadline);
    }
    return last && *last > today ? *last : due;
}

// The business number per month, or a blocking issue. A total is spread over the months until
// the window closes; a level the business stands at over the months until it is due.
std::optional<double> perMonth(Funnel& f, const Plan& plan, const Objective& o, const std::vector<FunnelStageId>& stages,
                               Date today) {
    const BusinessNumber& n = *o.number;
    const auto level = standingLevel(plan, o, today);
    if (n.per != NumberPeriod::total && !level) return n.value / periodMonths(n.per);
    const std::string levelGoal = !level ? "" : level->goal->title.empty() ? level->goal->id : level->goal->title;
    // A level without a date has no months to spread its growth over; read as new sales every
    // period, it would ask for the whole level again each month.
    if (!o.due && level)
        return block(f, "level_no_due_date", {{"goal", levelGoal}, {"number_number", formatNumber(n.value)}}), std::nullopt;
    if (!o.due) return block(f, "no_due_date"), std::nullopt;
    if (*o.due <= today) return block(f, "due_passed", {{"due_date", o.due->str()}, {"today_date", today.str()}}), std::nullopt;
    if (level) {
        if (level->value >= n.value)
            return block(f, "level_reached", {{"goal", levelGoal}, {"value_number", formatNumber(level->value)}}), std::nullopt;
        note(f, "level", {{"goal", levelGoal}, {"value_number", formatNumber(level->value)},
                          {"number_number", formatNumber(n.value)}, {"due_date", o.due->str()}});
        return (n.value - level->value) / monthsBetween(today, *o.due);
    }
    const Date end = windowEnd(plan, o, stages, *o.due, today);
    if (end < *o.due) {
        f.windowEnd = end;
        note(f, "window", {{"end_date", end.str()}, {"due_date", o.due->str()}});
    }
    return n.value / monthsBetween(today, end);
}

// How many of the shape's stages a number of this metric needs: a customers number stops at the
// customer stage, a revenue number goes on to revenue.
size_t stagesFor(const FunnelShape& shape, BusinessMetric metric) {
    size_t count = shape.stages.size();
    if (metric == BusinessMetric::customers)
        while (count > 1 && !isCustomerStage(shape.stages[count - 1])) --count;
    return count;
}

// Works each stage's need back from the last one; a zero rate leaves everything above it unknown.
void workBack(Funnel& f) {
    f.stages.back().required = f.socialPerMonth;
    for (size_t i = f.rates.size(); i-- > 0;) {
        const FunnelRate& r = f.rates[i];
        const auto& below = f.stages[i + 1].required;
        if (!below) continue;
        if (r.value <= 0) {
            note(f, "zero_rate", {{"rate_key", stepNameKey(r)}, {"stage_key", stageNameKey(f.stages[i].id)}});
            continue;
        }
        // Divided as x * 100 / rate, not x / (rate / 100): 7 orders at 7% stay exactly 100 visits, not 100.00000000000001.
        f.stages[i].required = isMoneyRate(r.id) ? *below / r.value : *below * 100 / r.value;
    }
}

// The stage with the largest gap, and the cheapest lever: raising any rate after a stage lowers
// what the stage needs. A measured rate below its business kind's starting value has the most
// room to grow; without one, the step right after the stage, which turns what the team already
// has there into the next stage without buying more reach. Rates the team set or assumed are
// taken at their word (a small deal value may be the business, not a weakness).
// Equal gaps (every rate measured in the same month shows the same gap at every stage) go to the
// stage nearest the business number, where the shortfall is counted.
void findBottleneck(Funnel& f) {
    for (size_t i = 0; i < f.stages.size(); ++i) {
        FunnelStage& s = f.stages[i];
        if (s.required && s.current && *s.current > 0) s.timesToday = *s.required / *s.current;
        if (s.timesToday && (!f.bottleneck || *s.timesToday >= f.bottleneck->timesToday * (1 - 1e-9)))
            f.bottleneck = Bottleneck{i, *s.timesToday, std::nullopt};
    }
    if (!f.bottleneck) {
        note(f, "nothing_measured");
        return;
    }
    double lowest = HUGE_VAL;
    for (size_t r = f.bottleneck->stage; r < f.rates.size(); ++r) {
        const FunnelRate& rate = f.rates[r];
        if (rate.value <= 0 || rate.starting <= 0) continue;
        const double standing = rate.source == RateSource::measured ? rate.value / rate.starting : 1;
        if (standing < lowest - 1e-9) lowest = standing, f.bottleneck->lever = r;
    }
}

void findSensitivity(Funnel& f) {
    const auto& top = f.stages.front().required;
    if (!top || *top <= 0) return;
    for (size_t i = 0; i < f.rates.size(); ++i) {
        const FunnelRate& r = f.rates[i];
        const double to = isMoneyRate(r.id) ? r.value * kSensitivityStep : std::min(100.0, r.value * kSensitivityStep);
        if (r.value <= 0 || to <= r.value) continue;
        const double after = *top * r.value / to;
        f.sensitivity.push_back({i, r.value, to, *top, after, 1 - after / *top});
    }
}

}  // namespace

bool Funnel::blocked() const {
    return std::any_of(issues.begin(), issues.end(), [](const FunnelIssue& i) { return i.blocking; });
}

Funnel workFunnel(const Plan& plan, const std::string& objectiveId, Date today) {
    Funnel f;
    f.objectiveId = objectiveId;
    const Objective* objective = plan.findObjective(objectiveId);
    if (!objective) return block(f, "no_objective", {{"id", objectiveId}}), f;
    const FunnelAssumptions& team = objective->funnel;
    if (!team.shape && !plan.context.business) note(f, "no_business_kind");
    f.shape = team.shape.value_or(plan.context.business.value_or(Business::other));
    // A plan that measures app installs sells through an app store: installs sit between the
    // visit and the paying customer, and the visit's conversion gives way to those two steps.
    const PlanMeasurements measured(plan, today);
    FunnelShape shape = funnelShape(f.shape);
    if (measured.stage(FunnelStageId::installs).value) {
        shape = withInstalls(shape);
        if (shape.stages.size() != funnelShape(f.shape).stages.size()) note(f, "installs");
    }
    f.socialShare = team.socialShare.value_or(shape.socialShare);
    f.socialShareSource = team.socialShare ? RateSource::team : RateSource::starting;
    if (!objective->number) return block(f, "no_number", {{"objective", objective->title}}), f;
    f.metric = objective->number->metric;
    // The plan reader refuses these; an editor's plan in memory may still hold them.
    if (!std::isfinite(objective->number->value) || objective->number->value < 0)
        return block(f, "invalid_number", {{"value_number", formatNumber(objective->number->value)}}), f;
    if (!std::isfinite(f.socialShare) || f.socialShare < 0 || f.socialShare > 100)
        return block(f, "invalid_share", {{"value_number", formatNumber(f.socialShare)}}), f;
    const size_t stageCount = stagesFor(shape, f.metric);
    const std::vector<FunnelStageId> stages(shape.stages.begin(), shape.stages.begin() + static_cast<long>(stageCount));
    const auto monthly = perMonth(f, plan, *objective, stages, today);
    if (!monthly) return f;
    f.numberPerMonth = *monthly;
    if (f.numberPerMonth <= 0) return block(f, "zero_number"), f;
    if (f.socialShare <= 0) return block(f, "zero_share"), f;
    f.socialPerMonth = f.numberPerMonth * f.socialShare / 100;

    for (size_t i = 0; i < stageCount; ++i) {
        StageReading reading = measured.stage(shape.stages[i]);
        f.stages.push_back({shape.stages[i], reading.kpi, std::nullopt, reading.value, reading.source,
                            std::move(reading.goals), {}});
    }
    for (size_t i = 0; i + 1 < stageCount; ++i) {
        FunnelRate r{shape.rates[i], shape.stages[i], shape.stages[i + 1], shape.startingRates[i], RateSource::starting,
                     measured.rate(shape.rates[i], shape.stages[i], shape.stages[i + 1]), shape.startingRates[i]};
        if (r.measured) r.value = *r.measured, r.source = RateSource::measured;
        if (const auto own = teamRate(team.rates, r.id)) {
            if (std::isfinite(*own) && *own >= 0 && (isMoneyRate(r.id) || *own <= 100))
                r.value = *own, r.source = RateSource::team;
            else
                note(f, "invalid_rate", {{"rate_key", stepNameKey(r)}, {"value_number", formatNumber(*own)}});
        }
        f.rates.push_back(r);
    }
    workBack(f);
    findBottleneck(f);
    findSensitivity(f);
    return f;
}

}  // namespace waymark
