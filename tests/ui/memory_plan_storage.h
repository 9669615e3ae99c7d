#pragma once
// An in-memory PlanStorage that behaves as web/shell/storage.js does: one record per plan with an
// integer revision, a save refused as a conflict when another tab saved since this tab read or
// wrote, an unchanged plan not written again, and failures on demand (full, blocked, a newer
// build's data, a torn write) that leave the stored record as it was. Saves happen when the test
// says (flush), as the browser's would a moment later.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/app.h"
#include "core/text/i18n.h"
#include "platform/plan_storage.h"

namespace waymark::test {

class MemoryPlanStorage final : public platform::PlanStorage {
public:
    struct Record {
        int rev = 0;
        std::string text;
    };
    std::map<std::string, Record> records;    // what is stored, by plan id
    std::vector<std::string> changes;         // the ids planChanged() was called with, in order
    std::vector<std::string> typing;          // the ids typingChanged() was called with, in order
    int writes = 0;                           // records written (an unchanged plan is not)
    App* app = nullptr;                       // where reports go

    void planChanged(const std::string& planId) override {
        changes.push_back(planId);
        pending_ = planId;
    }
    void reloadStored(const std::string& planId) override { reloads_.push_back(planId); }
    // What the app said of the stored plan it could not open at start, in order.
    std::vector<std::pair<platform::StoredRefusal, std::string>> refusals;
    void storedPlanRefused(platform::StoredRefusal refusal, const std::string& reasonText) override {
        refusals.emplace_back(refusal, reasonText);
    }
    void typingChanged(const std::string& planId) override { typing.push_back(planId); }

    // A plan stored before this tab read it (as at start-up).
    void seed(const std::string& id, const std::string& text) {
        records[id] = {1, text};
        revs_[id] = 1;
    }
    // Another tab saves plan id: its record moves on a revision; this tab's next save of it is a conflict.
    void otherTabSaves(const std::string& id, const std::string& text) {
        Record& r = records[id];
        r = {r.rev + 1, text};
        ++writes;
    }
    // Every save from now on fails this way (quota, blocked, newer; failed is a torn write),
    // leaving the stored records as they are; StorageProblem::none lets saves work again.
    void failWith(platform::StorageProblem problem) { failure_ = problem; }
    bool pending() const { return pending_.has_value(); }

    // Does what the browser would have done by now: answers reloads, then saves the changed plan
    // (read through the app's export) and reports the outcome to the app.
    void flush() {
        for (const std::string& id : std::exchange(reloads_, {})) {
            const auto it = records.find(id);
            if (it == records.end()) continue;
            revs_[id] = it->second.rev;
            app->storedPlanRead(it->second.text);
        }
        if (!pending_) return;
        const std::string id = *std::exchange(pending_, std::nullopt);
        app->storageResult(save(id, app->exportPlan()));
    }

private:
    platform::SaveReport save(const std::string& id, const std::string& text) {
        using P = platform::StorageProblem;
        if (failure_ != P::none) return {failure_, problemText(failure_)};
        const auto it = records.find(id);
        const int stored = it == records.end() ? 0 : it->second.rev;
        const int base = revs_.count(id) ? revs_[id] : 0;
        if (stored != base) return {P::conflict, problemText(P::conflict)};
        if (it != records.end() && it->second.text == text) return {};
        records[id] = {stored + 1, text};
        revs_[id] = stored + 1;
        ++writes;
        return {};
    }
    // The shell's plain words for each problem (assets/i18n/en/shell.json).
    std::string problemText(platform::StorageProblem problem) const {
        using P = platform::StorageProblem;
        switch (problem) {
            case P::quota: return tr_("shell.storage_full");
            case P::blocked: return tr_("shell.storage_unavailable", {{"error", "SecurityError"}});
            case P::conflict: return tr_("shell.storage_conflict");
            case P::newer: return tr_("shell.storage_newer_version");
            case P::failed: return tr_("shell.storage_failed", {{"error", "the write was torn"}});
            case P::too_large: return tr_("shell.plan_too_large_to_save", {{"mb", "33.1"}, {"max", "32"}});
            case P::none: break;
        }
        return {};
    }

    Strings tr_ = Strings::load("en");
    std::optional<std::string> pending_;
    std::vector<std::string> reloads_;
    std::map<std::string, int> revs_;  // the revision this tab last read or wrote, by plan id
    platform::StorageProblem failure_ = platform::StorageProblem::none;
};

}  // namespace waymark::test
