#include "ui/chrome/timer_card.h"

#include <algorithm>
#include <cmath>

#include "core/text/number_format.h"
#include "imgui.h"
#include "ui/kit/text_field.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

namespace {

const char* stateName(Countdown::State s) {
    switch (s) {
        case Countdown::State::running: return "running";
        case Countdown::State::paused: return "paused";
        case Countdown::State::finished: return "finished";
        case Countdown::State::stopped: break;
    }
    return "stopped";
}

}  // namespace

std::optional<Intent> TimerCard::draw(const ViewContext& ctx, const TimerShown& shown) {
    const Strings& tr = ctx.tr;
    const Theme& theme = ctx.theme;
    const bool finished = shown.state == Countdown::State::finished;
    const bool running = shown.state == Countdown::State::running;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    // At the end the band settles into the calm "done" colour: a change the room notices, never a flash.
    const ImVec4 tint = finished ? theme.onTrack : theme.accent;
    const ImVec4 calm(theme.surface.x + (theme.onTrack.x - theme.surface.x) * 0.15f,
                      theme.surface.y + (theme.onTrack.y - theme.surface.y) * 0.15f,
                      theme.surface.z + (theme.onTrack.z - theme.surface.z) * 0.15f, 1.0f);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 0.5f * em);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, finished ? calm : theme.surface);
    ImGui::PushStyleColor(ImGuiCol_Border, tint);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, std::max(2.0f, em / 8));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.8f * em, 0.4f * em));
    ImGui::BeginChild("timer-card", ImVec2(ImGui::GetContentRegionAvail().x - 0.5f * em, 0),
                      ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NoScrollbar);
    std::optional<Intent> intent;
    const auto act = [&](TimerAction::Kind kind, long long lengthMs = 0) { intent = TimerAction{kind, lengthMs}; };

    // The digits, at a share of the window's height with the digit font (crisp near its size): the
    // back of the room reads them.
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImFont* font = ctx.fonts.digits ? ctx.fonts.digits : ImGui::GetFont();
    const float size = std::round(std::max(kTimerDigitsShare * viewport->Size.y, 3 * em));
    const std::string text = clockText(shown.remainingMs);
    const ImVec2 widest = font->CalcTextSizeA(size, FLT_MAX, 0, shown.remainingMs >= 3'600'000 ? "0:00:00" : "00:00");
    const ImVec2 textSize = font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(widest);
    ctx.locator.noteLastItem("timer-digits");
    ctx.locator.noteLastItem(std::string("timer-state:") + stateName(shown.state));
    ImGui::GetWindowDrawList()->AddText(font, size, ImVec2(std::round(at.x + (widest.x - textSize.x) * 0.5f), at.y),
                                        packed(shown.state == Countdown::State::paused ? theme.textMuted
                                               : finished                              ? theme.onTrack
                                                                                       : theme.text),
                                        text.c_str());

    // The controls beside the digits where they fit, under them where not (a phone): the state and
    // start / pause, a minute more, reset; then the lengths. Close at the end of the band.
    const char* startKey = running                                   ? "timer.pause"
                           : shown.state == Countdown::State::paused ? "timer.resume"
                           : finished                                ? "timer.restart"
                                                                     : "timer.start";
    const char* stateKey = finished ? "timer.finished" : running ? "timer.running"
                           : shown.state == Countdown::State::paused ? "timer.paused" : "timer.title";
    const float fieldWidth = std::max(5 * em, ImGui::CalcTextSize(tr.raw("timer.minutes_hint")).x + 2 * style.FramePadding.x);
    float lengthsWidth = ImGui::CalcTextSize(tr.raw("timer.length")).x + fieldWidth + style.ItemSpacing.x;
    for (int minutes : kTimerPresets)
        lengthsWidth += actionButtonsWidth({tr("timer.minutes_short", {{"count", formatNumber(minutes)}}).c_str()}) + style.FramePadding.x;
    const float closeWidth = actionButtonsWidth({tr.raw("timer.close")});
    if (ImGui::GetContentRegionAvail().x - widest.x - em - closeWidth >= lengthsWidth) ImGui::SameLine(0, em);
    ImGui::BeginGroup();
    if (running) {
        if (accentButton(tr.raw(startKey), "timer-pause", theme)) act(TimerAction::Kind::pause);
        ctx.locator.noteLastItem("timer-pause");
    } else {
        if (accentButton(tr.raw(startKey), "timer-start", theme)) act(TimerAction::Kind::start);
        ctx.locator.noteLastItem("timer-start");
    }
    ImGui::SameLine();
    if (ImGui::Button((tr("timer.add_minute") + "###timer-add-minute").c_str())) act(TimerAction::Kind::add_minute);
    ctx.locator.noteLastItem("timer-add-minute");
    ImGui::SameLine();
    if (ImGui::Button((tr("timer.reset") + "###timer-reset").c_str())) act(TimerAction::Kind::reset);
    ctx.locator.noteLastItem("timer-reset");
    ImGui::SameLine(0, em);
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, finished ? theme.onTrack : theme.textMuted);
    ImGui::TextUnformatted(tr.raw(stateKey));
    ImGui::PopStyleColor();

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr.raw("timer.length"));
    for (int minutes : kTimerPresets) {
        ImGui::SameLine();
        const std::string name = "timer-preset:" + std::to_string(minutes);
        const bool current = shown.lengthMs == minutes * 60'000LL;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button((tr("timer.minutes_short", {{"count", formatNumber(minutes)}}) + "###" + name).c_str()))
            act(TimerAction::Kind::set_length, minutes * 60'000LL);
        if (current) ImGui::PopStyleColor();
        ctx.locator.noteLastItem(name);
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(fieldWidth);
    const bool entered = inputText("###timer-minutes", tr.raw("timer.minutes_hint"), minutes_, ImGuiInputTextFlags_EnterReturnsTrue);
    ctx.locator.noteLastItem("field:timer-minutes");
    if (entered) {
        if (const std::optional<std::int64_t> length = parseTimerLength(minutes_)) {
            act(TimerAction::Kind::set_length, *length);
            minutes_.clear();
            error_.clear();
        } else {
            error_ = tr("timer.minutes_invalid", {{"text", minutes_}, {"max", formatNumber(static_cast<double>(kCountdownMaxMs / 60'000))}});
        }
    }
    if (!error_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme.dangerText);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 24 * em);
        ImGui::TextWrapped("%s", error_.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    ImGui::EndGroup();
    const float bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - closeWidth + style.ItemSpacing.x, style.WindowPadding.y));
    if (smallButton(tr.raw("timer.close"), "timer-close")) act(TimerAction::Kind::close);
    ctx.locator.noteLastItem("timer-close");
    ImGui::SetCursorPosY(bottom);
    ImGui::Dummy(ImVec2(0, 0));
    const ImVec2 cardMin = ImGui::GetWindowPos();
    const ImVec2 cardMax(cardMin.x + ImGui::GetWindowSize().x, cardMin.y + ImGui::GetWindowSize().y);
    ImGui::EndChild();
    ctx.locator.noteRect("timer-card", cardMin, cardMax, cardMin, cardMax);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
    ImGui::Spacing();
    return intent;
}

}  // namespace waymark::ui
