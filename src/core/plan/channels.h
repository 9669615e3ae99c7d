#pragma once
// The channels the planner knows by name (text key "channel.<id>"). A goal or plan may name any
// other channel as typed; these are the ones offered first.
#include <span>
#include <string_view>

namespace waymark {

// Known channel ids in display order.
std::span<const std::string_view> knownChannels();

}  // namespace waymark
