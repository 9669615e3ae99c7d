#pragma once
// Opening a plan file: the file format's checks (plan_json.h) plus what needs the method's
// catalog, so every way a file enters Waymark (browser, storage, CLI) reads it the same.
#include <string_view>

#include "core/plan/plan_json.h"

namespace waymark {

// parsePlanDocument, then: a custom KPI whose id the catalog has taken since the file was written
// moves to a free id with every goal re-pointed (a "kpi_moved" note says so), and the plan written
// out must stay within kMaxPlanFileBytes (else it could not be read back).
LoadResult loadPlanFile(std::string_view text);

// Why a plan kept in the browser's storage cannot be opened by this build, which decides what
// becomes of it (web/shell/saving.js acts on it; docs/plan-format.md "Files from newer builds").
enum class StoredRefusal {
    damaged,     // not a plan file any build wrote (cut short, not JSON): set aside, an earlier version opens
    unreadable,  // a plan file this build cannot read, from before records had checksums: the same
    too_large,   // larger than a plan may be: the same (its bytes stay downloadable)
    newer,       // exactly what a build wrote, yet refused: a newer build's plan; kept as it is, never written over
};
// whole: the record's checksum shows it holds exactly the bytes some build wrote. Every earlier
// build's files open in this one (tests/golden), so a whole record it refuses is a newer build's.
StoredRefusal storedRefusal(const LoadError& error, bool whole);

}  // namespace waymark
