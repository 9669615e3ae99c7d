#pragma once
// What the plan itself measures for a funnel: a stage's value today (latest check-ins, else
// baselines, of goals with the stage's KPIs) and a step's rate (the latest check-in of a goal
// with the rate's own KPI, else the ratio of two stages' check-ins in the same calendar month).
// Count KPIs are read as values per month, the way the method's check-ins record them.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/method/funnel.h"

namespace waymark {

struct StageReading {
    std::string kpi;                     // the KPI read; stageKpis' first when none is measured
    std::optional<double> value;         // summed over channels; per channel the latest measurement
    CurrentSource source = CurrentSource::none;
    std::vector<std::string> goals;      // the goals read, in plan order
};

// The plan's check-ins up to `today`, indexed once for many questions.
class PlanMeasurements {
public:
    PlanMeasurements(const Plan& plan, Date today);
    // The stage's value today from the first of its KPIs that goals measure (soft goals skipped).
    StageReading stage(FunnelStageId stage) const;
    // The rate from `from` to `to` as measured: percent (0..100), or money per customer for
    // order_value; nullopt when the plan measures neither the rate nor both stages in one month.
    std::optional<double> rate(FunnelRateId rate, FunnelStageId from, FunnelStageId to) const;

private:
    std::vector<const Goal*> goalsWith(const std::string& kpi) const;
    // Per calendar month (year * 12 + month - 1): the sum over goals of each goal's latest
    // check-in in that month, for the first of the stage's KPIs that has check-ins.
    std::map<int, double> monthlySums(FunnelStageId stage) const;

    const Plan& plan_;
    std::map<std::string, std::vector<const Checkin*>> checkins_;  // by goal id, oldest first
};

}  // namespace waymark
