#include "ui/views/voting/voting_view.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/plan/voting.h"
#include "core/text/number_format.h"
#include "core/text/plain_text.h"
#include "imgui.h"
#include "ui/kit/theme.h"
#include "ui/kit/text_field.h"
#include "ui/kit/widgets.h"
#include "ui/kit/input_words.h"

namespace waymark::ui {

namespace {
// Wider than this many em is hard to follow on a projector; the list stays one readable column.
constexpr float kColumnEm = 52.0f;
constexpr float kDotRadiusEm = 0.42f;

// The one place the view turns a count into digits (the lead's per-language formatter goes here).
std::string count(int n) { return formatNumber(n); }

std::string itemTitle(const Plan& plan, VoteSubject subject, const std::string& id, const Strings& tr) {
    const std::string* title = nullptr;
    if (subject == VoteSubject::tactics) {
        if (const Tactic* t = plan.findTactic(id)) title = &t->title;
    } else if (const Goal* g = plan.findGoal(id)) {
        title = &g->title;
    }
    return title && !title->empty() ? *title : tr("voting.untitled");
}

// The line under an item's title: a tactic's goal; nothing for a goal.
std::string itemContext(const Plan& plan, VoteSubject subject, const std::string& id) {
    if (subject != VoteSubject::tactics) return {};
    const Tactic* t = plan.findTactic(id);
    const Goal* g = t ? plan.findGoal(t->goalId) : nullptr;
    return g ? g->title : std::string();
}

// A "−" / "+" stepper for a whole number; named "<name>-less" and "<name>-more".
void stepper(const ViewContext& ctx, const char* label, const char* name, int& value, int min, int max) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine(14 * ImGui::GetFontSize());
    ImGui::BeginDisabled(value <= min);
    if (ImGui::Button((std::string("−###") + name + "-less").c_str())) --value;
    ImGui::EndDisabled();
    ctx.locator.noteLastItem(std::string(name) + "-less");
    ImGui::SameLine();
    ImGui::TextUnformatted(count(value).c_str());
    ImGui::SameLine();
    ImGui::BeginDisabled(value >= max);
    if (ImGui::Button((std::string("+###") + name + "-more").c_str())) ++value;
    ImGui::EndDisabled();
    ctx.locator.noteLastItem(std::string(name) + "-more");
}

void muted(const ViewContext& ctx, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

void heading(const ViewContext& ctx, const std::string& text) {
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopFont();
}

// Begins the view's centred column; end it with endColumn().
void beginColumn() {
    const float em = ImGui::GetFontSize();
    const float width = ImGui::GetContentRegionAvail().x;
    const float column = std::min(width - em, kColumnEm * em);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - column) * 0.5f);
    // The lists inside scroll; the column itself fits the window.
    ImGui::BeginChild("voting", ImVec2(column, 0), ImGuiChildFlags_None,
                      ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::Dummy(ImVec2(0, 0.4f * em));
}
void endColumn() {
    ImGui::Dummy(ImVec2(0, ImGui::GetFontSize()));
    ImGui::EndChild();
}
}  // namespace

std::vector<std::string> participantNames(const std::string& text, int count) {
    std::vector<std::string> names;
    std::string part;
    for (const char c : text + ",") {
        if (c == ',' || c == '\n' || c == ';') {
            if (!trimmed(part).empty()) names.push_back(trimmed(part));
            part.clear();
        } else {
            part += c;
        }
    }
    if (names.empty()) names.assign(static_cast<size_t>(std::max(count, 0)), std::string());
    return names;
}

std::string participantLabel(const VotingRound& round, size_t index, const Strings& tr) {
    const std::string& name = round.participants[index].name;
    return name.empty() ? tr("voting.participant_n", {{"n", count(static_cast<int>(index) + 1)}}) : name;
}

std::optional<Intent> votingEntryButton(const ViewContext& ctx, VoteSubject subject) {
    const std::string name = std::string("voting:") + waymark::name(subject);
    const bool pressed = ImGui::Button((std::string(ctx.tr.raw("voting.open")) + "###" + name).c_str());
    ctx.locator.noteLastItem(name);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
        ImGui::SetTooltip("%s", ctx.tr.raw(subject == VoteSubject::tactics ? "voting.open_hint.tactics" : "voting.open_hint.goals"));
    if (pressed) return Intent{OpenVoting{subject}};
    return std::nullopt;
}

void VotingView::open(const Plan& plan, VoteSubject subject) {
    subject_ = subject;
    setup_ = !plan.voting || plan.voting->subject != subject;
    previewValues_ = false;
}

std::optional<Intent> VotingView::draw(const ViewContext& ctx, const Plan& plan) {
    beginColumn();
    std::optional<Intent> intent;
    if (settingUp(plan)) intent = drawSetup(ctx, plan);
    else if (plan.voting->revealed) intent = drawResult(ctx, plan);
    else intent = drawVoting(ctx, plan);
    endColumn();
    // Leaving the set-up by starting a round shows the round.
    if (intent)
        if (const PlanEdit* edit = std::get_if<PlanEdit>(&*intent); edit && std::holds_alternative<StartVoting>(*edit)) {
            setup_ = false;
            previewValues_ = false;
        }
    return intent;
}

std::optional<Intent> VotingView::drawSetup(const ViewContext& ctx, const Plan& plan) {
    const Strings& tr = ctx.tr;
    const float em = ImGui::GetFontSize();
    std::optional<Intent> intent;
    heading(ctx, tr("voting.setup_title"));
    muted(ctx, tr("voting.setup_intro"));
    ImGui::Spacing();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr.raw("voting.subject"));
    for (const VoteSubject s : {VoteSubject::tactics, VoteSubject::goals}) {
        ImGui::SameLine(s == VoteSubject::tactics ? 14 * em : 0);
        const std::string name = std::string("vote-subject:") + waymark::name(s);
        if (ImGui::RadioButton((std::string(tr.raw(std::string("voting.subject.") + waymark::name(s))) + "###" + name).c_str(),
                               subject_ == s))
            subject_ = s;
        ctx.locator.noteLastItem(name);
    }
    stepper(ctx, tr.raw("voting.votes_per_person"), "vote-votes", votes_, 1, kMaxVotesPerParticipant);
    const std::vector<std::string> named = participantNames(names_, 0);
    ImGui::BeginDisabled(!named.empty());
    stepper(ctx, tr.raw("voting.people"), "vote-people", people_, 1, kMaxParticipants);
    ImGui::EndDisabled();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr.raw("voting.names"));
    ImGui::SameLine(14 * em);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    inputText("##vote-names", tr.raw("voting.names_hint"), names_);
    ctx.locator.noteLastItem("vote-names");
    const std::vector<std::string> names = participantNames(names_, people_);
    const size_t items = votableItems(plan, subject_).size();
    ImGui::Spacing();
    if (items == 0) muted(ctx, tr(subject_ == VoteSubject::tactics ? "voting.no_tactics" : "voting.no_goals"));
    else if (names.size() > static_cast<size_t>(kMaxParticipants))
        muted(ctx, tr("voting.too_many_people", {{"max", count(kMaxParticipants)}}));
    else muted(ctx, tr.plural("voting.setup_summary", static_cast<long long>(names.size()), {{"votes", count(votes_)}}));
    if (plan.voting) muted(ctx, tr("voting.replaces_round"));
    ImGui::Spacing();
    ImGui::BeginDisabled(items == 0 || names.size() > static_cast<size_t>(kMaxParticipants));
    if (accentButton(tr.raw("voting.start"), "vote-start", ctx.theme))
        intent = PlanEdit{StartVoting{subject_, votes_, names}};
    ImGui::EndDisabled();
    ctx.locator.noteLastItem("vote-start");
    if (plan.voting) {
        ImGui::SameLine();
        if (ImGui::Button((std::string(tr.raw("voting.back_to_round")) + "###vote-back").c_str())) setup_ = false;
        ctx.locator.noteLastItem("vote-back");
    }
    return intent;
}

std::optional<Intent> VotingView::drawVoting(const ViewContext& ctx, const Plan& plan) {
    const Strings& tr = ctx.tr;
    const Theme& theme = ctx.theme;
    const float em = ImGui::GetFontSize();
    const VotingRound& round = *plan.voting;
    std::optional<Intent> intent;
    muted(ctx, tr(std::string("voting.round_on.") + name(round.subject)) + " · " + tr("voting.totals_hidden"));
    const bool everyoneDone = round.turn >= static_cast<int>(round.participants.size());
    if (everyoneDone) {
        heading(ctx, tr("voting.everyone_done"));
        muted(ctx, tr("voting.everyone_done_hint"));
    } else {
        const size_t who = static_cast<size_t>(round.turn);
        const Voter& voter = round.participants[who];
        heading(ctx, tr.plural("voting.turn", votesLeft(round, voter),
                               {{"name", participantLabel(round, who, tr)}, {"total", count(round.votesPerParticipant)}}));
        muted(ctx, pointerWords(tr, "voting.turn_hint"));
        ImGui::Spacing();
        // The items, each a row: a click places a dot; the voter's own dots sit at its right end.
        const float rowHeight = std::floor(2 * ImGui::GetTextLineHeight() + 0.8f * em);
        const float radius = kDotRadiusEm * em, pitch = 2.6f * radius;
        const float footer = ImGui::GetFrameHeightWithSpacing() + 2 * ImGui::GetStyle().ItemSpacing.y + 1.5f * em;
        ImGui::BeginChild("vote-items", ImVec2(0, std::max(ImGui::GetContentRegionAvail().y - footer, 6 * em)),
                          ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const bool canPlace = votesLeft(round, voter) > 0;
        for (const std::string& id : votableItems(plan, round.subject)) {
            ImGui::PushID(id.c_str());
            const ImVec2 min = ImGui::GetCursorScreenPos();
            const float width = ImGui::GetContentRegionAvail().x;
            const int mine = dotsOn(voter, id);
            // The dots sit beside the row's button, not on it: overlapping buttons take a click
            // only from the second frame the mouse is over them, and a tap has no such frame.
            const float dotsWidth = mine > 0 ? static_cast<float>(mine) * pitch + em : 0.0f;
            if (ImGui::InvisibleButton("row", ImVec2(width - dotsWidth, rowHeight)) && canPlace) intent = PlanEdit{PlaceDot{id}};
            ctx.locator.noteLastItem("vote:" + id);
            const bool hovered = ImGui::IsItemHovered();
            const ImVec2 max(min.x + width, min.y + rowHeight);
            draw->AddRectFilled(min, max, packed(theme.surface), 0.3f * em);
            draw->AddRect(min, max, packed(hovered && canPlace ? theme.accent : theme.surfaceBorder), 0.3f * em, 0,
                          hovered && canPlace ? 2.0f : 1.0f);
            const float textWidth = width - dotsWidth - 1.2f * em;
            draw->AddText(ImVec2(min.x + 0.7f * em, min.y + 0.4f * em), packed(theme.text),
                          fitText(itemTitle(plan, round.subject, id, tr), textWidth).c_str());
            const std::string context = itemContext(plan, round.subject, id);
            if (!context.empty())
                draw->AddText(ImVec2(min.x + 0.7f * em, min.y + 0.4f * em + ImGui::GetTextLineHeight()), packed(theme.textMuted),
                              fitText(context, textWidth).c_str());
            // The voter's dots, right-aligned; each one a button that takes it off again.
            for (int d = 0; d < mine; ++d) {
                const ImVec2 centre(max.x - 0.8f * em - radius - static_cast<float>(d) * pitch, min.y + rowHeight * 0.5f);
                ImGui::SetCursorScreenPos(ImVec2(centre.x - radius, centre.y - radius));
                if (ImGui::InvisibleButton(("dot" + std::to_string(d)).c_str(), ImVec2(2 * radius, 2 * radius)))
                    intent = PlanEdit{RemoveDot{id}};
                ctx.locator.noteLastItem("dot:" + id + ":" + std::to_string(d + 1));
                const bool dotHovered = ImGui::IsItemHovered();
                draw->AddCircleFilled(centre, radius, packed(dotHovered ? theme.danger : theme.accent));
                if (dotHovered) ImGui::SetTooltip("%s", tr.raw("voting.take_dot_off"));
            }
            ImGui::SetCursorScreenPos(ImVec2(min.x, max.y + 0.35f * em));
            ImGui::Dummy(ImVec2(0, 0));
            ImGui::PopID();
        }
        ImGui::EndChild();
        ImGui::Spacing();
        const bool last = who + 1 == round.participants.size();
        if (accentButton(tr.raw(last ? "voting.done_last" : "voting.next"), "vote-next", theme)) intent = PlanEdit{NextVoter{}};
        ctx.locator.noteLastItem("vote-next");
        ImGui::SameLine(0, 2 * em);
    }
    const char* reveal = tr.raw("voting.reveal");
    if (confirmReveal_) {
        ImGui::OpenPopup("###vote-reveal-ask");
        confirmReveal_ = false;
    }
    // Revealing ends the secret ballot for everyone: asked first, in a dialog over the round.
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(30 * em, viewport->Size.x - 2 * em), 0));
    if (ImGui::BeginPopupModal((std::string(reveal) + "###vote-reveal-ask").c_str(), nullptr,
                               ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextWrapped("%s", tr.raw(everyoneDone ? "voting.reveal_ask" : "voting.reveal_ask_early"));
        ImGui::Spacing();
        if (accentButton(tr.raw("voting.reveal_confirm"), "vote-reveal-confirm", theme)) {
            intent = PlanEdit{RevealVotes{}};
            ImGui::CloseCurrentPopup();
        }
        ctx.locator.noteLastItem("vote-reveal-confirm");
        ImGui::SameLine();
        if (ImGui::Button((std::string(tr.raw("voting.cancel")) + "###vote-reveal-cancel").c_str()) ||
            ImGui::IsKeyPressed(ImGuiKey_Escape, false))
            ImGui::CloseCurrentPopup();
        ctx.locator.noteLastItem("vote-reveal-cancel");
        ImGui::EndPopup();
    }
    if (everyoneDone ? accentButton(reveal, "vote-reveal", theme) : ImGui::Button((std::string(reveal) + "###vote-reveal").c_str()))
        confirmReveal_ = true;
    ctx.locator.noteLastItem("vote-reveal");
    ImGui::SameLine();
    if (ImGui::Button((std::string(tr.raw("voting.new_round")) + "###vote-new").c_str())) setup_ = true;
    ctx.locator.noteLastItem("vote-new");
    return intent;
}

std::optional<Intent> VotingView::drawResult(const ViewContext& ctx, const Plan& plan) {
    const Strings& tr = ctx.tr;
    const Theme& theme = ctx.theme;
    const float em = ImGui::GetFontSize();
    const VotingRound& round = *plan.voting;
    std::optional<Intent> intent;
    const std::vector<VoteTotal> totals = voteTotals(plan);
    int all = 0;
    for (const VoteTotal& t : totals) all += t.votes;
    heading(ctx, tr(std::string("voting.result_title.") + name(round.subject)));
    muted(ctx, tr.plural("voting.result_people", static_cast<long long>(round.participants.size())) + " · " +
                   tr.plural("voting.votes", all));
    ImGui::Spacing();
    const int top = totals.empty() ? 0 : totals.front().votes;
    const float barArea = std::floor(ImGui::GetContentRegionAvail().x * 0.26f);
    const float countWidth = ImGui::CalcTextSize(tr.plural("voting.votes", std::max(top, 2)).c_str()).x + em;
    const float footer = ImGui::GetFrameHeightWithSpacing() + 2 * ImGui::GetStyle().ItemSpacing.y + 1.5f * em +
                         (previewValues_ ? 4 * ImGui::GetTextLineHeightWithSpacing() + 7 * em : 0.0f);
    ImGui::BeginChild("vote-result", ImVec2(0, std::max(ImGui::GetContentRegionAvail().y - footer, 6 * em)),
                      ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
    ImDrawList* draw = ImGui::GetWindowDrawList();  // the list's own, so its rows clip to it
    int rank = 0;
    for (const VoteTotal& t : totals) {
        ++rank;
        const ImVec2 min = ImGui::GetCursorScreenPos();
        const float width = ImGui::GetContentRegionAvail().x;
        const float lineHeight = ImGui::GetTextLineHeight() + 0.5f * em;
        const float titleWidth = width - barArea - countWidth - 1.5f * em;
        const std::string title = count(rank) + ". " + itemTitle(plan, round.subject, t.itemId, tr);
        draw->AddText(ImVec2(min.x, min.y + 0.25f * em), packed(t.votes > 0 ? theme.text : theme.textMuted),
                      fitText(title, titleWidth).c_str());
        const float barX = min.x + titleWidth + 0.5f * em;
        draw->AddRectFilled(ImVec2(barX, min.y + 0.3f * em), ImVec2(barX + barArea, min.y + lineHeight - 0.2f * em),
                            packed(theme.surfaceBorder), 0.2f * em);
        if (t.votes > 0)
            draw->AddRectFilled(ImVec2(barX, min.y + 0.3f * em),
                                ImVec2(barX + barArea * static_cast<float>(t.votes) / static_cast<float>(top),
                                       min.y + lineHeight - 0.2f * em),
                                packed(theme.accent), 0.2f * em);
        draw->AddText(ImVec2(barX + barArea + 0.6f * em, min.y + 0.25f * em), packed(theme.text),
                      tr.plural("voting.votes", t.votes).c_str());
        ImGui::Dummy(ImVec2(width, lineHeight));
        ctx.locator.noteLastItem("vote-total:" + t.itemId);
    }
    ImGui::EndChild();
    if (previewValues_) intent = drawValuePreview(ctx, plan);
    if (round.subject == VoteSubject::tactics && !previewValues_) {
        ImGui::BeginDisabled(voteValueChanges(plan).empty());
        if (accentButton(tr.raw("voting.use_as_value"), "vote-apply", theme)) previewValues_ = true;
        ImGui::EndDisabled();
        ctx.locator.noteLastItem("vote-apply");
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr.raw("voting.value_rule"));
        ImGui::SameLine(0, 2 * em);
    }
    if (ImGui::Button((std::string(tr.raw("voting.reopen")) + "###vote-reopen").c_str())) intent = PlanEdit{ReopenVoting{}};
    ctx.locator.noteLastItem("vote-reopen");
    ImGui::SameLine();
    if (dangerButton(tr.raw("voting.clear"), "vote-clear", theme)) intent = PlanEdit{ClearVoting{}};
    ctx.locator.noteLastItem("vote-clear");
    ImGui::SameLine();
    if (ImGui::Button((std::string(tr.raw("voting.new_round")) + "###vote-new").c_str())) setup_ = true;
    ctx.locator.noteLastItem("vote-new");
    return intent;
}

std::optional<Intent> VotingView::drawValuePreview(const ViewContext& ctx, const Plan& plan) {
    const Strings& tr = ctx.tr;
    const float em = ImGui::GetFontSize();
    std::optional<Intent> intent;
    const std::vector<ValueChange> changes = voteValueChanges(plan);
    ImGui::TextUnformatted(tr.raw("voting.preview_title"));
    muted(ctx, tr("voting.value_rule"));
    ImGui::BeginChild("vote-preview", ImVec2(0, 6 * em), ImGuiChildFlags_Border, ImGuiWindowFlags_None);
    for (const ValueChange& c : changes) {
        const std::string title = itemTitle(plan, VoteSubject::tactics, c.tacticId, tr);
        const std::string line =
            c.from == c.to ? tr("voting.preview_same", {{"title", title}, {"value", count(c.to)}})
            : c.from       ? tr("voting.preview_change", {{"title", title}, {"from", count(*c.from)}, {"to", count(c.to)}})
                           : tr("voting.preview_new", {{"title", title}, {"to", count(c.to)}});
        ImGui::TextWrapped("%s", line.c_str());
    }
    ImGui::EndChild();
    if (accentButton(tr.raw("voting.apply"), "vote-apply-confirm", ctx.theme)) {
        intent = PlanEdit{UseVotesAsValue{}};
        previewValues_ = false;
    }
    ctx.locator.noteLastItem("vote-apply-confirm");
    ImGui::SameLine();
    if (ImGui::Button((std::string(tr.raw("voting.cancel")) + "###vote-apply-cancel").c_str())) previewValues_ = false;
    ctx.locator.noteLastItem("vote-apply-cancel");
    ImGui::SameLine(0, 2 * em);
    return intent;
}

std::vector<std::string> VotingView::describe(const Plan& plan, const Strings& tr) const {
    std::vector<std::string> lines;
    if (settingUp(plan)) {
        lines.push_back(tr("voting.setup_title"));
        return lines;
    }
    const VotingRound& round = *plan.voting;
    if (round.revealed) {
        lines.push_back(tr(std::string("voting.result_title.") + name(round.subject)));
        for (const VoteTotal& t : voteTotals(plan))
            lines.push_back(itemTitle(plan, round.subject, t.itemId, tr) + ": " + tr.plural("voting.votes", t.votes));
        return lines;
    }
    lines.push_back(tr(std::string("voting.round_on.") + name(round.subject)) + " · " + tr("voting.totals_hidden"));
    if (round.turn >= static_cast<int>(round.participants.size())) {
        lines.push_back(tr("voting.everyone_done"));
        return lines;
    }
    const size_t who = static_cast<size_t>(round.turn);
    const Voter& voter = round.participants[who];
    lines.push_back(tr.plural("voting.turn", votesLeft(round, voter),
                              {{"name", participantLabel(round, who, tr)}, {"total", count(round.votesPerParticipant)}}));
    // Only the voter's own dots: the others' stay hidden until the reveal.
    for (const std::string& id : votableItems(plan, round.subject))
        lines.push_back(tr.plural("voting.your_dots", dotsOn(voter, id), {{"title", itemTitle(plan, round.subject, id, tr)}}));
    return lines;
}

}  // namespace waymark::ui
