// Dot voting: the round's rules, the value rule, the plan file and deletions (core/plan/voting.h).
#include <doctest/doctest.h>

#include "core/plan/plan_edit.h"
#include "core/plan/plan_json.h"
#include "core/plan/voting.h"
#include "../common/plan_documents.h"

using namespace waymark;

namespace {
// Three tactics under one goal, a second goal with none.
Plan plan3() {
    Plan p;
    p.id = "p";
    Goal g1, g2;
    g1.id = "g1";
    g1.title = "More bookings";
    g2.id = "g2";
    g2.title = "Known in town";
    p.goals = {g1, g2};
    p.tactics.push_back({"t1", "g1", "Reels", 2, 2});
    p.tactics.push_back({"t2", "g1", "Newsletter", std::nullopt, std::nullopt});
    p.tactics.push_back({"t3", "g1", "Giveaway", 4, 1});
    return p;
}

bool apply(Plan& p, const PlanEdit& e) { return applyEdit(p, e).changed; }

// The reader's error for a plan object (put in the file's envelope).
std::string votingError(const std::string& planJson) { return waymark::test::errorOf(waymark::test::envelope(planJson)); }
}  // namespace

TEST_CASE("voting: participants vote in turn with their own number of dots") {
    Plan p = plan3();
    REQUIRE(apply(p, StartVoting{VoteSubject::tactics, 3, {"Anna", " Ben ", ""}}));
    REQUIRE(p.voting);
    CHECK(p.voting->participants[1].name == "Ben");
    CHECK(p.voting->turn == 0);
    // Anna: two dots on one tactic, one on another, then no votes left.
    CHECK(apply(p, PlaceDot{"t1"}));
    CHECK(apply(p, PlaceDot{"t1"}));
    CHECK(apply(p, PlaceDot{"t3"}));
    CHECK_FALSE(apply(p, PlaceDot{"t2"}));
    CHECK(votesLeft(*p.voting, p.voting->participants[0]) == 0);
    // A dot taken back frees a vote; a dot never placed cannot be taken.
    CHECK(apply(p, RemoveDot{"t1"}));
    CHECK_FALSE(apply(p, RemoveDot{"t2"}));
    CHECK(dotsOn(p.voting->participants[0], "t1") == 1);
    CHECK(votesLeft(*p.voting, p.voting->participants[0]) == 1);
    // Goals are not items of a round on tactics; unknown ids neither.
    CHECK_FALSE(apply(p, PlaceDot{"g1"}));
    CHECK_FALSE(apply(p, PlaceDot{"nope"}));
    CHECK(apply(p, NextVoter{}));
    CHECK(apply(p, PlaceDot{"t2"}));  // Ben's dot
    CHECK(p.voting->participants[1].dots == std::vector<std::string>{"t2"});
    CHECK(apply(p, NextVoter{}));
    CHECK(apply(p, NextVoter{}));
    CHECK(p.voting->turn == 3);
    CHECK_FALSE(apply(p, NextVoter{}));   // everyone is done
    CHECK_FALSE(apply(p, PlaceDot{"t1"}));
}

TEST_CASE("voting: a round is refused without participants or with votes outside 1..20") {
    Plan p = plan3();
    CHECK_FALSE(apply(p, StartVoting{VoteSubject::tactics, 3, {}}));
    CHECK_FALSE(apply(p, StartVoting{VoteSubject::tactics, 0, {"A"}}));
    CHECK_FALSE(apply(p, StartVoting{VoteSubject::tactics, 21, {"A"}}));
    CHECK_FALSE(apply(p, StartVoting{VoteSubject::tactics, 3, std::vector<std::string>(51)}));
    CHECK(apply(p, StartVoting{VoteSubject::tactics, 20, std::vector<std::string>(50)}));
}

TEST_CASE("voting: totals rank by votes, ties in plan order; reveal, reopen and clear") {
    Plan p = plan3();
    apply(p, StartVoting{VoteSubject::tactics, 2, {"A", "B"}});
    apply(p, PlaceDot{"t3"});
    apply(p, PlaceDot{"t2"});
    apply(p, NextVoter{});
    apply(p, PlaceDot{"t3"});
    apply(p, PlaceDot{"t1"});
    const std::vector<VoteTotal> totals = voteTotals(p);
    REQUIRE(totals.size() == 3);
    CHECK(totals[0].itemId == "t3");
    CHECK(totals[0].votes == 2);
    CHECK(totals[1].itemId == "t1");  // t1 and t2 tie at 1: plan order
    CHECK(totals[2].itemId == "t2");
    CHECK(apply(p, RevealVotes{}));
    CHECK_FALSE(apply(p, RevealVotes{}));
    CHECK_FALSE(apply(p, PlaceDot{"t1"}));  // no voting while totals show
    CHECK(apply(p, ReopenVoting{}));
    CHECK_FALSE(p.voting->revealed);
    CHECK(p.voting->turn == 0);
    CHECK(p.voting->participants[0].dots.size() == 2);  // dots kept
    CHECK(apply(p, ClearVoting{}));
    CHECK_FALSE(p.voting);
    CHECK_FALSE(apply(p, ClearVoting{}));
}

TEST_CASE("voting: the value rule is the share of the top count on 1..5, halves up, at least 1") {
    CHECK(valueFromVotes(6, 6) == 5);
    CHECK(valueFromVotes(5, 6) == 4);  // 4.17
    CHECK(valueFromVotes(4, 6) == 3);  // 3.33
    CHECK(valueFromVotes(3, 6) == 3);  // 2.5 rounds up
    CHECK(valueFromVotes(2, 6) == 2);  // 1.67
    CHECK(valueFromVotes(1, 6) == 1);  // 0.83
    CHECK(valueFromVotes(1, 20) == 1); // 0.25: still at least 1
    CHECK(valueFromVotes(1, 1) == 5);
    CHECK(valueFromVotes(1, 2) == 3);  // 2.5 rounds up
}

TEST_CASE("voting: use votes as value changes voted tactics only, in one step") {
    Plan p = plan3();
    apply(p, StartVoting{VoteSubject::tactics, 4, {"A"}});
    for (const char* id : {"t2", "t2", "t2", "t3"}) apply(p, PlaceDot{id});
    CHECK(voteValueChanges(p).empty());  // hidden totals change nothing
    CHECK_FALSE(apply(p, UseVotesAsValue{}));
    apply(p, RevealVotes{});
    const std::vector<ValueChange> changes = voteValueChanges(p);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].tacticId == "t2");
    CHECK_FALSE(changes[0].from);  // unscored until now
    CHECK(changes[0].to == 5);
    CHECK(changes[1].tacticId == "t3");
    CHECK(changes[1].from == 4);
    CHECK(changes[1].to == 2);  // 5 * 1/3 = 1.67
    const Plan before = p;
    CHECK(apply(p, UseVotesAsValue{}));
    CHECK(p.findTactic("t1")->value == 2);  // no votes: left alone
    CHECK(p.findTactic("t2")->value == 5);
    CHECK(p.findTactic("t3")->value == 2);
    CHECK(p.findTactic("t3")->complexity == 1);
    CHECK_FALSE(apply(p, UseVotesAsValue{}));  // applied already: nothing left to change
    CHECK(editLabel(UseVotesAsValue{}).key == "history.voting.use_as_value");
    // Goals have no value: a round on goals changes none.
    Plan goals = before;
    apply(goals, StartVoting{VoteSubject::goals, 1, {"A"}});
    apply(goals, PlaceDot{"g1"});
    apply(goals, RevealVotes{});
    CHECK(voteValueChanges(goals).empty());
}

TEST_CASE("voting: deleting a voted item takes its dots, and the file stays loadable") {
    Plan p = plan3();
    apply(p, StartVoting{VoteSubject::tactics, 3, {"A", "B"}});
    apply(p, PlaceDot{"t1"});
    apply(p, PlaceDot{"t3"});
    apply(p, NextVoter{});
    apply(p, PlaceDot{"t1"});
    CHECK(apply(p, DeleteTactic{"t1"}));
    CHECK(p.voting->participants[0].dots == std::vector<std::string>{"t3"});
    CHECK(p.voting->participants[1].dots.empty());
    CHECK(parsePlanDocument(serializePlanDocument(p)).plan);
    // Deleting the goal deletes its tactics and with them the last dot.
    CHECK(apply(p, DeleteGoal{"g1"}));
    CHECK(p.voting->participants[0].dots.empty());
    // A round on goals loses the deleted goal's dots.
    Plan q = plan3();
    apply(q, StartVoting{VoteSubject::goals, 2, {"A"}});
    apply(q, PlaceDot{"g2"});
    apply(q, PlaceDot{"g1"});
    apply(q, DeleteGoal{"g2"});
    CHECK(q.voting->participants[0].dots == std::vector<std::string>{"g1"});
}

TEST_CASE("voting: a round survives the plan file, and a broken one is refused with its path") {
    Plan p = plan3();
    apply(p, StartVoting{VoteSubject::goals, 2, {"Anna", ""}});
    apply(p, PlaceDot{"g2"});
    apply(p, NextVoter{});
    const LoadResult back = parsePlanDocument(serializePlanDocument(p));
    REQUIRE(back.plan);
    CHECK(*back.plan == p);
    CHECK(serializePlanDocument(p).find(R"("subject": "goals")") != std::string::npos);

    const std::string base = R"({"id":"p","goals":[{"id":"g"}],"tactics":[{"id":"t","goalId":"g"}],"voting":)";
    CHECK(votingError(base + R"({"participants":[{}]}})") == "plan.voting.subject: missing");
    CHECK(votingError(base + R"({"subject":"tasks","participants":[{}]}})") == "plan.voting.subject: expected one of: tactics, goals");
    CHECK(votingError(base + R"({"subject":"goals","participants":[]}})") == "plan.voting.participants: must list 1 to 50 participants");
    CHECK(votingError(base + R"({"subject":"goals","participants":[{"dots":["t"]}]}})") ==
          "plan.voting.participants[0].dots[0]: no goal with id \"t\"");
    CHECK(votingError(base + R"({"subject":"tactics","participants":[{"dots":["g"]}]}})") ==
          "plan.voting.participants[0].dots[0]: no tactic with id \"g\"");
    CHECK(votingError(base + R"({"subject":"tactics","votesPerParticipant":1,"participants":[{"dots":["t","t"]}]}})") ==
          "plan.voting.participants[0].dots: more dots than votesPerParticipant");
    // A turn past the last participant reads as "everyone is done".
    const LoadResult late = parsePlanDocument(R"({"format":"waymark-plan","version":1,"plan":)" + base +
                                              R"({"subject":"tactics","turn":7,"participants":[{},{}]}}})");
    REQUIRE(late.plan);
    CHECK(late.plan->voting->turn == 2);
    CHECK(votingError(base + R"({"subject":"tactics","participants":[{"name":"A","votes":3}]}})") ==
          "plan.voting.participants[0].votes: unknown field");
    CHECK(votingError(base + R"({"subject":"tactics","votesPerParticipant":0,"participants":[{}]}})") ==
          "plan.voting.votesPerParticipant: must be between 1 and 20");
}
