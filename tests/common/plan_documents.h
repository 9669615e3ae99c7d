#pragma once
// Plan files written inline by tests: a plan object put in the file's envelope, the reader's
// refusal of a text, and dates spelled as the file spells them.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "core/plan/date.h"
#include "core/plan/plan_json.h"

namespace waymark::test {

// {"format":"waymark-plan","version":1,"plan":<plan>}
inline std::string envelope(const std::string& plan) {
    return R"({"format":"waymark-plan","version":1,"plan":)" + plan + "}";
}

// The error the plan reader gives for text; fails the test when the text is read.
inline std::string errorOf(std::string_view text) {
    const LoadResult r = parsePlanDocument(text);
    REQUIRE_FALSE(r.plan);
    return r.error.str();
}

// "2026-12-07" as a Date (the test's own text, always valid).
inline Date d(const char* text) { return *Date::parse(text); }

}  // namespace waymark::test
