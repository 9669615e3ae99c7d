#pragma once
// What the task plan shows about each task, derived once per plan revision (tasks.h decides the
// rules): the occurrence a tick closes, the next open date, overdue, and the plan's owners.
#include <optional>
#include <string>
#include <vector>

#include "core/plan/plan.h"

namespace waymark {

struct TaskState {
    std::optional<Date> current;   // currentOccurrence: what the task's done tick stands for
    std::optional<Date> nextOpen;  // the first open occurrence on or after today
    bool overdue = false;          // an occurrence before today is open
    friend bool operator==(const TaskState&, const TaskState&) = default;
};

struct TaskBoard {
    std::vector<TaskState> tasks;     // aligned with plan.tasks
    std::vector<std::string> owners;  // every owner named in the plan, sorted, once each
    int unassigned = 0;               // tasks without an owner
    int overdue = 0;                  // overdue tasks
};

// The board for `plan` on `today`.
TaskBoard taskBoard(const Plan& plan, Date today);

// One occurrence placed in a window of weeks (the week timeline).
struct PlacedOccurrence {
    size_t task = 0;  // index into plan.tasks
    Date date;
    bool done = false;
    bool overdue = false;  // open and before today
    friend bool operator==(const PlacedOccurrence&, const PlacedOccurrence&) = default;
};

// Occurrences of the tasks `which` (indices into plan.tasks) within [from, to], by date, then
// task order; at most `cap` in all (the window stays bounded whatever the plan holds).
std::vector<PlacedOccurrence> placeOccurrences(const Plan& plan, const std::vector<size_t>& which, Date from, Date to,
                                               Date today, size_t cap);

}  // namespace waymark
