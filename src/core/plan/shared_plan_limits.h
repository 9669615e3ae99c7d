#pragma once
// How large a plan a share link may bring in. Every build makes links of at most 16 KB, which
// hold far smaller plans; a larger one is hand-made. Waymark is measured and kept smooth at the
// big plan of bench/ (1,000 goals, 5,000 tactics, 20,000 tasks, 100,000 check-ins); a link with
// 100,000 goals took seconds to read and then slowed every start by a minute (issue 21), so such
// a plan is refused from a link. Files keep the plan format's own limits (plan_json.h).
#include <cstddef>
#include <optional>
#include <string_view>

namespace waymark {

struct SharedPlanLimit {
    const char* items;  // "goals", "tactics", "tasks", "checkins", as the plan file names the list
    size_t count;       // how many the plan has
    size_t limit;       // how many a share link may bring
};

// The first list of the plan in a plan file's text that is longer than a share link may bring,
// if any. The lists are counted without reading the plan (a pass over the JSON that builds
// nothing), so an oversized link is refused in a fraction of the time reading it would take. Text
// that is not JSON gives nullopt: the plan reader says what is wrong with it.
std::optional<SharedPlanLimit> overSharedPlanLimits(std::string_view planFileText);

}  // namespace waymark
