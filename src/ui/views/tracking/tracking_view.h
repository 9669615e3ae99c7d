#pragma once
// The tracking view: a dashboard of every goal (status in words and colour, progress, current
// value against target, the projection at the deadline, deadline, owners), sortable by each
// column and filterable by objective, status and owner; the selected goal's chart and check-ins
// beside or below it. Derived values are worked out once per plan revision (History::state()),
// never per frame, and the table draws only the rows on screen.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/method/goal_chart.h"
#include "core/method/tracking.h"
#include "core/plan/plan.h"
#include "ui/editors/checkin_table.h"
#include "ui/kit/form.h"
#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

// One goal's line of the dashboard, as text and sort keys.
struct DashboardRow {
    size_t goal = 0;                       // index in plan.goals
    std::string id;                        // the goal's id
    std::string title, objectiveId;        // objectiveId "" = serves no objective
    Status status = Status::unmeasured;
    ProgressIssue issue = ProgressIssue::none;  // why progress cannot be measured, if it cannot
    std::optional<double> progress;        // fraction from baseline to target, when measurable
    std::optional<double> current;         // the value the status read
    std::string currentText, targetText, projectionText, deadlineText, ownersText;
    std::optional<double> projection;      // forecast at the deadline
    std::optional<Date> deadline;
    std::vector<std::string> owners;       // owners of the goal's tasks, sorted, once each
};

// The dashboard's columns, in order; each sorts its rows.
enum class DashboardColumn { goal, status, progress, current, projection, deadline, owners };

class TrackingView {
public:
    // Draws the view; `planState` is History::state() of `plan`.
    std::optional<Intent> draw(const ViewContext& ctx, const Plan& plan, std::uint64_t planState);
    // Selects a goal (its chart and check-ins show), e.g. from the goal editor.
    void select(const std::string& goalId);
    const std::string& selected() const { return selected_; }
    bool needsFrames() const { return checkins_.needsFrames(); }

    // What the dashboard shows, in its order with its filters (for the screen-reader mirror).
    std::vector<const DashboardRow*> shownRows() const;
    size_t goalCount() const { return rows_.size(); }
    // The selected goal's row and chart, when a goal is selected.
    const DashboardRow* selectedRow() const;
    const GoalChartData* selectedChart() const { return chartGoal_.empty() ? nullptr : &chart_; }
    const std::string& selectedUnit() const { return unitText_; }
    // Changes whenever what shownRows()/selectedRow() describe changes.
    std::uint64_t describedVersion() const { return describedVersion_; }

private:
    // Tracks every goal and gathers owners once per plan revision (or when today changes).
    void refresh(const Plan& plan, std::uint64_t planState, Date today, const Strings& tr);
    // Applies the filters and the sort to rows_ into order_.
    void reorder();
    void refreshChart(const Plan& plan, Date today, const Strings& tr);
    void drawFilters(const ViewContext& ctx, const Plan& plan);
    std::optional<Intent> drawTable(const ViewContext& ctx, float height);
    std::optional<Intent> drawSelected(const ViewContext& ctx, const Plan& plan, std::uint64_t planState);
    // The chart, or in words why there is none and what to do.
    std::optional<Intent> drawChart(const ViewContext& ctx, const Goal& goal, ImVec2 size);
    // "61% of the way · 449 / 480 · projection about 470 by 2026-12-01"
    std::string summary(const DashboardRow& row, const Strings& tr) const;

    std::uint64_t state_ = UINT64_MAX;
    Date today_;
    std::vector<DashboardRow> rows_;
    std::vector<std::string> owners_;      // every owner, sorted, for the owner filter
    std::vector<size_t> order_;            // rows_ indices shown, filtered and sorted
    bool orderDirty_ = true;
    DashboardColumn sortColumn_ = DashboardColumn::status;
    bool sortDescending_ = false;
    std::string filterObjective_;          // "" = all; kNoObjective = goals that serve none
    std::optional<Status> filterStatus_;
    std::string filterOwner_;              // "" = all; kNoOwner = goals whose tasks have no owner
    std::string selected_;
    std::string chartGoal_;                // the goal chart_ was worked out for
    std::uint64_t chartState_ = UINT64_MAX;
    PathShape chartShape_ = PathShape::linear;
    GoalChartData chart_;
    std::string unitText_;                 // what the selected goal's values count ("Followers (count)")
    CheckinTable checkins_;
    Form filters_;
    std::uint64_t describedVersion_ = 0;
};

}  // namespace waymark::ui
