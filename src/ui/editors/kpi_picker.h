#pragma once
// The KPI field of the goal editor: the current KPI's name; a click opens a searchable list
// (typical KPIs of the goal's category first), and what was searched for can become the team's
// own KPI in place. Under the field: what the KPI means, its formula, where the number comes
// from, and whether it is hard, soft or vanity.
#include <optional>
#include <string>
#include <vector>

#include "core/plan/plan.h"
#include "imgui.h"
#include "ui/view_context.h"

namespace waymark::ui {

class KpiPicker {
public:
    struct Pick {
        std::optional<std::string> kpiId;    // a catalog or custom KPI chosen
        std::optional<CustomKpi> create;     // a new custom KPI to create and choose
    };
    // Draws the field named "field:<key>" showing the current KPI (or `placeholder` when none);
    // returns what the user picked.
    Pick draw(const ViewContext& ctx, const Plan& plan, const std::string& key, const std::string& current,
              const std::string& categoryId, const char* placeholder = nullptr);
    // The facts about a KPI, wrapped to the current width.
    static void drawDetails(const ViewContext& ctx, const Plan& plan, const std::string& kpiId);

private:
    std::string search_;
    int focusFrames_ = 0;             // frames left for the search field to take the keyboard
    std::vector<ImWchar> typeAhead_;  // typed while it was on its way
};

}  // namespace waymark::ui
