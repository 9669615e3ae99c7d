#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <string>

#include "core/method/catalog.h"
#include "core/method/goal_templates.h"
#include "core/text/i18n.h"

using namespace waymark;

namespace {
bool isSnakeCase(std::string_view id) {
    if (id.empty() || id.front() == '_' || id.back() == '_') return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}
}  // namespace

TEST_CASE("the catalog knows the ten goal categories of the method, plus employer branding") {
    for (const char* id : {"awareness", "engagement", "traffic", "leads", "sales", "community", "customer_service",
                           "reputation", "thought_leadership", "research", "employer_branding"})
        CHECK_MESSAGE(findCategory(id) != nullptr, id);
    CHECK(categories().size() >= 10);
    CHECK(findCategory("vanity") == nullptr);
    CHECK(findCategory("") == nullptr);
}

TEST_CASE("only categories that count outcomes are outcome categories") {
    std::set<std::string> outcome;
    for (const Category& c : categories())
        if (c.outcome) outcome.insert(std::string(c.id));
    CHECK(outcome == std::set<std::string>{"leads", "sales", "fundraising", "events", "retention"});
}

TEST_CASE("every category has typical KPIs, and they include the ones the method names") {
    for (const Category& c : categories()) CHECK_MESSAGE(typicalKpis(c.id).size() >= 3, c.id);
    auto has = [](std::string_view category, std::string_view kpi) {
        const auto ids = typicalKpis(category);
        return std::find(ids.begin(), ids.end(), kpi) != ids.end();
    };
    CHECK(has("awareness", "followers"));
    CHECK(has("awareness", "branded_search_volume"));
    CHECK(has("engagement", "engagement_rate"));
    CHECK(has("engagement", "average_engagement"));
    CHECK(has("traffic", "share_of_traffic"));
    CHECK(has("traffic", "social_bounce_rate"));
    CHECK(has("leads", "lead_conversion_rate"));
    CHECK(has("sales", "roas"));
    CHECK(has("sales", "roi"));
    CHECK(has("community", "messages_per_participant"));
    CHECK(has("customer_service", "response_rate"));
    CHECK(has("reputation", "average_rating"));
    CHECK(has("thought_leadership", "press_mentions"));
    CHECK(has("research", "changes_from_feedback"));
    CHECK_FALSE(has("sales", "likes"));
    CHECK(typicalKpis("nonsense").empty());
}

TEST_CASE("the KPI catalog has at least 40 KPIs with unique snake_case ids and at least one category") {
    std::set<std::string_view> ids;
    for (const CatalogKpi& kpi : catalogKpis()) {
        CHECK_MESSAGE(isSnakeCase(kpi.id), kpi.id);
        CHECK_MESSAGE(ids.insert(kpi.id).second, kpi.id);
        CHECK_MESSAGE(kpi.categories != 0, kpi.id);
        CHECK_MESSAGE(!dataSources(kpi).empty(), kpi.id);
    }
    CHECK(catalogKpis().size() >= 40);
}

TEST_CASE("likes and followers are vanity metrics, leads and revenue are not") {
    const Plan plan;
    CHECK(findKpi(plan, "likes")->vanity);
    CHECK(findKpi(plan, "followers")->vanity);
    CHECK_FALSE(findKpi(plan, "leads")->vanity);
    CHECK_FALSE(findKpi(plan, "social_revenue")->vanity);
}

TEST_CASE("reply time, bounce rate and cost per lead are lower-is-better") {
    const Plan plan;
    CHECK_FALSE(findKpi(plan, "reply_time_minutes")->higherIsBetter);
    CHECK_FALSE(findKpi(plan, "social_bounce_rate")->higherIsBetter);
    CHECK_FALSE(findKpi(plan, "cost_per_lead")->higherIsBetter);
    CHECK(findKpi(plan, "engagement_rate")->higherIsBetter);
    CHECK(findKpi(plan, "reply_time_minutes")->unit == KpiUnit::minutes);
}

TEST_CASE("a starting team has KPIs it fully controls: posting cadence, reply time, reply coverage") {
    const Plan plan;
    for (const char* id : {"posts_per_week", "reply_time_minutes", "reply_coverage"})
        CHECK_MESSAGE(findKpi(plan, id)->controllable, id);
    CHECK_FALSE(findKpi(plan, "likes")->controllable);
    CHECK_FALSE(findKpi(plan, "followers")->controllable);
}

TEST_CASE("soft KPIs are marked as not hard") {
    const Plan plan;
    CHECK_FALSE(findKpi(plan, "brand_perception")->hard);
    CHECK_FALSE(findKpi(plan, "employer_attractiveness")->hard);
    CHECK(findKpi(plan, "job_applications_from_social")->hard);
}

TEST_CASE("engagement rate is engagements over impressions, average engagement interactions over posts") {
    CHECK(computeKpi("engagement_rate", {{"engagements", 120}, {"impressions", 4000}}) == doctest::Approx(3.0));
    CHECK(computeKpi("average_engagement", {{"interactions", 300}, {"posts", 12}}) == doctest::Approx(25.0));
    CHECK(computeKpi("response_rate", {{"answered_messages", 45}, {"messages_received", 50}}) == doctest::Approx(90.0));
    CHECK(computeKpi("conversion_rate", {{"conversions", 8}, {"social_visits", 400}}) == doctest::Approx(2.0));
    CHECK(computeKpi("lead_conversion_rate", {{"customers_from_leads", 3}, {"leads", 20}}) == doctest::Approx(15.0));
    CHECK(computeKpi("share_of_traffic", {{"social_visits", 250}, {"total_visits", 1000}}) == doctest::Approx(25.0));
    CHECK(computeKpi("social_bounce_rate", {{"bounced_visits", 30}, {"social_visits", 60}}) == doctest::Approx(50.0));
    CHECK(computeKpi("click_through_rate", {{"clicks", 15}, {"impressions", 1000}}) == doctest::Approx(1.5));
    CHECK(computeKpi("roas", {{"ad_revenue", 1500}, {"ad_spend", 500}}) == doctest::Approx(3.0));
    CHECK(computeKpi("cost_per_lead", {{"ad_spend", 600}, {"leads", 40}}) == doctest::Approx(15.0));
}

TEST_CASE("ROI subtracts the cost before dividing by it") {
    CHECK(computeKpi("roi", {{"attributed_revenue", 3000}, {"social_cost", 1000}}) == doctest::Approx(200.0));
    CHECK(computeKpi("roi", {{"attributed_revenue", 500}, {"social_cost", 1000}}) == doctest::Approx(-50.0));
    const CatalogKpi* roi = findCatalogKpi("roi");
    REQUIRE(roi);
    CHECK(formulaInputs(*roi) == std::vector<std::string_view>{"attributed_revenue", "social_cost"});
}

TEST_CASE("a derived KPI is not computed from a zero denominator, missing or non-finite inputs") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    CHECK_FALSE(computeKpi("engagement_rate", {{"engagements", 10}, {"impressions", 0}}));
    CHECK_FALSE(computeKpi("engagement_rate", {{"engagements", 10}}));
    CHECK_FALSE(computeKpi("engagement_rate", {{"engagements", nan}, {"impressions", 10}}));
    CHECK_FALSE(computeKpi("engagement_rate", {{"engagements", 10}, {"impressions", inf}}));
    CHECK_FALSE(computeKpi("engagement_rate", {{"engagements", 1e308}, {"impressions", 1e-10}}));
    CHECK_FALSE(computeKpi("followers", {{"followers", 10}}));  // not derived
    CHECK_FALSE(computeKpi("", {}));
    CHECK_FALSE(computeKpi("roi", {{"attributed_revenue", 10}, {"social_cost", 0}}));
}

TEST_CASE("every derived KPI can be computed from its own formula inputs") {
    for (const CatalogKpi& kpi : catalogKpis()) {
        if (!isDerived(kpi)) continue;
        KpiInputs inputs;
        double value = 2;
        for (std::string_view input : formulaInputs(kpi)) inputs.emplace_back(std::string(input), value++);
        CHECK_MESSAGE(computeKpi(kpi.id, inputs).has_value(), kpi.id);
    }
}

TEST_CASE("a consultancy cares less about support speed than a web shop; a local business about its profile") {
    const CatalogKpi* dms = findCatalogKpi("dms_received");
    const CatalogKpi* profile = findCatalogKpi("business_profile_actions");
    REQUIRE(dms);
    REQUIRE(profile);
    CHECK(suitsBusiness(*dms, Business::ecommerce));
    CHECK_FALSE(suitsBusiness(*dms, Business::consulting));
    CHECK(suitsBusiness(*profile, Business::local));
    CHECK_FALSE(suitsBusiness(*profile, Business::b2b));
    for (const CatalogKpi& kpi : catalogKpis()) CHECK_MESSAGE(suitsBusiness(kpi, Business::other), kpi.id);
    CHECK(dataSources(*profile).front() == DataSource::business_profile);
}

TEST_CASE("custom KPIs work like catalog KPIs and are marked custom") {
    Plan plan;
    plan.customKpis.push_back({"store_visits", "Store visits", "count", true, true, false, std::nullopt});
    plan.customKpis.push_back({"wait_minutes", "Queue wait", "minutes", false, true, false, std::nullopt});
    const auto visits = findKpi(plan, "store_visits");
    REQUIRE(visits);
    CHECK(visits->custom);
    CHECK(visits->customName == "Store visits");
    CHECK(visits->family == KpiFamily::volume);
    const auto wait = findKpi(plan, "wait_minutes");
    REQUIRE(wait);
    CHECK(wait->unit == KpiUnit::minutes);
    CHECK(wait->family == KpiFamily::speed);
    CHECK_FALSE(wait->higherIsBetter);
    CHECK_FALSE(findKpi(plan, "nothing"));
    CHECK_FALSE(findKpi(plan, ""));
    CHECK_FALSE(findKpi(plan, "followers")->custom);
}

TEST_CASE("a custom KPI that reuses a catalog id loses to the catalog, and the clash is reported") {
    Plan plan;
    plan.customKpis.push_back({"followers", "Our fans", "count", false, true, false, std::nullopt});
    plan.customKpis.push_back({"store_visits", "Store visits", "count", true, true, false, std::nullopt});
    const auto kpi = findKpi(plan, "followers");
    REQUIRE(kpi);
    CHECK_FALSE(kpi->custom);
    CHECK(kpi->higherIsBetter);
    CHECK(clashingCustomKpiIds(plan) == std::vector<std::string>{"followers"});
    CHECK(clashesWithCatalog(plan.customKpis[0]));
    CHECK_FALSE(clashesWithCatalog(plan.customKpis[1]));
    const KpiLookup lookup(plan);
    CHECK_FALSE(lookup.find("followers")->custom);
    REQUIRE(lookup.findCustom("followers"));
    CHECK(lookup.findCustom("followers")->name == "Our fans");
}

TEST_CASE("the indexed lookup answers exactly like findKpi") {
    Plan plan;
    for (int i = 0; i < 50; ++i)
        plan.customKpis.push_back({"custom_" + std::to_string(i), "C" + std::to_string(i), i % 2 ? "percent" : "count",
                                   true, true, false, std::nullopt});
    const KpiLookup lookup(plan);
    for (const std::string id : {"custom_0", "custom_17", "custom_49", "custom_50", "likes", "", "roas"}) {
        const auto a = findKpi(plan, id), b = lookup.find(id);
        CHECK(a.has_value() == b.has_value());
        if (a && b) {
            CHECK(a->id == b->id);
            CHECK(a->custom == b->custom);
            CHECK(a->unit == b->unit);
        }
    }
}

TEST_CASE("every catalog KPI, category, source, input, unit and business has English text") {
    const Strings en = Strings::load("en");
    for (const Category& c : categories()) {
        CHECK_MESSAGE(en.has("category." + std::string(c.id) + ".name"), c.id);
        CHECK_MESSAGE(en.has("category." + std::string(c.id) + ".description"), c.id);
    }
    for (const CatalogKpi& kpi : catalogKpis()) {
        const std::string base = "kpi." + std::string(kpi.id);
        CHECK_MESSAGE(en.has(base + ".name"), kpi.id);
        CHECK_MESSAGE(en.has(base + ".description"), kpi.id);
        CHECK_MESSAGE(en.has(base + ".formula") == isDerived(kpi), kpi.id);
        for (std::string_view input : formulaInputs(kpi))
            CHECK_MESSAGE(en.has("input." + std::string(input) + ".name"), input);
    }
    for (int i = 0; i < kDataSourceCount; ++i)
        CHECK(en.has(std::string("source.") + name(static_cast<DataSource>(i)) + ".name"));
    for (int i = 0; i <= static_cast<int>(KpiUnit::score); ++i)
        CHECK(en.has(std::string("unit.") + name(static_cast<KpiUnit>(i)) + ".name"));
    for (int i = 0; i <= static_cast<int>(Business::other); ++i)
        CHECK(en.has(std::string("business.") + name(static_cast<Business>(i)) + ".name"));
}

TEST_CASE("KPI names resolve to text, custom KPIs keep the user's own name") {
    const Strings en = Strings::load("en");
    Plan plan;
    plan.customKpis.push_back({"store_visits", "Store visits", "count", true, true, false, std::nullopt});
    CHECK(kpiName(*findKpi(plan, "engagement_rate"), en) == "Engagement rate");
    CHECK(kpiName(*findKpi(plan, "store_visits"), en) == "Store visits");
    CHECK(kpiNameArg(*findKpi(plan, "likes")).first == "kpi_key");
    CHECK(kpiNameArg(*findKpi(plan, "store_visits")).first == "kpi");
}

TEST_CASE("every category has at least one goal template, each naming a KPI of its category") {
    const Strings en = Strings::load("en");
    for (const Category& c : categories()) CHECK_MESSAGE(!templatesFor(c.id).empty(), c.id);
    std::set<std::string_view> ids;
    for (const GoalTemplate& t : goalTemplates()) {
        CHECK_MESSAGE(ids.insert(t.id).second, t.id);
        const CatalogKpi* kpi = findCatalogKpi(t.kpi);
        REQUIRE_MESSAGE(kpi, t.kpi);
        CHECK_MESSAGE((inCategory(*kpi, t.category) || (kpi->traits & kControllable)), t.id);
        CHECK_MESSAGE(en.has("template." + std::string(t.id) + ".title"), t.id);
        CHECK_MESSAGE(en.has("template." + std::string(t.id) + ".note"), t.id);
    }
    CHECK(templatesFor("nonsense").empty());
}

TEST_CASE("a goal from a template never brings a baseline or target of its own") {
    const Strings en = Strings::load("en");
    for (const GoalTemplate& t : goalTemplates()) {
        const Goal goal = goalFromTemplate(t, en);
        CHECK_FALSE(goal.baseline);
        CHECK_FALSE(goal.target);
        CHECK_FALSE(goal.deadline);
        CHECK(goal.kpi == t.kpi);
        CHECK(goal.category == t.category);
        CHECK(goal.targetType == t.targetType);
        CHECK_FALSE(goal.title.empty());
        CHECK(goal.title.rfind("template.", 0) != 0);  // translated, not the key
    }
}

TEST_CASE("the KPIs marketers had to invent are in the catalog, with their categories and business fit") {
    for (const char* id : {"donations", "donors", "email_list_size", "cost_per_acquisition", "cost_per_install",
                           "cost_per_application", "cpm", "cpc", "frequency", "app_installs", "bookings", "message_orders",
                           "ticket_sales", "event_registrations", "monthly_listeners", "pre_saves", "watch_time_hours",
                           "subscribers", "ugc_posts", "brand_lift", "repeat_purchase_rate"}) {
        CAPTURE(id);
        REQUIRE(findCatalogKpi(id));
    }
    for (const char* category : {"fundraising", "events", "retention"}) {
        CAPTURE(category);
        REQUIRE(findCategory(category));
        CHECK(templatesFor(category).size() >= 1);
    }
    CHECK(suitsBusiness(*findCatalogKpi("bookings"), Business::local));
    CHECK(suitsBusiness(*findCatalogKpi("message_orders"), Business::local));
    CHECK(suitsBusiness(*findCatalogKpi("donations"), Business::nonprofit));
    CHECK_FALSE(suitsBusiness(*findCatalogKpi("donations"), Business::ecommerce));
    CHECK(suitsBusiness(*findCatalogKpi("pre_saves"), Business::personal));
    CHECK_FALSE(suitsBusiness(*findCatalogKpi("pre_saves"), Business::b2b));
    CHECK((findCatalogKpi("cost_per_install")->traits & kHigherIsBetter) == 0u);  // a cost: lower is better
    CHECK(findCatalogKpi("cost_per_install")->family == KpiFamily::cost);
    CHECK(computeKpi("cpm", {{"ad_spend", 50}, {"impressions", 10000}}) == 5.0);
}
