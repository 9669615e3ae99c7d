#pragma once
// The workshop timer as a card in the bottom-right corner: the time left in digits the back of
// the room can read (at least 8% of the window's height), start / pause, one more minute, reset,
// preset lengths and a typed one. At the end the card turns a calm green and says so; nothing
// flashes. It changes nothing itself: every control comes back as a TimerAction.
#include <cstdint>
#include <optional>
#include <string>

#include "core/method/workshop_timer.h"
#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

// The countdown as the card shows it at this frame.
struct TimerShown {
    Countdown::State state = Countdown::State::stopped;
    std::int64_t remainingMs = 0;
    std::int64_t lengthMs = 0;
};

// Preset lengths in minutes: the usual timeboxes of a workshop exercise.
inline constexpr int kTimerPresets[] = {3, 5, 10, 15};

class TimerCard {
public:
    // Draws the card over everything else. Named items: "timer-card", "timer-digits",
    // "timer-state:<stopped|running|paused|finished>" (the digits' rect), "timer-start",
    // "timer-pause", "timer-add-minute", "timer-reset", "timer-preset:<minutes>",
    // "field:timer-minutes" (typed length, Enter sets it), "timer-close".
    std::optional<Intent> draw(const ViewContext& ctx, const TimerShown& shown);

private:
    std::string minutes_;  // the typed length while it is being typed
    std::string error_;    // why the typed length was refused; "" when it was not
};

// Shown digits' height as a share of the window's height (the back of the room reads them).
inline constexpr float kTimerDigitsShare = 0.1f;

}  // namespace waymark::ui
