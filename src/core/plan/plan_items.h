#pragma once
// One item of a plan (a goal, a task, a check-in, ...) or one of the plan's own parts as
// plan-format JSON and back, with the plan file's rules for each field (types, ranges, lengths;
// references between items are the caller's): what operations (operation.h) carry.
// Implemented beside the plan file's reader and writer (plan_json.cpp).
#include <string>

#include <nlohmann/json.hpp>

#include "core/plan/plan.h"
#include "core/plan/plan_json.h"

namespace waymark::items {

using Json = nlohmann::ordered_json;

Json write(const CustomKpi& kpi);
Json write(const Objective& objective);
Json write(const Goal& goal);
Json write(const Tactic& tactic);
Json write(const Task& task);
Json write(const Checkin& checkin);
Json write(const Voter& voter);
Json write(const Context& context);
// A voting round's own fields (subject, votes per participant, turn, revealed), without participants.
Json writeRoundSettings(const VotingRound& round);

// Reads one item as the plan file would; false (and error says why) when the JSON breaks a rule.
bool read(const nlohmann::json& j, CustomKpi& out, LoadError& error);
bool read(const nlohmann::json& j, Objective& out, LoadError& error);
bool read(const nlohmann::json& j, Goal& out, LoadError& error);
bool read(const nlohmann::json& j, Tactic& out, LoadError& error);
bool read(const nlohmann::json& j, Task& out, LoadError& error);
bool read(const nlohmann::json& j, Checkin& out, LoadError& error);
bool read(const nlohmann::json& j, Voter& out, LoadError& error);
bool read(const nlohmann::json& j, Context& out, LoadError& error);
// Reads a round's own fields into out; its participants stay as they are.
bool readRoundSettings(const nlohmann::json& j, VotingRound& out, LoadError& error);

}  // namespace waymark::items
