#pragma once
// The workshop timer as a band docked under the header (or the presentation bar), above the view,
// so it covers nothing: the time left in digits the back of the room can read (a tenth of the
// window's height), start / pause, one more minute, reset, preset lengths and a typed one; on a
// narrow screen the controls go under the digits. At the end the band turns a calm green and says
// so; nothing flashes. It changes nothing itself: every control comes back as a TimerAction.
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
    // Draws the band across the window at the cursor; the view follows under it. Named items: "timer-card", "timer-digits",
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
