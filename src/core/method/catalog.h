#pragma once
// The catalog: goal categories and KPIs the method knows, plus the plan's own custom KPIs.
// Core stores ids and translation keys only; texts live in assets/i18n/<lang>/catalog.json:
//   category.<id>.name / .description     kpi.<id>.name / .description / .formula (derived only)
//   source.<id>.name    input.<id>.name   unit.<id>.name
// The rows themselves are in catalog_table.cpp; goal templates in goal_templates.h.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text/i18n.h"
#include "core/plan/plan.h"

namespace waymark {

enum class KpiUnit { count, percent, currency, minutes, hours, ratio, score };

// How a KPI's numbers move over time; picks the realism band it is judged by (realism.h).
enum class KpiFamily {
    audience,     // a stock that accumulates: followers, group members, reviews
    volume,       // a count per period that swings: reach, likes, visits, mentions
    conversions,  // outcomes per period, small numbers: leads, sign-ups, applications
    money,        // revenue per period
    rate,         // a share or rate: engagement rate, conversion rate, response rate
    ratio,        // a multiple: ROAS, messages per participant
    score,        // a slow-moving rating: stars, satisfaction, perception surveys
    net_score,    // a score that can be negative (NPS): judged in points, not percent
    speed,        // a duration where lower is better: reply time
    cost,         // a cost per result where lower is better: cost per lead
    cadence,      // a rhythm the team sets itself: posts per week
    commitment,   // a share the team decides to cover itself: replies to comments
    members,      // people who pay or take part and may leave again: paying members, active members
    attendance,   // people per event: guests per evening, sign-ups per session
    reviews,      // reviews collected: they come with customers, a few a month
};

struct Kpi {
    std::string id;
    std::string customName;                // only for custom KPIs: the user's own name
    KpiUnit unit = KpiUnit::count;
    bool higherIsBetter = true;
    bool hard = true;
    bool vanity = false;                   // proves little when it stands alone
    bool custom = false;
    KpiFamily family = KpiFamily::volume;
    bool controllable = false;             // the team fully controls it (posting cadence, reply time)
    double ceiling = 0;                    // highest meaningful value (100 for shares); 0 = none
};

// Where a KPI's numbers come from (measurement plan); text key "source.<name>.name".
enum class DataSource {
    native_analytics, web_analytics, crm, listening_tool, review_sites, survey, ad_manager,
    shop_system, business_profile, helpdesk, team_log,
};
inline constexpr int kDataSourceCount = 11;

// A goal category; its typical KPIs are the catalog KPIs that list it (typicalKpis).
struct Category {
    std::string_view id;
    bool outcome;    // leads, sales: a vanity metric alone cannot show progress here
};

// A derived KPI: (numerator - minus) / denominator * scale, over named inputs ("input.<id>.name").
struct KpiFormula {
    std::string_view numerator;            // empty = not derived
    std::string_view denominator;
    std::string_view minus;                // subtracted from the numerator (ROI); empty = none
    double scale = 1;                      // 100 for percentages
};

// One row of the built-in catalog. Bit sets: use the helpers below rather than the bits.
struct CatalogKpi {
    std::string_view id;
    KpiUnit unit;
    KpiFamily family;
    unsigned traits;                       // KpiTrait bits
    unsigned categories;                   // bit i = categories()[i]
    unsigned sources;                      // bit i = DataSource(i)
    unsigned businesses;                   // bit i = Business(i)
    KpiFormula formula;
    double ceiling;                        // highest meaningful value; 0 = none
};
enum KpiTrait : unsigned { kHigherIsBetter = 1, kHard = 2, kVanity = 4, kControllable = 8 };

// Named input values for computeKpi: {"engagements", 120}, {"impressions", 4000}.
using KpiInputs = std::vector<std::pair<std::string, double>>;

// ---- categories -------------------------------------------------------------------------------
// Every category, in display order.
std::span<const Category> categories();
// The category with this id, or nullptr.
const Category* findCategory(std::string_view id);
// Ids of the catalog KPIs typical for a category, in catalog order; empty for an unknown id.
std::vector<std::string_view> typicalKpis(std::string_view categoryId);

// ---- catalog KPIs -----------------------------------------------------------------------------
// Every built-in KPI, in display order.
std::span<const CatalogKpi> catalogKpis();
// The built-in KPI with this id, or nullptr.
const CatalogKpi* findCatalogKpi(std::string_view id);
// True when the KPI is typical for the category with this id.
bool inCategory(const CatalogKpi& kpi, std::string_view categoryId);
// True when the KPI is worth tracking for this kind of business.
bool suitsBusiness(const CatalogKpi& kpi, Business business);
// Where the KPI's numbers usually come from, in DataSource order.
std::vector<DataSource> dataSources(const CatalogKpi& kpi);
// True when the KPI is computed from other numbers (has a formula).
bool isDerived(const CatalogKpi& kpi);
// The input ids a derived KPI needs (numerator, denominator, then minus); empty when not derived.
std::vector<std::string_view> formulaInputs(const CatalogKpi& kpi);
// Computes a derived KPI from named inputs; nullopt when the KPI is not derived, an input is
// missing or not finite, the denominator is zero, or the result is not finite.
std::optional<double> computeKpi(std::string_view kpiId, const KpiInputs& inputs);

// ---- any KPI: catalog or custom ---------------------------------------------------------------
// A catalog KPI or one of the plan's custom KPIs by id; nullopt when neither has it.
// The catalog wins when a custom KPI reuses a catalog id. Scans the custom KPIs: O(custom KPIs).
std::optional<Kpi> findKpi(const Plan& plan, std::string_view id);

// Resolves many KPI ids against one plan: custom KPIs indexed once, each find O(log n).
class KpiLookup {
public:
    explicit KpiLookup(const Plan& plan);
    // Same answer as findKpi(plan, id).
    std::optional<Kpi> find(std::string_view id) const;
    // The custom KPI with this id even when a catalog KPI shadows it; nullptr when none.
    const CustomKpi* findCustom(std::string_view id) const;

private:
    std::vector<const CustomKpi*> custom_;  // sorted by id, first of duplicates kept
};

// True when a custom KPI's id is also a catalog id (the catalog one is used).
bool clashesWithCatalog(const CustomKpi& kpi);
// Ids of the plan's custom KPIs that clash with catalog ids, in plan order (for validation).
std::vector<std::string> clashingCustomKpiIds(const Plan& plan);

// ---- names and keys ---------------------------------------------------------------------------
// Stable names ("native_analytics", "percent") for keys and files; fromName-style parsing below.
const char* name(DataSource v);
const char* name(KpiUnit v);
const char* name(KpiFamily v);
// A custom KPI's unit text ("percent", "minutes") as a unit; unknown text counts as a count.
KpiUnit unitFromName(std::string_view text);
// The translation key of a catalog KPI's name: "kpi.<id>.name".
std::string kpiNameKey(std::string_view id);
// A KPI's display name: the custom name (or id) for custom KPIs, the translated name otherwise.
std::string kpiName(const Kpi& kpi, const Strings& strings);
// A placeholder argument naming the KPI: {"<placeholder>_key", key} for catalog KPIs (translated
// when the message is built), {"<placeholder>", custom name} for custom ones.
std::pair<std::string, std::string> kpiNameArg(const Kpi& kpi, std::string_view placeholder = "kpi");

}  // namespace waymark
