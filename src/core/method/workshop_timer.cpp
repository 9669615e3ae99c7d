#include "core/method/workshop_timer.h"

#include <algorithm>
#include <cmath>

#include "core/text/number_parse.h"

namespace waymark {

namespace {
constexpr std::int64_t kTickSlackMs = 10;
}  // namespace

Countdown::State stateAt(const Countdown& c, std::int64_t nowMs) {
    if (c.state == Countdown::State::running && nowMs >= c.endsAtMs) return Countdown::State::finished;
    return c.state;
}

std::int64_t remainingMs(const Countdown& c, std::int64_t nowMs) {
    switch (stateAt(c, nowMs)) {
        case Countdown::State::running: return c.endsAtMs - nowMs;
        case Countdown::State::finished: return 0;
        default: return c.leftMs;
    }
}

void start(Countdown& c, std::int64_t nowMs) {
    const Countdown::State s = stateAt(c, nowMs);
    if (s == Countdown::State::running) return;
    const std::int64_t left = s == Countdown::State::finished || c.leftMs <= 0 ? c.lengthMs : c.leftMs;
    c.state = Countdown::State::running;
    c.endsAtMs = nowMs + left;
}

void pause(Countdown& c, std::int64_t nowMs) {
    if (stateAt(c, nowMs) != Countdown::State::running) return;
    c.leftMs = c.endsAtMs - nowMs;
    c.state = Countdown::State::paused;
}

void addMinute(Countdown& c, std::int64_t nowMs) {
    switch (stateAt(c, nowMs)) {
        case Countdown::State::running: c.endsAtMs += 60'000; break;
        case Countdown::State::finished:
            c.state = Countdown::State::paused;
            c.leftMs = 60'000;
            break;
        default: c.leftMs = std::min(c.leftMs + 60'000, kCountdownMaxMs); break;
    }
}

void reset(Countdown& c) {
    c.state = Countdown::State::stopped;
    c.leftMs = c.lengthMs;
}

void setLength(Countdown& c, std::int64_t lengthMs) {
    c.lengthMs = std::clamp(lengthMs, kCountdownMinMs, kCountdownMaxMs);
    reset(c);
}

std::int64_t msUntilNextSecond(const Countdown& c, std::int64_t nowMs) {
    if (stateAt(c, nowMs) != Countdown::State::running) return -1;
    const std::int64_t left = c.endsAtMs - nowMs;
    const std::int64_t toNext = left % 1000;
    // A few ms late, so a timer that fires on time finds the new second already shown.
    return (toNext == 0 ? 1000 : toNext) + kTickSlackMs;
}

std::string clockText(std::int64_t ms) {
    const std::int64_t seconds = (std::max<std::int64_t>(ms, 0) + 999) / 1000;
    const std::int64_t h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
    const auto two = [](std::int64_t v) { return std::string(v < 10 ? "0" : "") + std::to_string(v); };
    return h > 0 ? std::to_string(h) + ":" + two(m) + ":" + two(s) : std::to_string(m) + ":" + two(s);
}

}  // namespace waymark

namespace waymark {

std::optional<std::int64_t> parseTimerLength(std::string_view text) {
    std::optional<std::int64_t> ms;
    const size_t colon = text.find(':');
    if (colon == std::string_view::npos) {
        const std::optional<double> m = parseNumber(text);  // a decimal comma too ("2,5")
        if (m && std::isfinite(*m)) ms = std::llround(*m * 60'000);
    } else {
        const std::optional<double> m = parseNumber(text.substr(0, colon));
        const std::string_view secondsText = text.substr(colon + 1);
        const std::optional<double> s = parseNumber(secondsText);
        const bool whole = m && s && *m == std::floor(*m) && *s == std::floor(*s);
        if (whole && secondsText.size() == 2 && *m >= 0 && *s >= 0 && *s < 60) ms = std::llround(*m * 60'000 + *s * 1000);
    }
    if (!ms || *ms < kCountdownMinMs || *ms > kCountdownMaxMs) return std::nullopt;
    return ms;
}

}  // namespace waymark
