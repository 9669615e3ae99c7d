#pragma once
// Counted texts: "1 tactic" / "12 tactics" from the keys <prefix>one and <prefix>other, with
// {count} filled (English needs only these two forms).
#include <string>

#include "core/text/i18n.h"

namespace waymark::ui {

// The text for count items: prefix + "one" when count is 1, prefix + "other" otherwise.
inline std::string countText(const Strings& tr, const std::string& prefix, size_t count, TextArgs args = {}) {
    args.emplace_back("count", std::to_string(count));
    return tr(prefix + (count == 1 ? "one" : "other"), args);
}

}  // namespace waymark::ui
