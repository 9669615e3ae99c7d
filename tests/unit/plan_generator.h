#pragma once
// A seeded generator of varied plans for property tests: every kind of business, phase, budget
// and currency; goals on every catalog KPI and on custom KPIs of every family, with totals,
// per-period counts, lines to hold, ratings behind averages, cost goals that price results,
// audiences on the same and other channels, short campaigns up to a dated event, and check-ins
// that rise, fall or swing. The same
// seed always gives the same plans, so a failure names the seed that shows it.
#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "core/method/catalog.h"
#include "core/plan/plan.h"

namespace waymark::testing {

class PlanGenerator {
public:
    explicit PlanGenerator(unsigned seed) : rng_(seed) {}

    // A plan of 1..maxGoals goals, today being `today` (check-ins are dated on or before it).
    Plan plan(Date today, int maxGoals = 8) {
        Plan p;
        p.id = "generated";
        p.name = "Generated plan";
        p.context.business = pick<Business>({Business::local, Business::ecommerce, Business::b2b, Business::consulting,
                                             Business::nonprofit, Business::personal, Business::agency, Business::other});
        p.context.phase = pick<Phase>({Phase::starting, Phase::growing, Phase::established});
        p.context.teamSize = uniformInt(1, 12);
        p.context.currency = pick<std::string>({"EUR", "USD", "GBP", "IDR", "CHF", ""});
        if (chance(0.6)) p.context.monthlyBudget = budgetIn(p.context.currency);
        p.context.channels = {"instagram", "linkedin"};
        p.objectives.push_back({"o1", "Grow revenue from new customers", ObjectiveKind::business, {}, today.plusMonths(9)});
        p.objectives.push_back({"o2", "Be known in the region", ObjectiveKind::marketing, {}, today.plusMonths(12)});
        // A dated event soon (not a month's last day), so short campaigns up to it occur too.
        Date eventDay = today.plusDays(uniformInt(20, 90));
        if (eventDay.plusDays(1).day == 1) eventDay = eventDay.plusDays(-1);
        p.objectives.push_back({"o3", "Fill the start line on race day", ObjectiveKind::business, {}, eventDay});
        p.customKpis = customKpis();
        const int goals = uniformInt(1, maxGoals);
        for (int i = 0; i < goals; ++i) p.goals.push_back(goal(p, "g" + std::to_string(i + 1), today));
        for (const Goal& g : p.goals) addCheckins(p, g, today);
        return p;
    }

    // One more goal for a plan: any KPI, any channel, possibly one that informs other goals
    // (an audience, a cost, a review count).
    Goal goal(const Plan& p, const std::string& id, Date today) {
        Goal g;
        g.id = id;
        g.objectiveId = chance(0.5) ? "o1" : "o2";
        g.title = "Goal " + id;
        g.kpi = kpiId(p);
        g.channel = pick<std::string>({"instagram", "linkedin", "tiktok", ""});
        const Kpi kpi = kpiOf(p, g.kpi);
        g.category = "leads";
        g.dataSource = "analytics";
        g.start = today.plusDays(-uniformInt(0, 120));
        g.deadline = g.start->plusDays(uniformInt(10, 540));
        // Now and then a campaign that ends with the event it builds up to.
        if (const Objective* event = p.findObjective("o3"); event && event->due && chance(0.15)) {
            g.objectiveId = event->id;
            g.deadline = std::max(g.start->plusDays(10), event->due->plusDays(-uniformInt(0, 14)));
        }
        if (chance(0.15)) g.measuredAs = pick<MeasuredAs>({MeasuredAs::total, MeasuredAs::per_week, MeasuredAs::per_month,
                                                           MeasuredAs::per_quarter, MeasuredAs::vs_same_period});
        if (chance(0.2)) g.budget = budgetIn(p.context.currency) * uniform(0.5, 6);
        const double base = baselineFor(kpi);
        g.baseline = chance(0.08) ? 0.0 : base;
        const bool upward = kpi.higherIsBetter;
        double factor = std::exp(uniform(0.0, chance(0.3) ? 3.5 : 1.0));
        if (chance(0.1)) factor = 1 / factor;  // a target on the wrong side now and then
        double target = upward ? std::max(*g.baseline, 1.0) * factor : *g.baseline / factor;
        if (kpi.family == KpiFamily::net_score) target = *g.baseline + uniform(-5, 40);
        if (kpi.ceiling > 0) target = std::min(target, kpi.ceiling * (chance(0.1) ? 1.05 : 1.0));
        g.target = roundTo(target, kpi);
        if (chance(0.15)) {
            g.targetType = upward ? TargetType::stay_above : TargetType::stay_below;
            g.target = roundTo(*g.baseline * (upward ? uniform(0.7, 1.02) : uniform(0.98, 1.4)), kpi);
        }
        if (kpi.family == KpiFamily::score && chance(0.5)) g.ratingsCount = std::round(std::exp(uniform(1, 7)));
        if (chance(0.1)) g.checkinEveryDays = pick<int>({7, 14, 30});
        return g;
    }

    // Check-ins for a goal: none, or 2..6 that rise, fall or swing around the baseline.
    void addCheckins(Plan& p, const Goal& g, Date today) {
        if (!g.baseline || !g.start || chance(0.45)) return;
        const int count = uniformInt(2, 6);
        const double drift = uniform(-0.12, 0.2);
        double value = std::max(*g.baseline, 0.0);
        Date day = *g.start;
        for (int i = 0; i < count; ++i) {
            day = day.plusDays(uniformInt(10, 40));
            if (day > today) break;
            value = std::max(0.0, value * (1 + drift + uniform(-0.05, 0.05)));
            const Kpi kpi = kpiOf(p, g.kpi);
            if (kpi.ceiling > 0) value = std::min(value, kpi.ceiling);
            p.checkins.push_back({g.id, day, roundTo(value, kpi), std::nullopt, ""});
        }
    }

    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng_); }
    int uniformInt(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
    bool chance(double p) { return uniform(0, 1) < p; }
    template <class T> T pick(std::initializer_list<T> items) {
        return *(items.begin() + uniformInt(0, static_cast<int>(items.size()) - 1));
    }

private:
    static std::vector<CustomKpi> customKpis() {
        return {{"c-members", "Paying members", "count", true, true, false, CustomFamily::members},
                {"c-attendees", "Guests per evening", "count", true, true, false, CustomFamily::attendance},
                {"c-signups", "Course sign-ups", "count", true, true, false, CustomFamily::conversions},
                {"c-revenue", "Shop revenue", "currency", true, true, false, CustomFamily::money},
                {"c-share", "Share of repeat guests", "percent", true, true, false, std::nullopt},
                {"c-wait", "Waiting time", "minutes", false, true, false, CustomFamily::duration}};
    }

    std::string kpiId(const Plan& p) {
        // A fixed share of goals on KPIs that inform others, so related evidence appears often.
        if (chance(0.12)) return pick<std::string>({"followers", "subscribers", "email_list_size"});
        if (chance(0.06)) return pick<std::string>({"cost_per_lead", "cost_per_acquisition", "cost_per_install"});
        if (chance(0.06)) return pick<std::string>({"review_count", "average_rating"});
        if (chance(0.1)) return p.customKpis[static_cast<size_t>(uniformInt(0, static_cast<int>(p.customKpis.size()) - 1))].id;
        const auto all = catalogKpis();
        return std::string(all[static_cast<size_t>(uniformInt(0, static_cast<int>(all.size()) - 1))].id);
    }

    static Kpi kpiOf(const Plan& p, const std::string& id) { return findKpi(p, id).value_or(Kpi{}); }

    double baselineFor(const Kpi& kpi) {
        switch (kpi.unit) {
            case KpiUnit::percent: return std::round(uniform(0.5, kpi.ceiling > 0 ? 95 : 60) * 10) / 10;
            case KpiUnit::score:
                if (kpi.ceiling == 5) return std::round(uniform(3.0, 4.95) * 10) / 10;
                return std::round(uniform(kpi.family == KpiFamily::net_score ? -40 : 30, 80));
            case KpiUnit::currency: return std::round(std::exp(uniform(0, 11)));
            case KpiUnit::minutes:
            case KpiUnit::hours: return std::round(uniform(5, 600));
            case KpiUnit::ratio: return std::round(uniform(0.5, 8) * 10) / 10;
            case KpiUnit::count: break;
        }
        if (kpi.family == KpiFamily::cadence) return uniformInt(0, 10);
        return std::round(std::exp(uniform(0, 13)));
    }

    static double roundTo(double v, const Kpi& kpi) {
        if (kpi.unit == KpiUnit::count) return std::round(v);
        return std::round(v * 10) / 10;
    }

    double budgetIn(const std::string& currency) {
        const double eur = std::exp(uniform(std::log(30.0), std::log(30000.0)));
        return std::round(currency == "IDR" ? eur * 17500 : eur);
    }

    std::mt19937 rng_;
};

}  // namespace waymark::testing
