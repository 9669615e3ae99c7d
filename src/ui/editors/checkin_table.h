#pragma once
// A goal's check-ins as a table with keyboard-only entry: "Add check-in" (item
// "checkin-add:<goal id>") starts a row dated today with the cursor in its value field; Tab goes
// through date, value, confidence and note; Enter commits the row as one AddCheckin (or
// UpdateCheckin for an edited row) and starts the next one, dated by the goal's check-in rhythm;
// Escape cancels. A date, number or confidence that is not one is refused with a message naming
// the field, and nothing changes. Existing rows are edited ("checkin-edit:<index>") and deleted
// ("checkin-delete:<index>") by their index in plan.checkins.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/plan/plan.h"
#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

class CheckinTable {
public:
    // Draws the check-ins of `goal` into a region of `height` pixels (0 = what is left);
    // `planState` is History::state(), so the goal's rows are gathered once per plan revision.
    std::optional<Intent> draw(const ViewContext& ctx, const Plan& plan, const Goal& goal, std::uint64_t planState,
                               float height);
    // Starts a new row for `goal` dated `day`, the cursor in its value field.
    void startNew(const std::string& goalId, Date day);
    // True while the entry row waits to take the keyboard.
    bool needsFrames() const { return focusFrames_ > 0; }
    // True while a row is being typed.
    bool editing() const { return row_.has_value(); }
    // The error shown under the row ("" when none).
    const std::string& error() const { return error_; }

private:
    // The row's four fields as typed, and as they started: a field whose text is unchanged keeps
    // the check-in's own value (a note of any length, a value with more digits than shown).
    struct Texts {
        std::string date, value, confidence, note;
        bool operator==(const Texts&) const = default;
    };
    struct Row {
        std::string goalId;
        std::optional<size_t> index;  // the plan.checkins index being edited; empty for a new row
        Texts typed, started;
        std::optional<Checkin> original;  // the check-in being edited
    };
    // A row read as a check-in, or the error and the field it names.
    struct Parsed {
        std::optional<Checkin> checkin;
        std::string error;
        const char* field = nullptr;
    };
    // The check-ins of the goal as plan.checkins indices, oldest first.
    void gather(const Plan& plan, const std::string& goalId, std::uint64_t planState);
    void startEdit(const Plan& plan, size_t index, const Strings& tr);
    // Draws the entry row's four fields; returns the edit when Enter committed a valid row.
    std::optional<Intent> drawEntryRow(const ViewContext& ctx, const Plan& plan, const Goal& goal);
    static Parsed parseRow(const Row& row, const Strings& tr);
    // The edit that stores a parsed row: AddCheckin, or UpdateCheckin naming the changed field
    // (nothing when nothing changed or the check-in is gone).
    static std::optional<PlanEdit> rowEdit(const Plan& plan, const Row& row, const Checkin& checkin);
    // After one of the row's fields: take the keyboard when it is the one asked for; Enter/Escape.
    void afterField(const char* key, bool& enter, bool& escape);

    std::string gatheredGoal_;
    std::uint64_t gatheredState_ = UINT64_MAX;
    std::vector<size_t> indices_;
    std::optional<Row> row_;
    std::string focusKey_;           // the row's field that should take the keyboard
    int focusFrames_ = 0;
    std::vector<ImWchar> typeAhead_;  // characters typed while the field was on its way
    std::string error_;
    std::optional<Date> futureAsked_;  // the future date the user was asked about; Enter again keeps it
};

}  // namespace waymark::ui
