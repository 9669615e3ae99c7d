#include <doctest/doctest.h>

#include "core/plan/plan_ids.h"
#include "core/plan/plan_json.h"

using namespace waymark;

TEST_CASE("an arriving plan keeps its id unless a stored or open plan has it") {
    CHECK(unusedPlanId("q1", {}) == "q1");
    CHECK(unusedPlanId("q1", {"q2", "q1-2"}) == "q1");
    CHECK(unusedPlanId("q1", {"q1"}) == "q1-2");
    CHECK(unusedPlanId("q1", {"q1", "q1-2", "q1-3"}) == "q1-4");
}

TEST_CASE("a new id stays within the id length and never splits a character") {
    const std::string longest(kMaxIdLength, 'a');
    const std::string next = unusedPlanId(longest, {longest});
    CHECK(next.size() == kMaxIdLength);
    CHECK(next.substr(next.size() - 2) == "-2");
    std::string accented;
    for (size_t i = 0; i < kMaxIdLength; ++i) accented += "\xc3\xa9";  // é, 2 bytes each
    const std::string cut = unusedPlanId(accented, {accented});
    CHECK(cut.size() % 2 == 0);  // whole é's, then "-2"
    CHECK(cut.substr(cut.size() - 2) == "-2");
}
