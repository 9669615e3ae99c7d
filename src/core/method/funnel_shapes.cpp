// The funnel of each business kind as data: its stages, the KPIs that measure them and the
// starting values a team replaces with its own. docs/funnel.md gives the reason for every number;
// change both together.
#include "core/method/funnel.h"

namespace waymark {

namespace {

using S = FunnelStageId;
using R = FunnelRateId;
using B = Business;

// In Business order. Starting rates: percent, except order value (money per customer, order,
// visit or donation, in the plan's currency).
const FunnelShape kShapes[] = {
    {B::local, {S::reach, S::enquiries, S::customers, S::revenue},
     {R::enquiry_rate, R::lead_to_customer, R::order_value}, 30, {0.5, 60, 45}},
    {B::ecommerce, {S::reach, S::visits, S::orders, S::revenue},
     {R::click_through, R::conversion, R::order_value}, 25, {1.5, 2, 50}},
    {B::b2b, {S::reach, S::clicks, S::leads, S::customers, S::revenue},
     {R::click_through, R::lead_rate, R::lead_to_customer, R::order_value}, 20, {1, 5, 10, 3000}},
    {B::consulting, {S::reach, S::clicks, S::leads, S::customers, S::revenue},
     {R::click_through, R::lead_rate, R::lead_to_customer, R::order_value}, 25, {0.8, 2, 20, 8000}},
    {B::nonprofit, {S::reach, S::visits, S::donations, S::revenue},
     {R::click_through, R::conversion, R::order_value}, 15, {1, 1, 60}},
    {B::personal, {S::reach, S::clicks, S::sign_ups, S::customers, S::revenue},
     {R::click_through, R::lead_rate, R::lead_to_customer, R::order_value}, 50, {1, 20, 2, 150}},
    {B::agency, {S::reach, S::clicks, S::leads, S::customers, S::revenue},
     {R::click_through, R::lead_rate, R::lead_to_customer, R::order_value}, 20, {0.8, 2, 15, 10000}},
    {B::other, {S::reach, S::visits, S::customers, S::revenue},
     {R::click_through, R::conversion, R::order_value}, 20, {1, 1.5, 100}},
};

// In FunnelStageId order: the stage's KPIs, the first used for new goals.
constexpr const char* kReach[] = {"reach"};
constexpr const char* kClicks[] = {"link_clicks", "social_referral_visits"};
constexpr const char* kVisits[] = {"social_referral_visits", "link_clicks"};
constexpr const char* kLeads[] = {"leads", "sign_ups", "demo_bookings", "job_applications_from_social"};
constexpr const char* kSignUps[] = {"sign_ups", "leads"};
constexpr const char* kEnquiries[] = {"enquiries", "bookings", "business_profile_actions"};
constexpr const char* kInstalls[] = {"app_installs"};
constexpr const char* kCustomers[] = {"new_customers"};
constexpr const char* kOrders[] = {"orders"};
constexpr const char* kDonations[] = {"donors"};
constexpr const char* kRevenue[] = {"social_revenue"};
const std::span<const char* const> kStageKpis[] = {kReach,     kClicks,   kVisits,    kLeads,   kSignUps,   kEnquiries,
                                                   kInstalls, kCustomers, kOrders, kDonations, kRevenue};

constexpr const char* kStageCategories[] = {"awareness", "traffic", "traffic", "leads", "leads",       "leads",
                                            "sales",     "sales",   "sales",   "fundraising", "sales"};

constexpr const char* kStageNames[] = {"reach", "clicks", "visits", "leads", "sign_ups", "enquiries",
                                       "installs", "customers", "orders", "donations", "revenue"};
constexpr const char* kRateNames[] = {"click_through", "enquiry_rate", "lead_rate", "conversion",
                                      "lead_to_customer", "order_value", "install_rate", "install_to_customer"};
// The catalog KPI that measures the rate itself; nullptr = only a ratio of two stages shows it.
constexpr const char* kRateKpis[] = {"click_through_rate", nullptr, nullptr, "conversion_rate",
                                     "lead_conversion_rate", "average_order_value", nullptr, nullptr};
// Starting values of the app store's two steps, in percent: about a third of the people who
// open a store page from social media install; about two installs in a hundred turn into a
// paying customer (free apps and games live on a few payers).
constexpr double kStartingInstallRate = 30, kStartingInstallToCustomer = 2;
constexpr const char* kRateSources[] = {"team", "measured", "starting"};
constexpr const char* kCurrentSources[] = {"none", "checkin", "baseline"};

}  // namespace

const FunnelShape& funnelShape(Business business) { return kShapes[static_cast<int>(business)]; }

FunnelShape withInstalls(const FunnelShape& shape) {
    FunnelShape out = shape;
    for (size_t i = 0; i + 1 < shape.stages.size(); ++i) {
        if (shape.stages[i] != S::visits || !isCustomerStage(shape.stages[i + 1])) continue;
        out.stages.insert(out.stages.begin() + static_cast<long>(i) + 1, S::installs);
        out.rates[i] = R::install_rate, out.startingRates[i] = kStartingInstallRate;
        out.rates.insert(out.rates.begin() + static_cast<long>(i) + 1, R::install_to_customer);
        out.startingRates.insert(out.startingRates.begin() + static_cast<long>(i) + 1, kStartingInstallToCustomer);
        break;
    }
    return out;
}
std::span<const char* const> stageKpis(FunnelStageId stage) { return kStageKpis[static_cast<int>(stage)]; }
const char* rateKpi(FunnelRateId rate) { return kRateKpis[static_cast<int>(rate)]; }
bool isMoneyRate(FunnelRateId rate) { return rate == FunnelRateId::order_value; }
bool isCustomerStage(FunnelStageId s) { return s == S::customers || s == S::orders || s == S::donations; }
const char* stageCategory(FunnelStageId stage) { return kStageCategories[static_cast<int>(stage)]; }

std::optional<double> teamRate(const FunnelRates& rates, FunnelRateId rate) {
    switch (rate) {
        case R::click_through: return rates.clickThrough;
        case R::enquiry_rate: return rates.enquiryRate;
        case R::lead_rate: return rates.leadRate;
        case R::conversion: return rates.conversion;
        case R::lead_to_customer: return rates.leadToCustomer;
        case R::order_value: return rates.orderValue;
        case R::install_rate: return rates.installRate;
        case R::install_to_customer: return rates.installToCustomer;
    }
    return std::nullopt;
}

std::optional<double>* teamRateField(FunnelRates& rates, FunnelRateId rate) {
    switch (rate) {
        case R::click_through: return &rates.clickThrough;
        case R::enquiry_rate: return &rates.enquiryRate;
        case R::lead_rate: return &rates.leadRate;
        case R::conversion: return &rates.conversion;
        case R::lead_to_customer: return &rates.leadToCustomer;
        case R::order_value: return &rates.orderValue;
        case R::install_rate: return &rates.installRate;
        case R::install_to_customer: return &rates.installToCustomer;
    }
    return nullptr;
}

const char* name(FunnelStageId v) { return kStageNames[static_cast<int>(v)]; }
const char* name(FunnelRateId v) { return kRateNames[static_cast<int>(v)]; }
const char* name(RateSource v) { return kRateSources[static_cast<int>(v)]; }
const char* name(CurrentSource v) { return kCurrentSources[static_cast<int>(v)]; }

}  // namespace waymark
