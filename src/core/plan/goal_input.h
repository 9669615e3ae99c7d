#pragma once
// What a goal's fields accept as typed text, beyond plain numbers and dates: a target written
// relative to the baseline ("+20%", "-15%"), and the quick deadline picks (end of this month,
// quarter, next quarter, year). The editor shows the result before the user commits it.
#include <optional>
#include <string>
#include <string_view>

#include "core/plan/date.h"

namespace waymark {

struct TargetInput {
    std::optional<double> value;  // the target; nullopt when the text is empty or an error
    std::string error;            // "" | "invalid_number" | "relative_needs_baseline"
    bool relative = false;        // written as +N% / -N% of the baseline
};

// "480" -> 480; "+20%" with baseline 400 -> 480; "-15%" with baseline 120 -> 102. Empty text is
// no target (no error). A relative target without a baseline is an error.
// decimal is the user's decimal mark ('.' or ','), as parseNumber takes it.
TargetInput parseTargetInput(std::string_view text, std::optional<double> baseline, char decimal = '.');

enum class QuickDate { today, end_of_month, end_of_quarter, end_of_next_quarter, end_of_year };
// The date a quick pick means on `today`.
Date quickDate(QuickDate pick, Date today);

}  // namespace waymark
