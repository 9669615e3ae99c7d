#include "ui/chrome/plans_dialog.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/plan/date_text.h"
#include "core/text/number_format.h"
#include "imgui.h"
#include "platform/clock.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

// The store keeps UTC times.
std::string storedTimeText(const std::string& iso, const Strings& tr) {
    // The store writes UTC; people read their own clock's time.
    const std::string local = platform::localTimeOf(iso);
    const std::optional<Date> day = local.size() >= 16 ? Date::parse(local.substr(0, 10)) : std::nullopt;
    return day ? shownDate(tr, *day) + " " + local.substr(11, 5) : iso;
}

namespace {
// Megabytes to one decimal, as canonical number text for a "_number" argument.
std::string megabytes(double bytes) { return formatNumber(std::round(bytes / 1e5) / 10); }

LibraryAction action(LibraryAction::Kind kind, const std::string& id, std::string name = {}, int rev = 0) {
    return LibraryAction{kind, id, std::move(name), rev};
}
}  // namespace

// Why a record was set aside, in plain words: reason is the store's code ("damaged", "too_large",
// "unreadable"); detail the reader's refusal, when it was kept.
std::string PlansDialog::reasonText(const Strings& tr, const std::string& reason, const std::string& detail) {
    if (reason == "too_large") return tr("plans.reason_too_large", {{"max_number", "32"}});
    if (reason == "unreadable")
        return detail.empty() ? tr("plans.reason_unreadable") : tr("plans.reason_unreadable_detail", {{"detail", detail}});
    return tr("plans.reason_damaged");
}

std::optional<Intent> PlansDialog::downloadRecordButton(const ViewContext& ctx, const std::string& id) {
    const bool chosen = smallButton(ctx.tr.raw("plans.download_damaged"), "download-record");
    ctx.locator.noteLastItem("plan-download:" + id);
    if (chosen) return action(LibraryAction::Kind::download_record, id);
    return std::nullopt;
}

// "Delete for good" (named itemName), then in its place the question with its two answers
// ("confirm-purge", "cancel-purge"): nothing goes for good on one click.
std::optional<Intent> PlansDialog::purgeButton(const ViewContext& ctx, const std::string& itemName, const std::string& id,
                                               const std::string& shownName, LibraryAction::Kind kind) {
    const Strings& tr = ctx.tr;
    if (confirmPurge_ != itemName) {
        if (smallButton(tr.raw("plans.purge"), "purge")) {
            confirmPurge_ = itemName;
            questionShown_ = false;
        }
        ctx.locator.noteLastItem(itemName);
        return std::nullopt;
    }
    ImGui::NewLine();
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.danger);
    ImGui::TextWrapped("%s", tr("plans.purge_question", {{"name", shownName}}).c_str());
    ImGui::PopStyleColor();
    std::optional<Intent> intent;
    if (accentButton(tr.raw("plans.purge_confirm"), "confirm-purge", ctx.theme)) {
        intent = action(kind, id);
        confirmPurge_.clear();
    }
    ctx.locator.noteLastItem("confirm-purge");
    ImGui::SameLine();
    if (smallButton(tr.raw("plans.purge_cancel"), "cancel-purge")) confirmPurge_.clear();
    ctx.locator.noteLastItem("cancel-purge");
    // The question may open below the list's edge (the bin is last): it scrolls into view once.
    if (!questionShown_) ImGui::SetScrollHereY(1.0f);
    questionShown_ = true;
    return intent;
}

std::optional<Intent> PlansDialog::draw(const ViewContext& ctx, const PlansDialogState& state) {
    const Strings& tr = ctx.tr;
    if (!beginDialog(std::string(tr.raw("plans.title")) + "###plans", openRequested_, 44, 34)) return std::nullopt;
    const float em = ImGui::GetFontSize();
    std::optional<Intent> intent;
    bool opened = false;
    if (!state.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.danger);
        ImGui::TextWrapped("%s", state.error.c_str());
        ImGui::PopStyleColor();
    }
    const float footer = 4 * ImGui::GetFrameHeightWithSpacing();
    ImGui::BeginChild("list", ImVec2(0, -footer), ImGuiChildFlags_Border);
    if (!state.library) {
        ImGui::TextDisabled("%s", tr.raw("plans.loading"));
    } else {
        const platform::LibraryState& library = *state.library;
        // What cannot be opened comes first: the user may want those bytes before anything else.
        const bool anyDamaged = !library.quarantined.empty() ||
                                std::any_of(library.plans.begin(), library.plans.end(),
                                            [](const platform::StoredPlan& p) { return p.problem == "damaged"; });
        if (anyDamaged) {
            ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.danger);
            ImGui::SeparatorText(tr.raw("plans.damaged"));
            ImGui::PopStyleColor();
        }
        for (const platform::QuarantinedRecord& q : library.quarantined) {
            ImGui::PushID(q.key.c_str());
            ImGui::TextWrapped("%s", tr("plans.damaged_record", {{"id", q.planId}, {"when", storedTimeText(q.at, tr)},
                                                                  {"reason", reasonText(tr, q.reason, q.detail)}}).c_str());
            if (smallButton(tr.raw("plans.download_damaged"), "download")) intent = action(LibraryAction::Kind::download_damaged, q.key);
            ctx.locator.noteLastItem("damaged-download:" + q.key);
            ImGui::SameLine();
            if (auto i = purgeButton(ctx, "damaged-purge:" + q.key, q.key, tr("plans.damaged_name", {{"id", q.planId}}),
                                     LibraryAction::Kind::purge_damaged))
                intent = i;
            ImGui::Separator();
            ImGui::PopID();
        }
        for (const platform::StoredPlan& p : library.plans) {
            if (p.problem != "damaged") continue;
            ImGui::PushID(p.id.c_str());
            ImGui::TextWrapped("%s", tr("plans.damaged_plan", {{"name", p.name.empty() ? p.id : p.name},
                                                                {"when", storedTimeText(p.savedAt, tr)}}).c_str());
            if (auto i = downloadRecordButton(ctx, p.id)) intent = i;
            ImGui::SameLine();
            if (auto i = purgeButton(ctx, "plan-purge:" + p.id, p.id, p.name.empty() ? p.id : p.name, LibraryAction::Kind::purge))
                intent = i;
            ImGui::Separator();
            ImGui::PopID();
        }

        form_.layout(1);  // rename fields take the whole row
        const bool anyDeleted = std::any_of(library.plans.begin(), library.plans.end(),
                                            [](const platform::StoredPlan& p) { return !p.deleted.empty(); });
        for (bool deleted : {false, true}) {
            if (deleted && !anyDeleted) break;
            if (deleted) ImGui::SeparatorText(tr.raw("plans.deleted"));
            for (const platform::StoredPlan& p : library.plans) {
                if (p.deleted.empty() == deleted || p.problem == "damaged") continue;
                ImGui::PushID(p.id.c_str());
                const bool isOpen = p.id == library.openId;
                const std::string name = p.name.empty() ? tr("header.untitled_plan") : p.name;
                if (renamingId_ == p.id) {
                    ImGui::SetNextItemWidth(-FLT_MIN);
                    if (const auto text = form_.text(ctx, "plan-name:" + p.id, p.name, tr.raw("header.untitled_plan"))) {
                        intent = action(LibraryAction::Kind::rename, p.id, *text);
                        renamingId_.clear();
                    }
                } else {
                    ImGui::TextUnformatted((isOpen ? name + "  " + tr("plans.open_now") : name).c_str());
                }
                ImGui::TextDisabled("%s", tr(deleted ? "plans.deleted_at" : "plans.saved_at",
                                             {{"when", storedTimeText(deleted ? p.deleted : p.savedAt, tr)}}).c_str());
                if (!p.problem.empty()) {
                    // A plan this build cannot open (a newer build's): why, and its bytes.
                    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.danger);
                    ImGui::TextWrapped("%s", tr(p.problem == "newer" ? "plans.newer_plan" : "plans.unreadable_plan").c_str());
                    ImGui::PopStyleColor();
                    if (auto i = downloadRecordButton(ctx, p.id)) intent = i;
                } else if (deleted) {
                    if (smallButton(tr.raw("plans.restore"), "restore")) intent = action(LibraryAction::Kind::restore, p.id);
                    ctx.locator.noteLastItem("plan-restore:" + p.id);
                    ImGui::SameLine();
                    if (auto i = purgeButton(ctx, "plan-purge:" + p.id, p.id, name, LibraryAction::Kind::purge)) intent = i;
                } else {
                    if (!isOpen) {
                        // The chosen plan takes the screen: the dialog has done its job.
                        if (accentButton(tr.raw("plans.open"), "open", ctx.theme)) {
                            intent = action(LibraryAction::Kind::open, p.id);
                            opened = true;
                        }
                        ctx.locator.noteLastItem("plan-open:" + p.id);
                        ImGui::SameLine();
                    }
                    if (smallButton(tr.raw("outline.rename"), "rename")) {
                        renamingId_ = p.id;
                        form_.focus("plan-name:" + p.id);
                    }
                    ctx.locator.noteLastItem("plan-rename:" + p.id);
                    ImGui::SameLine();
                    if (smallButton(tr.raw("plans.duplicate"), "duplicate")) intent = action(LibraryAction::Kind::duplicate, p.id);
                    ctx.locator.noteLastItem("plan-duplicate:" + p.id);
                    ImGui::SameLine();
                    if (smallButton(tr.raw("plans.versions"), "versions")) intent = action(LibraryAction::Kind::versions, p.id);
                    ctx.locator.noteLastItem("plan-versions:" + p.id);
                    if (!isOpen) {
                        ImGui::SameLine();
                        if (smallButton(tr.raw("outline.delete"), "delete")) intent = action(LibraryAction::Kind::remove, p.id);
                        ctx.locator.noteLastItem("plan-delete:" + p.id);
                    }
                    // Its kept earlier versions, each of which can come back as the newest.
                    if (state.versionsOf == p.id && state.versions) {
                        ImGui::Indent(em);
                        if (state.versions->empty()) ImGui::TextDisabled("%s", tr.raw("plans.no_versions"));
                        for (const platform::PlanVersion& v : *state.versions) {
                            ImGui::PushID(v.rev);
                            ImGui::AlignTextToFramePadding();
                            ImGui::TextUnformatted(tr("plans.version", {{"rev_number", std::to_string(v.rev)}, {"when", storedTimeText(v.savedAt, tr)}}).c_str());
                            ImGui::SameLine();
                            if (smallButton(tr.raw("plans.restore"), "restore-version"))
                                intent = action(LibraryAction::Kind::restore_version, p.id, {}, v.rev);
                            ctx.locator.noteLastItem("plan-version:" + p.id + ":" + std::to_string(v.rev));
                            ImGui::PopID();
                        }
                        ImGui::Unindent(em);
                    }
                }
                ImGui::Separator();
                ImGui::PopID();
            }
        }
        if (library.usedBytes > 0)
            ImGui::TextDisabled("%s", tr(library.quotaBytes > 0 ? "plans.storage_used_of" : "plans.storage_used",
                                         {{"used_number", megabytes(library.usedBytes)}, {"quota_number", megabytes(library.quotaBytes)}})
                                          .c_str());
    }
    ImGui::EndChild();

    // The open plan as a link: the plan travels in the #fragment, which no server sees.
    if (ImGui::Button((std::string(tr.raw("plans.share")) + "###share").c_str()))
        intent = action(LibraryAction::Kind::share, state.library ? state.library->openId : "");
    ctx.locator.noteLastItem("share-link");
    if (!state.shareLink.empty()) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(-FLT_MIN);
        // The whole link, however long: a cut one would open nothing.
        std::vector<char> buffer(state.shareLink.begin(), state.shareLink.end());
        buffer.push_back('\0');
        ImGui::InputText("##link", buffer.data(), buffer.size(), ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_AutoSelectAll);
        ctx.locator.noteLastItem("share-link-text");
        // One press copies it, with a finger too (selecting a long link on a phone is a chore).
        if (ImGui::Button((std::string(tr.raw("plans.copy_link")) + "###copy-link").c_str()))
            ImGui::SetClipboardText(state.shareLink.c_str());
        ctx.locator.noteLastItem("share-link-copy");
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    ImGui::TextWrapped("%s", tr.raw(state.shareLink.empty() ? "plans.share_hint" : "plans.share_copied"));
    ImGui::PopStyleColor();
    if (ImGui::Button((std::string(tr.raw("editor.close")) + "###close").c_str()) || opened ||
        (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::GetIO().WantTextInput)) {
        renamingId_.clear();
        confirmPurge_.clear();
        ImGui::CloseCurrentPopup();
    }
    ctx.locator.noteLastItem("plans-close");
    ImGui::EndPopup();
    return intent;
}

}  // namespace waymark::ui
