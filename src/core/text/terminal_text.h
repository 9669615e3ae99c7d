#pragma once
// Text from a plan file shown on a terminal: control characters are written as visible escapes
// (\x1b, \u009b), so a file can never move the cursor, clear a line or forge a message.
#include <string>
#include <string_view>

namespace waymark {

// Escapes C0 controls, DEL and C1 controls (UTF-8 U+0080..U+009F). With keepLineBreaks, "\n",
// "\t" and a "\r" directly before "\n" stay as they are (for whole documents such as a CSV).
std::string terminalSafe(std::string_view text, bool keepLineBreaks = false);

}  // namespace waymark
