#include "ui/editors/kpi_picker.h"

#include <algorithm>
#include <cctype>

#include "core/method/catalog.h"
#include "core/text/plain_text.h"
#include "imgui.h"
#include "ui/kit/text_field.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

namespace {

// True when every word of the query is in the name, the id or the words people also use for it
// in this language ("kpi.<id>.search": "Bewertung" finds the average rating), ignoring ASCII case.
bool matches(const std::string& query, const std::string& name, std::string_view id, const Strings& tr) {
    const std::string also = "kpi." + std::string(id) + ".search";
    const std::string haystack =
        asciiLower(name) + " " + asciiLower(std::string(id)) + " " + (tr.has(also) ? asciiLower(tr(also)) : "");
    size_t at = 0;
    const std::string q = asciiLower(query);
    while (at < q.size()) {
        const size_t end = std::min(q.find(' ', at), q.size());
        if (end > at && haystack.find(q.substr(at, end - at)) == std::string::npos) return false;
        at = end + 1;
    }
    return true;
}

std::string kpiDisplayName(const Plan& plan, const std::string& id, const Strings& tr) {
    if (id.empty()) return tr("editor.not_set");
    const std::optional<Kpi> kpi = findKpi(plan, id);
    return kpi ? kpiName(*kpi, tr) : id;
}
}  // namespace

KpiPicker::Pick KpiPicker::draw(const ViewContext& ctx, const Plan& plan, const std::string& key,
                                const std::string& current, const std::string& categoryId, const char* placeholder) {
    Pick pick;
    const std::string preview = current.empty() && placeholder ? placeholder : kpiDisplayName(plan, current, ctx.tr);
    if (ImGui::BeginCombo(("##" + key).c_str(), preview.c_str(), ImGuiComboFlags_HeightLargest)) {
        ImGuiIO& io = ImGui::GetIO();
        if (ImGui::IsWindowAppearing()) {
            search_.clear();
            focusFrames_ = kFocusFrames;
            typeAhead_.clear();
        }
        if (focusFrames_ > 0) {
            // People type right after the click; an InputText drops its activation frame's
            // characters (1.90.1), so they wait here until the field has the keyboard.
            typeAhead_.insert(typeAhead_.end(), io.InputQueueCharacters.begin(), io.InputQueueCharacters.end());
            io.InputQueueCharacters.resize(0);
            ImGui::SetKeyboardFocusHere();
        }
        ImGui::SetNextItemWidth(-FLT_MIN);
        inputText("##search", ctx.tr.raw("editor.kpi_search"), search_);
        // Enter in the search takes the one KPI it found.
        const bool enter = ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGuiKey_Enter, false);
        if (focusFrames_ > 0 && (ImGui::IsItemActive() || --focusFrames_ == 0)) {
            replayTypeAhead(typeAhead_);
            focusFrames_ = 0;
        }
        ctx.locator.noteLastItem("kpi-search");
        const std::string query = search_;
        bool exact = false;
        int shown = 0;
        std::string found;
        auto row = [&](const std::string& id, const std::string& name) {
            if (!matches(query, name, id, ctx.tr)) return;
            exact = exact || asciiLower(name) == asciiLower(query);
            ++shown;
            found = id;
            ImGui::PushID(id.c_str());
            if (ImGui::Selectable(name.c_str(), id == current)) pick.kpiId = id;
            ctx.locator.noteLastItem("kpi-option:" + id);
            if (ImGui::IsItemHovered() && !ImGui::IsItemActive()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
                drawDetails(ctx, plan, id);
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::PopID();
        };
        const std::vector<std::string_view> typical = typicalKpis(categoryId);
        if (!typical.empty()) {
            const Category* category = findCategory(categoryId);
            ImGui::SeparatorText(ctx.tr("editor.kpi_in_category",
                                        {{"category", ctx.tr("category." + std::string(category->id) + ".name")}})
                                     .c_str());
            for (std::string_view id : typical) row(std::string(id), ctx.tr(kpiNameKey(id)));
            ImGui::SeparatorText(ctx.tr.raw("editor.kpi_other"));
        }
        for (const CustomKpi& custom : plan.customKpis) row(custom.id, custom.name.empty() ? custom.id : custom.name);
        for (const CatalogKpi& kpi : catalogKpis())
            if (std::find(typical.begin(), typical.end(), kpi.id) == typical.end())
                row(std::string(kpi.id), ctx.tr(kpiNameKey(kpi.id)));
        if (enter && shown == 1 && !query.empty()) pick.kpiId = found;
        if (shown == 0) ImGui::TextDisabled("%s", ctx.tr("editor.kpi_none_found", {{"text", query}}).c_str());
        if (!query.empty() && !exact) {
            ImGui::Separator();
            if (ImGui::Selectable(ctx.tr("editor.kpi_custom_create", {{"text", query}}).c_str())) {
                CustomKpi custom;
                custom.name = query;
                custom.unit = "count";
                pick.create = custom;
            }
            ctx.locator.noteLastItem("kpi-create");
        }
        if (pick.kpiId || pick.create) ImGui::CloseCurrentPopup();
        ImGui::EndCombo();
    }
    ctx.locator.noteLastItem("field:" + key);
    return pick;
}

void KpiPicker::drawDetails(const ViewContext& ctx, const Plan& plan, const std::string& kpiId) {
    const std::optional<Kpi> kpi = findKpi(plan, kpiId);
    if (!kpi) return;
    const Strings& tr = ctx.tr;
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    if (kpi->custom) {
        ImGui::TextWrapped("%s", tr.raw("editor.kpi_custom"));
    } else if (const CatalogKpi* row = findCatalogKpi(kpiId)) {
        ImGui::TextWrapped("%s", tr("kpi." + kpiId + ".description").c_str());
        if (isDerived(*row))
            ImGui::TextWrapped("%s", tr("editor.kpi_formula", {{"formula", tr("kpi." + kpiId + ".formula")}}).c_str());
        std::string sources;
        for (DataSource s : dataSources(*row))
            sources += (sources.empty() ? "" : ", ") + tr(std::string("source.") + name(s) + ".name");
        if (!sources.empty()) ImGui::TextWrapped("%s", tr("editor.kpi_sources", {{"sources", sources}}).c_str());
    }
    ImGui::PopStyleColor();
    const ImVec4& kind = kpi->vanity ? ctx.theme.warning : kpi->hard ? ctx.theme.onTrack : ctx.theme.tip;
    ImGui::PushStyleColor(ImGuiCol_Text, kind);
    ImGui::TextWrapped("%s", tr.raw(kpi->vanity ? "editor.kpi_vanity" : kpi->hard ? "editor.kpi_hard" : "editor.kpi_soft"));
    ImGui::PopStyleColor();
}

}  // namespace waymark::ui
