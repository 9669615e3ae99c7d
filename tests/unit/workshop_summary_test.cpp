// The workshop summary: what it decides to say, in Markdown and as a printable page.
#include <doctest/doctest.h>

#include "core/export/export_file.h"
#include "core/export/summary_pages.h"
#include "core/export/workshop_summary.h"
#include "core/plan/plan_edit.h"

using namespace waymark;

namespace {
const Date kSummaryToday{2026, 11, 30};

Plan workshopPlan() {
    Plan p;
    p.id = "p";
    p.name = "Trattoria <Lume>";
    p.objectives.push_back({"o1", "Fill the tables on weekdays", ObjectiveKind::business, std::nullopt, Date{2027, 6, 30}});
    Goal smart;
    smart.id = "g1"; smart.objectiveId = "o1"; smart.title = "Grow Instagram followers by 20%";
    smart.category = "awareness"; smart.kpi = "followers"; smart.channel = "instagram";
    smart.baseline = 1200; smart.target = 1440; smart.start = Date{2026, 12, 1}; smart.deadline = Date{2027, 2, 28};
    p.goals.push_back(smart);
    Goal vague;
    vague.id = "g2"; vague.title = "Be more present";
    p.goals.push_back(vague);
    p.tactics.push_back({"t1", "g1", "Weekly reels", 5, 2});
    p.tactics.push_back({"t2", "g1", "Giveaway", 3, 4});
    p.tactics.push_back({"t3", "g1", "Unscored idea", std::nullopt, std::nullopt});
    p.tasks.push_back({"k1", "t1", "Film the first reel", {"Brian"}, Date{2026, 12, 5}, std::nullopt});
    p.tasks.push_back({"k2", "t2", "Pick the prize", {"Brian", "Hailley"}, Date{2026, 12, 2}, std::nullopt});
    p.tasks.push_back({"k3", "t2", "Write the rules", {}, std::nullopt, std::nullopt});
    return p;
}

void vote(Plan& p) {
    applyEdit(p, StartVoting{VoteSubject::tactics, 2, {"Anna", "Ben"}});
    applyEdit(p, PlaceDot{"t2"});
    applyEdit(p, PlaceDot{"t2"});
    applyEdit(p, NextVoter{});
    applyEdit(p, PlaceDot{"t1"});
    applyEdit(p, PlaceDot{"t2"});
}
}  // namespace

TEST_CASE("workshop summary: decisions, goals, owners and tasks") {
    Plan p = workshopPlan();
    vote(p);
    const Strings en = Strings::load("en");
    // Hidden totals stay hidden in the hand-out too.
    const WorkshopSummary hidden = buildWorkshopSummary(p, en, kSummaryToday);
    CHECK(hidden.votingHeading == "Dot voting on tactics, 2 participants");
    CHECK(hidden.votingNote == "The totals have not been revealed yet.");
    CHECK(hidden.votes.empty());
    applyEdit(p, RevealVotes{});
    const WorkshopSummary s = buildWorkshopSummary(p, en, kSummaryToday);
    REQUIRE(s.votes.size() == 2);
    CHECK(s.votes[0].title == "Giveaway");
    CHECK(s.votes[0].votesText == "3 votes");
    CHECK(s.votes[1].votesText == "1 vote");
    CHECK(s.title == "Workshop summary: Trattoria <Lume>");
    // The matrix's top: scored tactics only, best first.
    REQUIRE(s.topTactics.size() == 2);
    CHECK(s.topTactics[0] == "Weekly reels — Quick win (value 5, complexity 2)");
    CHECK(s.smartGoals == std::vector<std::string>{"Grow Instagram followers by 20%"});
    REQUIRE(s.goals.size() == 2);
    CHECK(s.goals[0].numbers == "1,200 → 1,440 by 28 Feb 2027");
    CHECK(s.goals[0].objective == "Fill the tables on weekdays");
    CHECK(s.goals[0].owners == "Brian and Hailley");
    CHECK(s.goals[1].numbers.empty());
    CHECK_FALSE(s.goals[1].smart);
    CHECK(s.owners == std::vector<std::string>{"Brian: 2 tasks", "Hailley: 1 task"});
    // Tasks by date, undated last, with "no owner" said.
    REQUIRE(s.tasks.size() == 3);
    CHECK(s.tasks[0].title == "Pick the prize");
    CHECK(s.tasks[2].owners == "no owner yet");
    CHECK(s.tasks[2].due == "no date");
}

TEST_CASE("workshop summary: Markdown escapes user text and says every section") {
    Plan p = workshopPlan();
    vote(p);
    applyEdit(p, RevealVotes{});
    const Strings en = Strings::load("en");
    const std::string md = summaryMarkdown(buildWorkshopSummary(p, en, kSummaryToday), en);
    CHECK(md.rfind("# Workshop summary: Trattoria \\<Lume\\>\n", 0) == 0);
    for (const char* part : {"## Decisions", "### Dot voting on tactics, 2 participants", "1. Giveaway — 3 votes",
                             "2. Weekly reels — 1 vote", "### Top tactics by value and complexity", "### Goals made SMART",
                             "- Grow Instagram followers by 20%", "### Grow Instagram followers by 20% — SMART",
                             "- Baseline → target: 1,200 → 1,440 by 28 Feb 2027", "- Brian: 2 tasks",
                             "| Pick the prize | Giveaway | Brian and Hailley | 2 Dec 2026 |"})
        CHECK_MESSAGE(md.find(part) != std::string::npos, "missing: " << part);
    const ExportFile file = makeExport(p, ExportKind::summary_md, en, kSummaryToday);
    CHECK(file.fileName == "trattoria-lume-workshop-summary-2026-11-30.md");
    CHECK(file.text == md);
}

TEST_CASE("workshop summary: in German, with German words") {
    Plan p = workshopPlan();
    vote(p);
    applyEdit(p, RevealVotes{});
    const Strings de = Strings::load("de");
    const std::string md = summaryMarkdown(buildWorkshopSummary(p, de, kSummaryToday), de);
    CHECK(md.find("# Workshop-Protokoll: Trattoria") == 0);
    CHECK(md.find("1. Giveaway — 3 Punkte") != std::string::npos);
    CHECK(md.find("Brian: 2 Aufgaben") != std::string::npos);
    // German numbers and dates; a value that starts like a numbered list item is escaped.
    CHECK(md.find("1\\.200 → 1.440 bis 28. Feb. 2027") != std::string::npos);
}

TEST_CASE("workshop summary: the printable page is escaped, scriptless and laid out for A4 and Letter") {
    Plan p = workshopPlan();
    p.goals[1].title = "<script>alert(1)</script> & \"quotes\"";
    vote(p);
    applyEdit(p, RevealVotes{});
    const Strings en = Strings::load("en");
    const ExportFile file = makeExport(p, ExportKind::summary_print, en, kSummaryToday);
    const std::string& html = file.text;
    CHECK(file.mimeType == "text/html;charset=utf-8");
    CHECK(html.rfind("<!doctype html>\n<html lang=\"en\">", 0) == 0);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;") != std::string::npos);
    CHECK(html.find("<title>Workshop summary: Trattoria &lt;Lume&gt;</title>") != std::string::npos);
    // Margins and width that fit both paper sizes; goals kept whole.
    CHECK(html.find("@page { margin: 16mm 15mm; }") != std::string::npos);
    CHECK(html.find("max-width: 178mm") != std::string::npos);
    CHECK(html.find(".goal { break-inside: avoid;") != std::string::npos);
    // The bars are the share of the top count.
    CHECK(html.find("style=\"width:100%\"") != std::string::npos);
    CHECK(html.find("style=\"width:33%\"") != std::string::npos);
    CHECK(htmlText("a\x01<b>\n'") == "a&lt;b&gt; &#39;");
}
