#pragma once
// The colours of a goal's status, a realism verdict and a finding's severity in a theme: the same
// in every view. Their words are always shown beside them; the colour only helps the eye.
#include "core/method/realism.h"
#include "core/method/review.h"
#include "core/method/tracking.h"
#include "ui/kit/theme.h"

namespace waymark::ui {

inline const ImVec4& statusColor(Status s, const Theme& theme) {
    switch (s) {
        case Status::on_track:
        case Status::achieved: return theme.onTrack;
        case Status::at_risk:
        case Status::stale: return theme.atRisk;
        case Status::off_track:
        case Status::missed: return theme.offTrack;
        default: return theme.textMuted;
    }
}

inline const ImVec4& verdictColor(Verdict verdict, const Theme& theme) {
    return verdict == Verdict::comfortable ? theme.onTrack : verdict == Verdict::ambitious ? theme.atRisk : theme.offTrack;
}

inline const ImVec4& severityColor(Severity severity, const Theme& theme) {
    return severity == Severity::error ? theme.danger : severity == Severity::warning ? theme.warning : theme.tip;
}

}  // namespace waymark::ui
