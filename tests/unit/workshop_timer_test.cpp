// The workshop timer's countdown: remaining time, pause, one more minute, finish, the next tick.
#include <doctest/doctest.h>

#include "core/method/workshop_timer.h"

using namespace waymark;
using State = Countdown::State;

TEST_CASE("a countdown runs from its length to zero and is then finished") {
    Countdown c;
    setLength(c, 3 * 60'000);
    CHECK(stateAt(c, 0) == State::stopped);
    CHECK(remainingMs(c, 1'000'000) == 180'000);  // a stopped countdown does not move
    start(c, 10'000);
    CHECK(stateAt(c, 10'000) == State::running);
    CHECK(remainingMs(c, 70'000) == 120'000);
    CHECK(stateAt(c, 189'999) == State::running);
    CHECK(remainingMs(c, 189'999) == 1);
    CHECK(stateAt(c, 190'000) == State::finished);
    CHECK(remainingMs(c, 250'000) == 0);
}

TEST_CASE("pause holds the time left and start resumes from it") {
    Countdown c;
    setLength(c, 60'000);
    start(c, 0);
    pause(c, 20'500);
    CHECK(stateAt(c, 20'500) == State::paused);
    CHECK(remainingMs(c, 500'000) == 39'500);  // paused: no time passes, however long
    start(c, 600'000);
    CHECK(remainingMs(c, 609'500) == 30'000);
    CHECK(stateAt(c, 639'500) == State::finished);
    pause(c, 700'000);  // a finished countdown does not pause
    CHECK(stateAt(c, 700'000) == State::finished);
}

TEST_CASE("one more minute in every state") {
    Countdown c;
    setLength(c, 60'000);
    addMinute(c, 0);
    CHECK(remainingMs(c, 0) == 120'000);  // stopped
    start(c, 0);
    addMinute(c, 30'000);
    CHECK(remainingMs(c, 30'000) == 150'000);  // running: the end moves
    pause(c, 40'000);
    addMinute(c, 40'000);
    CHECK(remainingMs(c, 40'000) == 200'000);  // paused
    start(c, 40'000);
    CHECK(stateAt(c, 240'000) == State::finished);
    addMinute(c, 250'000);  // finished: a minute more, ready to resume
    CHECK(stateAt(c, 250'000) == State::paused);
    CHECK(remainingMs(c, 250'000) == 60'000);
}

TEST_CASE("reset, a finished restart, and lengths out of range") {
    Countdown c;
    setLength(c, 5 * 60'000);
    start(c, 0);
    reset(c);
    CHECK(stateAt(c, 10'000) == State::stopped);
    CHECK(remainingMs(c, 10'000) == 300'000);
    start(c, 0);
    CHECK(stateAt(c, 300'000) == State::finished);
    start(c, 400'000);  // again, from its full length
    CHECK(remainingMs(c, 400'000) == 300'000);
    setLength(c, 10);
    CHECK(c.lengthMs == kCountdownMinMs);
    CHECK(kCountdownMinMs == 5'000);
    setLength(c, 24 * 3'600'000LL);
    CHECK(c.lengthMs == kCountdownMaxMs);
    CHECK(stateAt(c, 0) == State::stopped);
}

TEST_CASE("the next frame comes just after the shown second changes, only while running") {
    Countdown c;
    setLength(c, 60'000);
    CHECK(msUntilNextSecond(c, 0) == -1);
    start(c, 0);
    const std::int64_t first = msUntilNextSecond(c, 0);
    CHECK(first > 1000);
    CHECK(first < 1100);
    const std::int64_t next = msUntilNextSecond(c, 250);
    CHECK(next > 750);
    CHECK(next < 850);
    CHECK(clockText(remainingMs(c, 250 + next)) == "0:59");
    CHECK(clockText(remainingMs(c, 250 + next - 20)) == "1:00");
    pause(c, 300);
    CHECK(msUntilNextSecond(c, 300) == -1);
    start(c, 300);
    CHECK(msUntilNextSecond(c, 80'000) == -1);  // finished
}

TEST_CASE("the clock text counts a started second as whole") {
    CHECK(clockText(0) == "0:00");
    CHECK(clockText(1) == "0:01");
    CHECK(clockText(59'001) == "1:00");
    CHECK(clockText(5 * 60'000) == "5:00");
    CHECK(clockText(61 * 60'000) == "1:01:00");
    CHECK(clockText(-5) == "0:00");
}

TEST_CASE("a typed length is minutes or minutes:seconds, within 5 seconds and 3 hours") {
    CHECK(parseTimerLength("5") == 300'000);
    CHECK(parseTimerLength(" 2.5 ") == 150'000);
    CHECK(parseTimerLength("2,5") == 150'000);
    CHECK(parseTimerLength("2:30") == 150'000);
    CHECK(parseTimerLength("0:05") == 5'000);
    CHECK(parseTimerLength("180") == 180 * 60'000LL);
    CHECK_FALSE(parseTimerLength(""));
    CHECK_FALSE(parseTimerLength("abc"));
    CHECK_FALSE(parseTimerLength("0:03"));   // under 5 seconds
    CHECK_FALSE(parseTimerLength("181"));    // over 3 hours
    CHECK_FALSE(parseTimerLength("1:75"));   // not seconds
    CHECK_FALSE(parseTimerLength("1:5"));    // seconds have two digits
    CHECK_FALSE(parseTimerLength("1.5:00"));
    CHECK_FALSE(parseTimerLength("-2"));
}
