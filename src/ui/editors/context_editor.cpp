#include "ui/editors/context_editor.h"

#include <algorithm>
#include <cctype>

#include "core/plan/channels.h"
#include "core/text/number_format.h"
#include "core/text/number_parse.h"
#include "core/export/labels.h"
#include "imgui.h"

namespace waymark::ui {

namespace {
constexpr Business kBusinesses[] = {Business::local,    Business::ecommerce, Business::b2b,    Business::consulting,
                                    Business::nonprofit, Business::personal, Business::agency, Business::other};
constexpr Phase kPhases[] = {Phase::starting, Phase::growing, Phase::established};

// "eur" -> "EUR"; nullopt unless three letters (ISO 4217).
std::optional<std::string> currencyCode(const std::string& text) {
    std::string code;
    for (char c : text)
        if (c != ' ') code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (code.empty()) return code;
    const bool letters = code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    return letters ? std::optional<std::string>(code) : std::nullopt;
}

// The typed text of each number or code field as its edit of the plan's context.
FieldEdit teamSizeEdit(const Plan& plan, const std::string& text, const Strings& tr) {
    const std::optional<double> v = tr.parseNumber(text);
    const bool empty = text.find_first_not_of(' ') == std::string::npos;
    if (!empty && (!v || *v < 0 || *v > 100000 || *v != static_cast<int>(*v)))
        return {std::nullopt, tr("editor.invalid_number", {{"text", text}})};
    Context next = plan.context;
    next.teamSize = empty ? std::nullopt : std::optional<int>(static_cast<int>(*v));
    return {PlanEdit{UpdateContext{std::move(next), "teamSize"}}, {}};
}

FieldEdit budgetEdit(const Plan& plan, const std::string& text, const Strings& tr) {
    const std::optional<double> v = tr.parseNumber(text);
    const bool empty = text.find_first_not_of(' ') == std::string::npos;
    if (!empty && (!v || *v < 0)) return {std::nullopt, tr("editor.invalid_number", {{"text", text}})};
    Context next = plan.context;
    next.monthlyBudget = empty ? std::nullopt : v;
    return {PlanEdit{UpdateContext{std::move(next), "monthlyBudget"}}, {}};
}

FieldEdit currencyEdit(const Plan& plan, const std::string& text, const Strings& tr) {
    const auto code = currencyCode(text);
    if (!code) return {std::nullopt, tr("editor.invalid_currency", {{"text", text}})};
    Context next = plan.context;
    next.currency = *code;
    return {PlanEdit{UpdateContext{std::move(next), "currency"}}, {}};
}
}  // namespace

std::optional<Intent> ContextEditor::draw(const ViewContext& ctx, const Plan& plan) {
    const Strings& tr = ctx.tr;
    const Context& c = plan.context;
    std::optional<Intent> intent;
    auto update = [&](Context next, const char* field) { intent = PlanEdit{UpdateContext{std::move(next), field}}; };
    form_.layout(std::min(11 * ImGui::GetFontSize(), ImGui::GetContentRegionAvail().x * 0.4f));

    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    ImGui::TextWrapped("%s", tr.raw("editor.context_intro"));
    ImGui::PopStyleColor();
    ImGui::Spacing();

    form_.row(ctx, tr.raw("field.name"));
    if (auto edit = form_.edit(ctx, plan, "name", plan.name, tr.raw("header.untitled_plan"),
                               [](const Plan&, const std::string& text, const Strings&) -> FieldEdit {
                                   return {PlanEdit{RenamePlan{text}}, {}};
                               }))
        intent = std::move(*edit);

    form_.row(ctx, tr.raw("field.business"));
    if (const auto picked = form_.optionalChoice(ctx, "business", c.business, kBusinesses, "business.", ".name")) {
        Context next = c;
        next.business = *picked;
        update(next, "business");
    }
    form_.row(ctx, tr.raw("field.phase"));
    if (const auto picked = form_.optionalChoice(ctx, "phase", c.phase, kPhases, "editor.phase.")) {
        Context next = c;
        next.phase = *picked;
        update(next, "phase");
    }

    form_.row(ctx, tr.raw("field.teamSize"));
    if (auto edit = form_.edit(ctx, plan, "teamSize", c.teamSize ? std::to_string(*c.teamSize) : "",
                               tr.raw("editor.team_size_hint"), teamSizeEdit))
        intent = std::move(*edit);
    form_.row(ctx, tr.raw("field.monthlyBudget"));
    if (auto edit = form_.edit(ctx, plan, "monthlyBudget", c.monthlyBudget ? tr.number(*c.monthlyBudget) : "",
                               tr.raw("editor.number_hint"), budgetEdit))
        intent = std::move(*edit);
    form_.row(ctx, tr.raw("field.currency"));
    if (auto edit = form_.edit(ctx, plan, "currency", c.currency, "EUR", currencyEdit)) intent = std::move(*edit);

    form_.row(ctx, tr.raw("field.channels"));
    std::vector<std::string> shown;
    for (std::string_view id : knownChannels()) shown.emplace_back(id);
    for (const std::string& own : c.channels)
        if (std::find(shown.begin(), shown.end(), own) == shown.end()) shown.push_back(own);
    if (!ImGui::BeginTable("channels", 2)) return intent;
    for (const std::string& id : shown) {
        ImGui::TableNextColumn();
        const bool on = std::find(c.channels.begin(), c.channels.end(), id) != c.channels.end();
        const std::string label = channelLabel(id, tr);
        if (const auto v = form_.check(ctx, "channels:" + id, on, label.c_str())) {
            Context next = c;
            if (*v) next.channels.push_back(id);
            else next.channels.erase(std::remove(next.channels.begin(), next.channels.end(), id), next.channels.end());
            update(next, "channels");
        }
    }
    ImGui::EndTable();
    return intent;
}

}  // namespace waymark::ui
