#include <doctest/doctest.h>

#include <string>

#include "core/export/report.h"
#include "../common/plan_documents.h"

using namespace waymark;

namespace {
using waymark::test::d;
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

Plan reportPlan() {
    Plan plan;
    plan.id = "p";
    plan.name = "Pizza | Napoli";
    plan.context.business = Business::local;
    plan.context.phase = Phase::starting;
    plan.context.teamSize = 3;
    plan.context.monthlyBudget = 150;
    plan.context.currency = "EUR";
    plan.objectives.push_back({"o1", "Fill the *evening* tables", ObjectiveKind::business, std::nullopt, d("2027-03-31")});
    Goal g;
    g.id = "g1";
    g.objectiveId = "o1";
    g.title = "Reply time under 2 h";
    g.kpi = "reply_time_minutes";
    g.baseline = 120;
    g.target = 30;
    g.start = d("2026-10-01");
    g.deadline = d("2026-12-31");
    g.dataSource = "Meta Business Suite | inbox";
    g.targetHistory.push_back({d("2026-10-15"), 60, 30, "Faster"});
    plan.goals.push_back(g);
    Goal loose;
    loose.id = "g2";
    loose.title = "Give the kitchen a face";
    loose.soft = true;
    plan.goals.push_back(loose);
    plan.tactics.push_back({"t1", "g1", "Saved replies", 4, 1});
    plan.tactics.push_back({"t2", "g1", "Chatbot", 2, 5});
    Task task;
    task.id = "k1";
    task.tacticId = "t1";
    task.title = "Write 10 saved replies";
    task.owners = {"Gio"};
    task.due = d("2026-11-01");
    plan.tasks.push_back(task);
    plan.checkins.push_back({"g1", d("2026-11-15"), 150, Confidence::medium, "Weekend rush"});
    return plan;
}
}  // namespace

TEST_CASE("Markdown escaping makes user text inert") {
    CHECK(markdownText("a | b") == "a \\| b");
    CHECK(markdownText("*bold* _it_ `code` [link](x) <b>") == "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<b\\>");
    CHECK(markdownText("# heading") == "\\# heading");
    CHECK(markdownText("- item") == "\\- item");
    CHECK(markdownText("10. item") == "10\\. item");
    CHECK(markdownText("3) item") == "3\\) item");
    CHECK(markdownText("Version 2.0 - fine") == "Version 2.0 - fine");
    CHECK(markdownText("two\nlines\r\nhere") == "two lines here");
    CHECK(markdownText("back\\slash & co") == "back\\\\slash \\& co");
    CHECK(markdownText("Grüße") == "Grüße");
    CHECK(markdownText("") == "");
}

TEST_CASE("the report covers objectives, goals, tactics, tasks and check-ins") {
    const std::string md = exportReport(reportPlan(), Strings::load("en"), d("2026-11-23"));
    CHECK(md.rfind("# Pizza \\| Napoli\n", 0) == 0);
    CHECK(contains(md, "Status as of 23 Nov 2026."));
    CHECK(contains(md, "Local business · just starting on social media · team of 3 · 150 EUR paid budget a month"));
    CHECK(contains(md, "### Fill the \\*evening\\* tables (business objective)"));
    CHECK(contains(md, "Due 31 Mar 2027"));
    CHECK(contains(md, "#### Reply time under 2 h — Off track"));
    CHECK(contains(md, "| Baseline | 120 |"));
    CHECK(contains(md, "| Target | 30 (lower to the target) |"));
    CHECK(contains(md, "| Data source | Meta Business Suite \\| inbox |"));
    // Below the baseline: negative progress, said in words.
    CHECK(contains(md, "| Progress | (150 − 120) / (30 − 120) = -33% — worse than the baseline |"));
    CHECK(contains(md, "| Target changed | 15 Oct 2026: 60 → 30 (Faster) |"));
    CHECK(contains(md, "| Latest check-in | 150 on 15 Nov 2026 |"));
    // A goal with no objective is listed apart, and a soft goal is not measured by numbers.
    CHECK(contains(md, "### Goals that serve no objective yet"));
    CHECK(contains(md, "#### Give the kitchen a face — Not measured"));
    CHECK(contains(md, "| Progress | A soft goal: judged by the team, not by a number |"));
    // The review: realism in the goal's table, the relevance sentence and the findings below it.
    // The verdict comes with the evidence that decides it and its numbers (issue 24): from the
    // latest check-in (150 min) the rest of the way is a stretch.
    CHECK(contains(md, "| Realism | Ambitious: the target needs 65.5% reduction per month; accounts of this kind and size manage up to 40% "));
    CHECK(contains(md, "*To help us fill the \\*evening\\* tables, we will reply time under 2 h.*"));
    CHECK(contains(md, "| Realism | Cannot judge yet: A soft goal is judged by the team over time, not by growth bands. |"));
    // One finding per root cause: the soft goal has no proxy; its missing KPI and numbers follow.
    CHECK(contains(md, "- **Must fix:** This soft goal has no measurable sign of progress"));
    CHECK_FALSE(contains(md, "This goal has no measure yet"));
    CHECK(contains(md, "- **Worth fixing:** The goal does not say on which channel"));
    CHECK(contains(md, "| 1 | Saved replies | Reply time under 2 h | 4 | 1 | Quick win |"));
    CHECK(contains(md, "| 2 | Chatbot | Reply time under 2 h | 2 | 5 | Thankless task |"));
    CHECK(contains(md, "| Write 10 saved replies | Gio | 1 Nov 2026 |  |  | overdue |"));
    CHECK(contains(md, "| 15 Nov 2026 | Reply time under 2 h | 150 | Medium | Weekend rush |"));
}

TEST_CASE("an empty plan still reads as a report") {
    const std::string md = exportReport(Plan{}, Strings::load("en"), d("2026-11-23"));
    CHECK(md.rfind("# Untitled plan\n", 0) == 0);
    CHECK(contains(md, "## Tactics, in order of priority\n\nNone yet."));
    CHECK(contains(md, "## Check-ins\n\nNone yet."));
}

TEST_CASE("every table row has as many cells as its header") {
    Plan plan = reportPlan();
    plan.tasks[0].title = "a | b | c";
    plan.checkins[0].note = "x|y\nz";
    const std::string md = exportReport(plan, Strings::load("en"), d("2026-11-23"));
    size_t expected = 0;
    for (size_t from = 0, at; (at = md.find('\n', from)) != std::string::npos; from = at + 1) {
        const std::string line = md.substr(from, at - from);
        if (line.empty() || line[0] != '|') {
            expected = 0;
            continue;
        }
        size_t pipes = 0;
        for (size_t i = 0; i < line.size(); ++i)
            if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++pipes;
        if (expected == 0) expected = pipes;
        CHECK(pipes == expected);
    }
}

TEST_CASE("the report has a plan-level advice section and notes a target reached late") {
    Plan plan = reportPlan();
    plan.tactics.push_back({"t1", "g1", "Reply rota", 4, 2});
    plan.tasks.push_back({"k-nobody", "t1", "Set up the rota", {}, d("2026-11-01"), std::nullopt, false});
    plan.checkins.push_back({"g1", d("2027-01-10"), 25, std::nullopt, ""});
    const std::string text = exportReport(plan, Strings::load("en"), d("2027-01-20"));
    CHECK(contains(text, "## Advice on the plan as a whole"));
    CHECK(contains(text, "Tasks without an owner: 1"));
    CHECK(contains(text, "Reached on 10 Jan 2027, after the deadline"));
}

TEST_CASE("the report counts a repeating task's overdue and done dates") {
    Plan plan = reportPlan();
    Task weekly;
    weekly.id = "k-weekly";
    weekly.tacticId = plan.tasks[0].tacticId;
    weekly.title = "Post the weekend special";
    weekly.owners = {"Gio"};
    weekly.due = d("2026-11-02");
    weekly.repeat = Repeat{1, RepeatUnit::week, std::nullopt, std::nullopt};
    weekly.doneDates = {d("2026-11-02"), d("2026-11-16")};
    plan.tasks.push_back(weekly);
    const std::string md = exportReport(plan, Strings::load("en"), d("2026-11-23"));
    CHECK(contains(md, "| Post the weekend special | Gio | 2 Nov 2026 | weekly | 23 Nov 2026 | overdue, 1 date overdue, 2 dates done |"));
}
