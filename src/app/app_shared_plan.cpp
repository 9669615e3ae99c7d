// A plan from a share link: read by the page, checked here, offered in the app's own dialog, and
// opened as a new plan only when the user says so. "Not now" keeps the offer in a banner (and the
// link in the address bar), so it is never thrown away without a word.
#include <algorithm>

#include "app/app.h"
#include "core/method/plan_load.h"
#include "core/plan/plan_ids.h"
#include "core/plan/plan_json.h"
#include "core/plan/shared_plan_limits.h"

namespace waymark {

namespace {
// What a link cut short or garbled in a chat app gives: not a file that is wrong in a way worth
// naming, but an incomplete link.
bool unreadableText(const LoadError& error) {
    static constexpr const char* kCodes[] = {"json_syntax", "json_unreadable", "json_nul", "not_utf8", "utf16"};
    return std::any_of(std::begin(kCodes), std::end(kCodes), [&](const char* c) { return error.code == c; });
}
}  // namespace

void App::sharedPlanRead(const std::string& planText, platform::SharedLinkRead how) {
    sharedPlan_.reset();
    sharedPlanPutOff_ = false;
    mirrorDirty_ = true;
    framesAfterChange_ = kFramesAfterChange;  // a banner comes
    // A refusal is said even when an earlier notice had the same words: the user followed a link again.
    const auto refuse = [&](std::string message) {
        notice_ = std::move(message);
        noticeIsError_ = true;
        mirroredNotice_.clear();
    };
    if (how == platform::SharedLinkRead::too_large) {
        refuse(tr_("share.too_large", {{"mb_number", std::to_string(kMaxPlanFileBytes / 1024 / 1024)}}));
        return;
    }
    // Counted before the plan is read: reading 100,000 goals would take seconds.
    if (const auto over = how == platform::SharedLinkRead::ok ? overSharedPlanLimits(planText) : std::nullopt) {
        refuse(tr_("share.too_many", {{"count_number", std::to_string(over->count)},
                                      {"items", tr_(std::string("share.items.") + over->items)},
                                      {"limit_number", std::to_string(over->limit)}}));
        return;
    }
    LoadResult loaded = how == platform::SharedLinkRead::ok ? loadPlanFile(planText) : LoadResult{};
    if (!loaded) {
        const bool incomplete = how == platform::SharedLinkRead::incomplete || unreadableText(loaded.error);
        refuse(incomplete ? tr_("share.incomplete") : tr_("share.not_opened", {{"error", loaded.error.text(tr_)}}));
        return;
    }
    const Plan& plan = *loaded.plan;
    sharedOffer_ = {plan.name, plan.objectives.size(), plan.goals.size(), plan.tactics.size(), plan.tasks.size(),
                    planText.size()};
    sharedPlan_ = std::move(loaded.plan);
    sharedDialog_.open();
    reader_.announce(sharedPlanLine());
}

void App::sharedPlanMayOpen(const std::vector<std::string>& takenIds) {
    if (!sharedPlan_) return;  // forgotten meanwhile
    Plan shared = std::move(*sharedPlan_);
    sharedPlan_.reset();
    sharedPlanPutOff_ = false;
    std::vector<std::string> taken = takenIds;
    taken.push_back(plan().id);
    shared.id = unusedPlanId(shared.id, taken);
    switchPlan(std::move(shared), "open", [this] {
        notice_ = tr_("share.opened", {{"name", ui::offerName(sharedOffer_, tr_)}});
        noticeIsError_ = false;
        mirrorDirty_ = true;
    });
}

void App::handleSharedPlan(const ui::SharedPlanAction& action) {
    using K = ui::SharedPlanAction::Kind;
    if (!sharedPlan_) return;
    switch (action.kind) {
        case K::open: library_.openSharedPlan(); break;  // the answer comes through sharedPlanMayOpen
        case K::later: sharedPlanPutOff_ = true; break;
        case K::forget: sharedPlan_.reset(); break;
    }
    mirrorDirty_ = true;
    framesAfterChange_ = kFramesAfterChange;  // the banner comes or goes
}

std::string App::sharedPlanLine() const {
    const std::string offer = ui::describeOffer(sharedOffer_, tr_);
    return sharedPlanPutOff_ ? tr_("share.waiting", {{"offer", offer}}) : std::string(tr_.raw("share.ask_title")) + " " + offer;
}

}  // namespace waymark
