#include "core/method/task_board.h"

#include <algorithm>

#include "core/method/tasks.h"

namespace waymark {

TaskBoard taskBoard(const Plan& plan, Date today) {
    TaskBoard board;
    board.tasks.reserve(plan.tasks.size());
    for (const Task& task : plan.tasks) {
        TaskState state{currentOccurrence(task, today), nextOpenOccurrence(task, today), isOverdue(task, today)};
        board.overdue += state.overdue;
        board.unassigned += task.owners.empty();
        board.owners.insert(board.owners.end(), task.owners.begin(), task.owners.end());
        board.tasks.push_back(std::move(state));
    }
    std::sort(board.owners.begin(), board.owners.end());
    board.owners.erase(std::unique(board.owners.begin(), board.owners.end()), board.owners.end());
    return board;
}

std::vector<PlacedOccurrence> placeOccurrences(const Plan& plan, const std::vector<size_t>& which, Date from, Date to,
                                               Date today, size_t cap) {
    std::vector<PlacedOccurrence> out;
    for (size_t index : which) {
        if (index >= plan.tasks.size()) continue;
        const Task& task = plan.tasks[index];
        for (const Date& date : occurrences(task, from, to, cap)) {
            const bool done = isOccurrenceDone(task, date);
            out.push_back({index, date, done, !done && date < today});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const PlacedOccurrence& a, const PlacedOccurrence& b) { return a.date < b.date; });
    if (out.size() > cap) out.resize(cap);
    return out;
}

}  // namespace waymark
