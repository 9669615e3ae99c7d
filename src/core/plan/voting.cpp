#include "core/plan/voting.h"
#include "core/text/plain_text.h"

#include <algorithm>
#include <unordered_set>

namespace waymark {

namespace {
// The participant whose turn it is, while dots can be placed; else nullptr.
Voter* currentVoter(std::optional<VotingRound>& round) {
    if (!round || round->revealed) return nullptr;
    if (round->turn < 0 || round->turn >= static_cast<int>(round->participants.size())) return nullptr;
    return &round->participants[static_cast<size_t>(round->turn)];
}

bool isVotable(const Plan& plan, VoteSubject subject, const std::string& id) {
    return subject == VoteSubject::tactics ? plan.findTactic(id) != nullptr : plan.findGoal(id) != nullptr;
}
}  // namespace

bool applyVoting(const Plan&, std::optional<VotingRound>& round, const StartVoting& e) {
    const int count = static_cast<int>(e.names.size());
    if (count < 1 || count > kMaxParticipants) return false;
    if (e.votesPerParticipant < 1 || e.votesPerParticipant > kMaxVotesPerParticipant) return false;
    VotingRound next;
    next.subject = e.subject;
    next.votesPerParticipant = e.votesPerParticipant;
    for (const std::string& name : e.names)
        next.participants.push_back({trimmed(name), {}, "p" + std::to_string(next.participants.size() + 1)});
    if (round == next) return false;
    round = std::move(next);
    return true;
}

bool applyVoting(const Plan& plan, std::optional<VotingRound>& round, const PlaceDot& e) {
    Voter* voter = currentVoter(round);
    if (!voter || votesLeft(*round, *voter) <= 0 || !isVotable(plan, round->subject, e.itemId)) return false;
    voter->dots.push_back(e.itemId);
    return true;
}

bool applyVoting(const Plan&, std::optional<VotingRound>& round, const RemoveDot& e) {
    Voter* voter = currentVoter(round);
    if (!voter) return false;
    // The last dot placed on the item goes, so the others keep their order.
    const auto at = std::find(voter->dots.rbegin(), voter->dots.rend(), e.itemId);
    if (at == voter->dots.rend()) return false;
    voter->dots.erase(std::next(at).base());
    return true;
}

bool applyVoting(const Plan&, std::optional<VotingRound>& round, const NextVoter&) {
    if (!currentVoter(round)) return false;
    ++round->turn;
    return true;
}

bool applyVoting(const Plan&, std::optional<VotingRound>& round, const RevealVotes&) {
    if (!round || round->revealed) return false;
    round->revealed = true;
    return true;
}

bool applyVoting(const Plan&, std::optional<VotingRound>& round, const ReopenVoting&) {
    if (!round || (!round->revealed && round->turn == 0)) return false;
    round->revealed = false;
    round->turn = 0;
    return true;
}

bool applyVoting(const Plan&, std::optional<VotingRound>& round, const ClearVoting&) {
    if (!round) return false;
    round.reset();
    return true;
}

int dotsOn(const Voter& voter, const std::string& itemId) {
    return static_cast<int>(std::count(voter.dots.begin(), voter.dots.end(), itemId));
}

int votesLeft(const VotingRound& round, const Voter& voter) {
    return std::max(0, round.votesPerParticipant - static_cast<int>(voter.dots.size()));
}

std::vector<std::string> votableItems(const Plan& plan, VoteSubject subject) {
    std::vector<std::string> ids;
    if (subject == VoteSubject::tactics)
        for (const Tactic& t : plan.tactics) ids.push_back(t.id);
    else
        for (const Goal& g : plan.goals) ids.push_back(g.id);
    return ids;
}

std::vector<VoteTotal> voteTotals(const Plan& plan) {
    std::vector<VoteTotal> totals;
    if (!plan.voting) return totals;
    for (const std::string& id : votableItems(plan, plan.voting->subject)) {
        int votes = 0;
        for (const Voter& v : plan.voting->participants) votes += dotsOn(v, id);
        totals.push_back({id, votes});
    }
    std::stable_sort(totals.begin(), totals.end(), [](const VoteTotal& a, const VoteTotal& b) { return a.votes > b.votes; });
    return totals;
}

int valueFromVotes(int votes, int top) {
    // round(5 * votes / top) with halves up, in whole numbers: floor((10 * votes + top) / (2 * top)).
    return std::clamp((10 * votes + top) / (2 * top), 1, 5);
}

std::vector<ValueChange> voteValueChanges(const Plan& plan) {
    std::vector<ValueChange> changes;
    if (!plan.voting || plan.voting->subject != VoteSubject::tactics || !plan.voting->revealed) return changes;
    const std::vector<VoteTotal> totals = voteTotals(plan);
    const int top = totals.empty() ? 0 : totals.front().votes;
    for (const VoteTotal& t : totals) {
        if (t.votes <= 0) break;
        changes.push_back({t.itemId, t.votes, plan.findTactic(t.itemId)->value, valueFromVotes(t.votes, top)});
    }
    return changes;
}

}  // namespace waymark
