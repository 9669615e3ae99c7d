#pragma once
// The countdown of a timeboxed workshop exercise. Pure: every call takes the time now (in
// milliseconds, from any clock that does not go backwards), so tests drive it with a fake clock.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace waymark {

struct Countdown {
    enum class State { stopped, running, paused, finished };
    std::int64_t lengthMs = 5 * 60'000;  // what a start or reset counts down from
    State state = State::stopped;        // as last set; a running one may have finished since (stateAt)
    std::int64_t leftMs = 5 * 60'000;    // stopped or paused: what is left
    std::int64_t endsAtMs = 0;           // running: when it reaches zero
};

// Shortest and longest length a facilitator can set (5 seconds to 3 hours).
inline constexpr std::int64_t kCountdownMinMs = 5'000;
inline constexpr std::int64_t kCountdownMaxMs = 180 * 60'000;

// The state at nowMs: a running countdown whose end has passed is finished.
Countdown::State stateAt(const Countdown& c, std::int64_t nowMs);
// Milliseconds left at nowMs (0 once finished).
std::int64_t remainingMs(const Countdown& c, std::int64_t nowMs);
// Starts or resumes; a finished countdown starts again from its length.
void start(Countdown& c, std::int64_t nowMs);
// Holds the time left; only a running countdown pauses.
void pause(Countdown& c, std::int64_t nowMs);
// One more minute, whatever the state; a finished countdown becomes paused with one minute left.
void addMinute(Countdown& c, std::int64_t nowMs);
// Stopped at its full length.
void reset(Countdown& c);
// A new length (clamped to kCountdownMinMs..kCountdownMaxMs); stops it at that length.
void setLength(Countdown& c, std::int64_t lengthMs);
// Milliseconds until just after the shown seconds change while running (about 1..1000); -1 when
// nothing moves.
std::int64_t msUntilNextSecond(const Countdown& c, std::int64_t nowMs);
// The time left as the room reads it, "m:ss" (or "h:mm:ss"), counting a started second as whole.
std::string clockText(std::int64_t ms);

// A typed length: minutes ("5", "2.5", "2,5") or minutes and seconds ("2:30", "0:45"); nothing
// when it is not one or lies outside kCountdownMinMs..kCountdownMaxMs.
std::optional<std::int64_t> parseTimerLength(std::string_view text);

}  // namespace waymark
