#pragma once
// Dot voting's rules: a round on the plan's tactics or goals (Plan::voting, plan.h), dots placed
// and taken back in turn, totals revealed, and how votes become a tactic's value. The edits below
// are PlanEdit kinds (plan_edit.h), so every voting action is one undo step and is saved.
#include <optional>
#include <string>
#include <vector>

#include "core/plan/plan.h"

namespace waymark {

inline constexpr int kDefaultVotesPerParticipant = 3;
inline constexpr int kMaxVotesPerParticipant = 20;
inline constexpr int kMaxParticipants = 50;

// -- edits
// Starts a new round, replacing any round: one participant per name (an empty name is shown as
// "Participant n"). Refused without participants, above kMaxParticipants, or with votes per
// participant outside 1..kMaxVotesPerParticipant.
struct StartVoting {
    VoteSubject subject = VoteSubject::tactics;
    int votesPerParticipant = kDefaultVotesPerParticipant;
    std::vector<std::string> names;
};
// The participant whose turn it is places a dot on an item of the round's subject; refused when
// they have no votes left, after everyone is done, or once totals are revealed.
struct PlaceDot { std::string itemId; };
// The participant whose turn it is takes one of their dots off an item.
struct RemoveDot { std::string itemId; };
// The participant whose turn it is is done: the next one votes.
struct NextVoter {};
// Shows the totals.
struct RevealVotes {};
// Hides the totals again and gives the first participant the turn: everyone can change their dots.
struct ReopenVoting {};
// Removes the round with all its dots.
struct ClearVoting {};
// Sets each voted tactic's value from its votes (voteValueChanges) in one step.
struct UseVotesAsValue {};

// -- rules
// Applies a voting edit to `round` (a copy of the plan's round; empty = none), reading the plan's
// items; false when it is refused or changes nothing. UseVotesAsValue changes tactics, not the
// round: see voteValueChanges.
bool applyVoting(const Plan& plan, std::optional<VotingRound>& round, const StartVoting& e);
bool applyVoting(const Plan& plan, std::optional<VotingRound>& round, const PlaceDot& e);
bool applyVoting(const Plan& plan, std::optional<VotingRound>& round, const RemoveDot& e);
bool applyVoting(const Plan& plan, std::optional<VotingRound>& round, const NextVoter& e);
bool applyVoting(const Plan& plan, std::optional<VotingRound>& round, const RevealVotes& e);
bool applyVoting(const Plan& plan, std::optional<VotingRound>& round, const ReopenVoting& e);
bool applyVoting(const Plan& plan, std::optional<VotingRound>& round, const ClearVoting& e);

// The dots a participant placed on one item.
int dotsOn(const Voter& voter, const std::string& itemId);
// How many of their votes a participant has not placed yet.
int votesLeft(const VotingRound& round, const Voter& voter);
// The ids of the items a round of this subject votes on, in plan order.
std::vector<std::string> votableItems(const Plan& plan, VoteSubject subject);

struct VoteTotal {
    std::string itemId;
    int votes = 0;
};
// Every item of the round's subject with its votes from all participants, most votes first
// (ties in plan order); empty without a round.
std::vector<VoteTotal> voteTotals(const Plan& plan);

// The value rule: a tactic's value is its votes as a share of the top count, on 1..5:
// round(5 * votes / top), halves up, at least 1. Needs votes > 0 and top >= votes.
int valueFromVotes(int votes, int top);

struct ValueChange {
    std::string tacticId;
    int votes = 0;
    std::optional<int> from;  // the value before (unscored: not set)
    int to = 0;
};
// What "use votes as value" would set: each tactic with at least one vote, in ranking order;
// tactics without votes are left alone. Empty unless the round is on tactics and revealed.
std::vector<ValueChange> voteValueChanges(const Plan& plan);

}  // namespace waymark
