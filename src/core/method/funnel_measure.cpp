#include "core/method/funnel_measure.h"

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {
int monthIndex(const Date& d) { return d.year * 12 + d.month - 1; }
}  // namespace

PlanMeasurements::PlanMeasurements(const Plan& plan, Date today) : plan_(plan) {
    for (const Checkin& c : plan.checkins)
        if (c.date <= today && std::isfinite(c.value)) checkins_[c.goalId].push_back(&c);
    for (auto& [id, list] : checkins_)
        std::stable_sort(list.begin(), list.end(), [](const Checkin* a, const Checkin* b) { return a->date < b->date; });
}

std::vector<const Goal*> PlanMeasurements::goalsWith(const std::string& kpi) const {
    std::vector<const Goal*> out;
    for (const Goal& g : plan_.goals)
        if (!g.soft && g.kpi == kpi) out.push_back(&g);
    return out;
}

StageReading PlanMeasurements::stage(FunnelStageId stage) const {
    for (const char* kpi : stageKpis(stage)) {
        // Per channel the goal measured most recently: a check-in beats a baseline, a later
        // check-in an earlier one; goals for different channels add up.
        struct Pick { const Goal* goal; double value; std::optional<Date> date; };
        std::map<std::string, Pick> byChannel;
        for (const Goal* g : goalsWith(kpi)) {
            const auto it = checkins_.find(g->id);
            std::optional<Pick> pick;
            if (it != checkins_.end()) pick = Pick{g, it->second.back()->value, it->second.back()->date};
            else if (g->baseline && std::isfinite(*g->baseline)) pick = Pick{g, *g->baseline, std::nullopt};
            if (!pick) continue;
            const auto [slot, added] = byChannel.emplace(g->channel, *pick);
            if (!added && pick->date && (!slot->second.date || *slot->second.date < *pick->date)) slot->second = *pick;
        }
        if (byChannel.empty()) continue;
        StageReading r{kpi, 0.0, CurrentSource::baseline, {}};
        for (const auto& [channel, pick] : byChannel) {
            *r.value += pick.value;
            if (pick.date) r.source = CurrentSource::checkin;
        }
        for (const Goal& g : plan_.goals)
            for (const auto& [channel, pick] : byChannel)
                if (pick.goal == &g) r.goals.push_back(g.id);
        return r;
    }
    return {stageKpis(stage).front(), std::nullopt, CurrentSource::none, {}};
}

std::map<int, double> PlanMeasurements::monthlySums(FunnelStageId stage) const {
    for (const char* kpi : stageKpis(stage)) {
        std::map<int, double> sums;
        for (const Goal* g : goalsWith(kpi)) {
            const auto it = checkins_.find(g->id);
            if (it == checkins_.end()) continue;
            std::map<int, double> latest;  // oldest first, so the month's last check-in wins
            for (const Checkin* c : it->second) latest[monthIndex(c->date)] = c->value;
            for (const auto& [month, value] : latest) sums[month] += value;
        }
        if (!sums.empty()) return sums;
    }
    return {};
}

std::optional<double> PlanMeasurements::rate(FunnelRateId rate, FunnelStageId from, FunnelStageId to) const {
    const bool money = isMoneyRate(rate);
    auto usable = [money](double v) { return std::isfinite(v) && v >= 0 && (money || v <= 100); };
    if (const char* kpi = rateKpi(rate)) {
        std::optional<Date> latestDate;
        std::optional<double> latest;
        for (const Goal* g : goalsWith(kpi)) {
            const auto it = checkins_.find(g->id);
            if (it == checkins_.end()) continue;
            const Checkin* c = it->second.back();
            if (usable(c->value) && (!latestDate || *latestDate < c->date)) latestDate = c->date, latest = c->value;
        }
        if (latest) return latest;
    }
    // A ratio of two stages measured in the same month, the latest such month first. A share
    // above 100% means the stages count different things (leads from other sources): skipped.
    const auto above = monthlySums(from), below = monthlySums(to);
    for (auto it = above.rbegin(); it != above.rend(); ++it) {
        const auto match = below.find(it->first);
        if (match == below.end() || it->second <= 0) continue;
        const double ratio = match->second / it->second * (money ? 1 : 100);
        if (usable(ratio)) return ratio;
    }
    return std::nullopt;
}

}  // namespace waymark
