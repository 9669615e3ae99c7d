#include "core/method/catalog.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace waymark {

namespace {

const char* const kSourceNames[kDataSourceCount] = {
    "native_analytics", "web_analytics", "crm", "listening_tool", "review_sites", "survey",
    "ad_manager", "shop_system", "business_profile", "helpdesk", "team_log"};
const char* const kUnitNames[] = {"count", "percent", "currency", "minutes", "hours", "ratio", "score"};
const char* const kFamilyNames[] = {"audience", "volume", "conversions", "money", "rate", "ratio",
                                    "score", "net_score", "speed", "cost", "cadence", "commitment",
                                    "members", "attendance", "reviews"};

int categoryIndex(std::string_view id) {
    const auto all = categories();
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i].id == id) return static_cast<int>(i);
    return -1;
}

Kpi fromCatalog(const CatalogKpi& row) {
    Kpi kpi;
    kpi.id = std::string(row.id);
    kpi.unit = row.unit;
    kpi.higherIsBetter = (row.traits & kHigherIsBetter) != 0;
    kpi.hard = (row.traits & kHard) != 0;
    kpi.vanity = (row.traits & kVanity) != 0;
    kpi.controllable = (row.traits & kControllable) != 0;
    kpi.family = row.family;
    kpi.ceiling = row.ceiling;
    return kpi;
}

// A custom KPI's family follows from its unit and direction: the nearest catalog behaviour.
KpiFamily familyOf(KpiUnit unit, bool higherIsBetter) {
    switch (unit) {
        case KpiUnit::percent: return KpiFamily::rate;
        case KpiUnit::currency: return higherIsBetter ? KpiFamily::money : KpiFamily::cost;
        case KpiUnit::minutes:
        case KpiUnit::hours: return higherIsBetter ? KpiFamily::volume : KpiFamily::speed;
        case KpiUnit::ratio: return KpiFamily::ratio;
        case KpiUnit::score: return KpiFamily::score;
        case KpiUnit::count: break;
    }
    return KpiFamily::volume;
}

// A custom KPI's chosen kind as the catalog family that judges it.
KpiFamily familyOf(CustomFamily kind, bool higherIsBetter) {
    switch (kind) {
        case CustomFamily::audience: return KpiFamily::audience;
        case CustomFamily::count: return KpiFamily::volume;
        case CustomFamily::conversions: return KpiFamily::conversions;
        case CustomFamily::money: return higherIsBetter ? KpiFamily::money : KpiFamily::cost;
        case CustomFamily::cost: return KpiFamily::cost;
        case CustomFamily::rate: return KpiFamily::rate;
        case CustomFamily::score: return KpiFamily::score;
        case CustomFamily::duration: return higherIsBetter ? KpiFamily::volume : KpiFamily::speed;
        case CustomFamily::cadence: return KpiFamily::cadence;
        case CustomFamily::members: return KpiFamily::members;
        case CustomFamily::attendance: return KpiFamily::attendance;
    }
    return KpiFamily::volume;
}

Kpi fromCustom(const CustomKpi& custom) {
    Kpi kpi;
    kpi.id = custom.id;
    kpi.customName = custom.name;
    kpi.unit = unitFromName(custom.unit);
    kpi.higherIsBetter = custom.higherIsBetter;
    kpi.hard = custom.hard;
    kpi.vanity = custom.vanity;
    kpi.custom = true;
    kpi.family = custom.family ? familyOf(*custom.family, custom.higherIsBetter) : familyOf(kpi.unit, custom.higherIsBetter);
    // A rhythm the team sets is controllable, like the catalog's posting cadence; a share has
    // the same 100% ceiling as the catalog's shares.
    kpi.controllable = custom.family == CustomFamily::cadence;
    if (kpi.unit == KpiUnit::percent && kpi.family == KpiFamily::rate && custom.higherIsBetter) kpi.ceiling = 100;
    return kpi;
}

const double* inputValue(const KpiInputs& inputs, std::string_view name) {
    for (const auto& [key, value] : inputs)
        if (key == name) return &value;
    return nullptr;
}

}  // namespace

const Category* findCategory(std::string_view id) {
    const int index = categoryIndex(id);
    return index < 0 ? nullptr : &categories()[static_cast<size_t>(index)];
}

std::vector<std::string_view> typicalKpis(std::string_view categoryId) {
    std::vector<std::string_view> ids;
    if (categoryIndex(categoryId) < 0) return ids;
    for (const CatalogKpi& kpi : catalogKpis())
        if (inCategory(kpi, categoryId)) ids.push_back(kpi.id);
    return ids;
}

const CatalogKpi* findCatalogKpi(std::string_view id) {
    for (const CatalogKpi& kpi : catalogKpis())
        if (kpi.id == id) return &kpi;
    return nullptr;
}

bool inCategory(const CatalogKpi& kpi, std::string_view categoryId) {
    const int index = categoryIndex(categoryId);
    return index >= 0 && (kpi.categories >> index & 1u) != 0;
}

bool suitsBusiness(const CatalogKpi& kpi, Business business) {
    return (kpi.businesses >> static_cast<int>(business) & 1u) != 0;
}

std::vector<DataSource> dataSources(const CatalogKpi& kpi) {
    std::vector<DataSource> out;
    for (int i = 0; i < kDataSourceCount; ++i)
        if (kpi.sources >> i & 1u) out.push_back(static_cast<DataSource>(i));
    return out;
}

bool isDerived(const CatalogKpi& kpi) { return !kpi.formula.numerator.empty(); }

std::vector<std::string_view> formulaInputs(const CatalogKpi& kpi) {
    std::vector<std::string_view> inputs;
    if (!isDerived(kpi)) return inputs;
    inputs.push_back(kpi.formula.numerator);
    inputs.push_back(kpi.formula.denominator);
    if (!kpi.formula.minus.empty() && kpi.formula.minus != kpi.formula.denominator)
        inputs.push_back(kpi.formula.minus);
    return inputs;
}

std::optional<double> computeKpi(std::string_view kpiId, const KpiInputs& inputs) {
    const CatalogKpi* kpi = findCatalogKpi(kpiId);
    if (!kpi || !isDerived(*kpi)) return std::nullopt;
    const KpiFormula& f = kpi->formula;
    const double* numerator = inputValue(inputs, f.numerator);
    const double* denominator = inputValue(inputs, f.denominator);
    const double* minus = f.minus.empty() ? nullptr : inputValue(inputs, f.minus);
    if (!numerator || !denominator || (!f.minus.empty() && !minus)) return std::nullopt;
    if (!std::isfinite(*numerator) || !std::isfinite(*denominator) || *denominator == 0)
        return std::nullopt;
    if (minus && !std::isfinite(*minus)) return std::nullopt;
    const double result = (*numerator - (minus ? *minus : 0.0)) / *denominator * f.scale;
    if (!std::isfinite(result)) return std::nullopt;
    return result;
}

std::optional<Kpi> findKpi(const Plan& plan, std::string_view id) {
    if (id.empty()) return std::nullopt;
    if (const CatalogKpi* row = findCatalogKpi(id)) return fromCatalog(*row);
    for (const CustomKpi& custom : plan.customKpis)
        if (custom.id == id) return fromCustom(custom);
    return std::nullopt;
}

KpiLookup::KpiLookup(const Plan& plan) {
    custom_.reserve(plan.customKpis.size());
    for (const CustomKpi& custom : plan.customKpis) custom_.push_back(&custom);
    std::stable_sort(custom_.begin(), custom_.end(),
                     [](const CustomKpi* a, const CustomKpi* b) { return a->id < b->id; });
}

const CustomKpi* KpiLookup::findCustom(std::string_view id) const {
    auto it = std::lower_bound(custom_.begin(), custom_.end(), id,
                               [](const CustomKpi* kpi, std::string_view key) { return kpi->id < key; });
    return it != custom_.end() && (*it)->id == id ? *it : nullptr;
}

std::optional<Kpi> KpiLookup::find(std::string_view id) const {
    if (id.empty()) return std::nullopt;
    if (const CatalogKpi* row = findCatalogKpi(id)) return fromCatalog(*row);
    if (const CustomKpi* custom = findCustom(id)) return fromCustom(*custom);
    return std::nullopt;
}

bool clashesWithCatalog(const CustomKpi& kpi) { return findCatalogKpi(kpi.id) != nullptr; }

std::vector<std::string> clashingCustomKpiIds(const Plan& plan) {
    std::vector<std::string> ids;
    for (const CustomKpi& custom : plan.customKpis)
        if (clashesWithCatalog(custom)) ids.push_back(custom.id);
    return ids;
}

const char* name(DataSource v) { return kSourceNames[static_cast<int>(v)]; }
const char* name(KpiUnit v) { return kUnitNames[static_cast<int>(v)]; }
const char* name(KpiFamily v) { return kFamilyNames[static_cast<int>(v)]; }

KpiUnit unitFromName(std::string_view text) {
    for (size_t i = 0; i < std::size(kUnitNames); ++i)
        if (text == kUnitNames[i]) return static_cast<KpiUnit>(i);
    return KpiUnit::count;
}

std::string kpiNameKey(std::string_view id) { return "kpi." + std::string(id) + ".name"; }

std::string kpiName(const Kpi& kpi, const Strings& strings) {
    if (kpi.custom) return kpi.customName.empty() ? kpi.id : kpi.customName;
    return strings(kpiNameKey(kpi.id));
}

std::pair<std::string, std::string> kpiNameArg(const Kpi& kpi, std::string_view placeholder) {
    if (kpi.custom)
        return {std::string(placeholder), kpi.customName.empty() ? kpi.id : kpi.customName};
    return {std::string(placeholder) + "_key", kpiNameKey(kpi.id)};
}

}  // namespace waymark
