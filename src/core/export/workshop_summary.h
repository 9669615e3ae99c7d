#pragma once
// The workshop summary a facilitator hands out: the decisions (the voting result, the top
// tactics by the matrix, the goals made SMART), every goal with its KPI and baseline -> target by
// its deadline, the owners, and the tasks with owners and dates. Built once as translated text
// (texts: assets/i18n/<language>/summary.json), then written as Markdown or as a printable page
// (summary_pages.h).
#include <string>
#include <vector>

#include "core/plan/date.h"
#include "core/plan/plan.h"
#include "core/text/i18n.h"

namespace waymark {

// How many tactics the summary names as the matrix's top.
inline constexpr size_t kSummaryTopTactics = 5;

struct SummaryVote {
    std::string title;
    int votes = 0;
    std::string votesText;  // "5 votes"
};

struct SummaryGoal {
    std::string title;
    std::string objective;  // the objective it serves; empty = none
    std::string kpi;        // empty = no KPI yet
    std::string numbers;    // "1200 → 1440 by 2027-03-31"; empty when neither is set
    std::string owners;     // who owns its tasks, as a list; empty = nobody
    bool smart = false;
};

struct SummaryTask {
    std::string title, tactic, owners, due;  // owners and due already say "no owner" / "no date"
};

struct WorkshopSummary {
    std::string title;   // "Workshop summary: <plan>"
    std::string asOf;    // "As of 2026-11-30"
    std::string votingHeading;   // "Dot voting on tactics, 4 participants"; empty = no round
    std::string votingNote;      // why no result is shown (not revealed, no votes); empty when shown
    std::vector<SummaryVote> votes;  // items with votes, most first
    std::vector<std::string> topTactics;   // best first, with quadrant and scores
    std::vector<std::string> smartGoals;   // titles of the goals that pass the SMART review
    std::vector<SummaryGoal> goals;
    std::vector<std::string> owners;       // "Brian: 3 tasks"
    std::vector<SummaryTask> tasks;        // by first due date, undated last
};

// The summary of the plan as of `today`, in strings' language. A goal is "made SMART" when it has
// a KPI, a baseline, a target and a deadline and the review finds no error in it.
WorkshopSummary buildWorkshopSummary(const Plan& plan, const Strings& strings, Date today);

}  // namespace waymark
