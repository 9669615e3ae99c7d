#pragma once
// Dot voting on the shared screen (ViewId::voting, reached from the matrix for tactics and from
// the outline for goals; not a tab). The facilitator sets up a round; participants vote in turn,
// each seeing only their own dots; the facilitator reveals the totals, ranked with bars, and can
// use them as the tactics' value. Every action returns a voting PlanEdit (core/plan/voting.h),
// so it is one undo step and saved with the plan. Texts: assets/i18n/<language>/voting.json.
#include <optional>
#include <string>
#include <vector>

#include "core/plan/plan.h"
#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

// The "Dot voting" button that opens the view on this subject; named "voting:<subject>".
std::optional<Intent> votingEntryButton(const ViewContext& ctx, VoteSubject subject);

class VotingView {
public:
    // Shows the round when the plan has one on this subject, else the set-up of a new round on it.
    void open(const Plan& plan, VoteSubject subject);
    // Draws into the rest of the current window. Named items: "vote-subject:<tactics|goals>",
    // "vote-votes-less", "vote-votes-more", "vote-people-less", "vote-people-more", "vote-names",
    // "vote-start", "vote-back", "vote:<item id>" (an item: place a dot), "dot:<item id>:<n>" (the
    // voter's n-th dot on it: take it off), "vote-next", "vote-reveal", "vote-apply" (shows what
    // would change), "vote-apply-confirm", "vote-apply-cancel", "vote-reveal-confirm", "vote-reveal-cancel", "vote-reopen", "vote-clear", "vote-new".
    std::optional<Intent> draw(const ViewContext& ctx, const Plan& plan);
    // What the screen shows, as lines for the screen-reader mirror: while totals are hidden only
    // the current voter's dots, never the totals.
    std::vector<std::string> describe(const Plan& plan, const Strings& tr) const;

private:
    std::optional<Intent> drawSetup(const ViewContext& ctx, const Plan& plan);
    std::optional<Intent> drawVoting(const ViewContext& ctx, const Plan& plan);
    std::optional<Intent> drawResult(const ViewContext& ctx, const Plan& plan);
    // The value changes "use votes as value" would make, with Apply and Cancel.
    std::optional<Intent> drawValuePreview(const ViewContext& ctx, const Plan& plan);
    bool settingUp(const Plan& plan) const { return setup_ || !plan.voting; }

    bool setup_ = false;              // the set-up shows even though the plan has a round
    VoteSubject subject_ = VoteSubject::tactics;
    int votes_ = 3;
    int people_ = 4;
    std::string names_;               // "Anna, Ben, Chris"; empty = people_ unnamed participants
    bool confirmReveal_ = false;      // "Reveal totals" was pressed: its question opens next
    bool previewValues_ = false;      // "use votes as value" shows its changes before applying
};

// The names a set-up's text gives: split at commas and line breaks, trimmed, empties dropped;
// when none, `count` unnamed participants (shown as "Participant n").
std::vector<std::string> participantNames(const std::string& text, int count);
// A participant's name as shown: their own, else "Participant n" (n from 1).
std::string participantLabel(const VotingRound& round, size_t index, const Strings& tr);

}  // namespace waymark::ui
