#pragma once
// Which field of a goal a review finding is about, so an editor can take the user there ("add a
// baseline" puts the cursor in the baseline field). Keys are plan-format keys.
#include <string>

#include "core/method/review.h"

namespace waymark {

// The plan-format key of the goal field the finding concerns ("baseline", "deadline", "kpi"),
// or "" when no single field fixes it.
std::string findingField(const Finding& finding);

}  // namespace waymark
