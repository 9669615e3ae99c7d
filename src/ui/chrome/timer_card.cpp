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
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float em = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x - em, viewport->Pos.y + viewport->Size.y - em),
                            ImGuiCond_Always, ImVec2(1, 1));
    // At the end the card settles into the calm "done" colour: a change the room notices, never a flash.
    const ImVec4 tint = finished ? theme.onTrack : theme.accent;
    const ImVec4 calm(theme.surface.x + (theme.onTrack.x - theme.surface.x) * 0.15f,
                      theme.surface.y + (theme.onTrack.y - theme.surface.y) * 0.15f,
                      theme.surface.z + (theme.onTrack.z - theme.surface.z) * 0.15f, 1.0f);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, finished ? calm : theme.surface);
    ImGui::PushStyleColor(ImGuiCol_Border, tint);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, std::max(2.0f, em / 6));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.5f * em);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em, 0.8f * em));
    ImGui::Begin("###timer-card", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoFocusOnAppearing);
    std::optional<Intent> intent;
    const auto act = [&](TimerAction::Kind kind, long long lengthMs = 0) { intent = TimerAction{kind, lengthMs}; };

    // The state in the heading size: "Time is up" is read from the back of the room too.
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, finished ? theme.onTrack : theme.textMuted);
    ImGui::TextUnformatted(tr.raw(finished                                      ? "timer.finished"
                                  : shown.state == Countdown::State::running ? "timer.running"
                                  : shown.state == Countdown::State::paused  ? "timer.paused"
                                                                              : "timer.title"));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    const float closeWidth = actionButtonsWidth({tr.raw("timer.close")});
    ImGui::SameLine(std::max(ImGui::GetCursorPosX() + em, ImGui::GetWindowContentRegionMax().x - closeWidth +
                                                             ImGui::GetStyle().ItemSpacing.x));
    if (smallButton(tr.raw("timer.close"), "timer-close")) act(TimerAction::Kind::close);
    ctx.locator.noteLastItem("timer-close");

    // The digits: drawn at a share of the window's height with the digit font (crisp near its size).
    ImFont* font = ctx.fonts.digits ? ctx.fonts.digits : ImGui::GetFont();
    const float size = std::round(std::max(kTimerDigitsShare * viewport->Size.y, 3 * em));
    const std::string text = clockText(shown.remainingMs);
    const ImVec2 widest = font->CalcTextSizeA(size, FLT_MAX, 0, shown.remainingMs >= 3'600'000 ? "0:00:00" : "00:00");
    const ImVec2 textSize = font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(std::max(widest.x, 16 * em), widest.y));
    ctx.locator.noteLastItem("timer-digits");
    ctx.locator.noteLastItem(std::string("timer-state:") + stateName(shown.state));
    const float left = at.x + (std::max(widest.x, 16 * em) - textSize.x) * 0.5f;
    ImGui::GetWindowDrawList()->AddText(font, size, ImVec2(std::round(left), at.y),
                                        packed(shown.state == Countdown::State::paused ? theme.textMuted
                                               : finished                              ? theme.onTrack
                                                                                       : theme.text),
                                        text.c_str());

    const bool running = shown.state == Countdown::State::running;
    if (running) {
        if (accentButton(tr.raw("timer.pause"), "timer-pause", theme)) act(TimerAction::Kind::pause);
        ctx.locator.noteLastItem("timer-pause");
    } else {
        const char* key = shown.state == Countdown::State::paused ? "timer.resume"
                          : finished                              ? "timer.restart"
                                                                  : "timer.start";
        if (accentButton(tr.raw(key), "timer-start", theme)) act(TimerAction::Kind::start);
        ctx.locator.noteLastItem("timer-start");
    }
    ImGui::SameLine();
    if (ImGui::Button((tr("timer.add_minute") + "###timer-add-minute").c_str())) act(TimerAction::Kind::add_minute);
    ctx.locator.noteLastItem("timer-add-minute");
    ImGui::SameLine();
    if (ImGui::Button((tr("timer.reset") + "###timer-reset").c_str())) act(TimerAction::Kind::reset);
    ctx.locator.noteLastItem("timer-reset");

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
    ImGui::SetNextItemWidth(std::max(5 * em, ImGui::CalcTextSize(tr.raw("timer.minutes_hint")).x + 2 * ImGui::GetStyle().FramePadding.x));
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
    const ImVec2 cardMin = ImGui::GetWindowPos();
    const ImVec2 cardMax(cardMin.x + ImGui::GetWindowSize().x, cardMin.y + ImGui::GetWindowSize().y);
    ctx.locator.noteRect("timer-card", cardMin, cardMax, cardMin, cardMax);
    ImGui::End();
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(2);
    return intent;
}

}  // namespace waymark::ui
