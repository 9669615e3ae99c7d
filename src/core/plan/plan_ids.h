#pragma once
// A plan that arrives from outside (a file, a paste, a share link) comes in as a new plan: when
// its id is already taken by a stored or open plan, it gets one that is not, so it never
// replaces that plan.
#include <string>
#include <vector>

namespace waymark {

// id itself when it is not in taken; else id with "-2", "-3", ... appended (cut so the result
// stays within kMaxIdLength characters) until it is not taken.
std::string unusedPlanId(const std::string& id, const std::vector<std::string>& taken);

}  // namespace waymark
