// The funnel from a business number back to social media. Sections, in file order:
//   each business kind by hand | periods | rates from the plan | today's values | bottleneck
//   | sensitivity | zero and missing numbers | goals from the funnel | texts
#include <doctest/doctest.h>

#include <cmath>
#include <set>
#include <string>
#include <tuple>

#include "core/method/funnel.h"
#include "core/method/funnel_goals.h"
#include "core/method/plan_load.h"
#include "core/method/review.h"
#include "core/plan/example_plans.h"
#include "core/plan/plan_json.h"

using namespace waymark;

namespace {

const Date kFunnelToday{2027, 1, 10};

// A plan of this business kind with one business objective "o1" carrying the number.
Plan planWith(std::optional<Business> kind, BusinessNumber number) {
    Plan p;
    p.id = "p";
    p.context.business = kind;
    p.context.currency = "EUR";
    Objective o;
    o.id = "o1";
    o.title = "grow the business";
    o.number = number;
    p.objectives.push_back(o);
    return p;
}

Checkin checkin(const std::string& goal, Date date, double value) {
    Checkin c;
    c.goalId = goal;
    c.date = date;
    c.value = value;
    return c;
}

BusinessNumber revenuePerMonth(double v) { return {BusinessMetric::revenue, v, NumberPeriod::month}; }

Goal measuredGoal(const std::string& id, const std::string& kpi, std::optional<double> baseline,
                  const std::string& channel = "") {
    Goal g;
    g.id = id;
    g.kpi = kpi;
    g.channel = channel;
    g.baseline = baseline;
    return g;
}

std::vector<std::string> stageNames(const Funnel& f) {
    std::vector<std::string> out;
    for (const auto& s : f.stages) out.push_back(name(s.id));
    return out;
}

bool hasIssue(const Funnel& f, const std::string& code) {
    for (const auto& i : f.issues)
        if (i.code == code) return true;
    return false;
}

// Every need is finite or unknown: never infinite, never NaN.
void checkFinite(const Funnel& f) {
    for (const auto& s : f.stages)
        if (s.required) CHECK(std::isfinite(*s.required));
    for (const auto& s : f.sensitivity) CHECK(std::isfinite(s.after));
}

}  // namespace

// ---- each business kind by hand --------------------------------------------------------------
TEST_CASE("funnel: a shop's 10,000 EUR a month at 50 EUR an order and 2% of visits buying needs 10,000 visits") {
    Plan p = planWith(Business::ecommerce, revenuePerMonth(10000));
    p.objectives[0].funnel = {100, std::nullopt, {1.5, {}, {}, 2, {}, 50, {}, {}}};
    const Funnel f = workFunnel(p, "o1", kFunnelToday);
    REQUIRE_FALSE(f.blocked());
    CHECK(stageNames(f) == std::vector<std::string>{"reach", "visits", "orders", "revenue"});
    CHECK(*f.stages[3].required == 10000);
    CHECK(*f.stages[2].required == 200);
    CHECK(*f.stages[1].required == 10000);                  // exactly: 200 * 100 / 2
    CHECK(*f.stages[0].required == doctest::Approx(666666.67));  // 10,000 visits at 1.5% click-through
    for (const auto& r : f.rates) CHECK(r.source == RateSource::team);
    CHECK(f.socialShareSource == RateSource::team);
}

TEST_CASE("funnel: whole numbers stay whole: 7 orders at 7% are 100 visits, and the goal's target 100, not 101") {
    Plan p = planWith(Business::ecommerce, revenuePerMonth(350));
    p.objectives[0].funnel = {100, std::nullopt, {10, {}, {}, 7, {}, 50, {}, {}}};
    const Funnel f = workFunnel(p, "o1", kFunnelToday);
    CHECK(*f.stages[2].required == 7);
    CHECK(*f.stages[1].required == 100);
    const auto goals = funnelGoals(p, f, kFunnelToday, Strings::load("en"));
    REQUIRE(goals.size() == 4);
    CHECK(goals[1].target == 100);
    CHECK(goals[0].target == 1000);
}

TEST_CASE("funnel: a B2B number uses the starting values: share, click-through, lead rate, close rate, deal value") {
    // 30,000 EUR a quarter = 10,000 a month; 20% from social = 2,000; at 3,000 a customer = 2/3 of a
    // customer; 10% of leads close = 6.67 leads; 5% of clicks become leads = 133.3 clicks; 1% of
    // reach clicks = 13,333 reach.
    const Plan p = planWith(Business::b2b, {BusinessMetric::revenue, 30000, NumberPeriod::quarter});
    const Funnel f = workFunnel(p, "o1", kFunnelToday);
    CHECK(stageNames(f) == std::vector<std::string>{"reach", "clicks", "leads", "customers", "revenue"});
    CHECK(f.numberPerMonth == 10000);
    CHECK(f.socialShare == 20);
    CHECK(f.socialShareSource == RateSource::starting);
    CHECK(f.socialPerMonth == 2000);
    CHECK(*f.stages[3].required == doctest::Approx(0.6667).epsilon(0.001));
    CHECK(*f.stages[2].required == doctest::Approx(6.667).epsilon(0.001));
    CHECK(*f.stages[1].required == doctest::Approx(133.33).epsilon(0.001));
    CHECK(*f.stages[0].required == doctest::Approx(13333.3).epsilon(0.001));
    for (const auto& r : f.rates) CHECK(r.source == RateSource::starting);
    CHECK(f.stages[2].kpi == "leads");
    CHECK(f.stages[0].kpi == "reach");
}

TEST_CASE("funnel: a local business counting customers works back to enquiries and reach, without revenue") {
    // 120 guests a month, 30% through social = 36; 60% of enquiries come = 60 enquiries; 0.5% of
    // people reached enquire = 12,000 reach.
    Plan p = planWith(Business::local, {BusinessMetric::customers, 120, NumberPeriod::month});
    p.objectives[0].funnel.rates.orderValue = -1;  // not needed for customers: not even named
    const Funnel f = workFunnel(p, "o1", kFunnelToday);
    CHECK_FALSE(hasIssue(f, "invalid_rate"));
    CHECK(stageNames(f) == std::vector<std::string>{"reach", "enquiries", "customers"});
    CHECK(f.rates.size() == 2);
    CHECK(*f.stages[2].required == doctest::Approx(36));
    CHECK(*f.stages[1].required == doctest::Approx(60));
    CHECK(*f.stages[0].required == doctest::Approx(12000));
}

TEST_CASE("funnel: consulting, non-profit, personal brand, agency and other have their own shapes and values") {
    struct Case {
        Business kind;
        double perMonth;
        std::vector<std::string> stages;
        double reach;  // worked by hand in the comment
    };
    const Case cases[] = {
        // 8,000 * 25% = 2,000 / 8,000 = 0.25 clients / 20% = 1.25 leads / 2% = 62.5 clicks / 0.8%
        {Business::consulting, 8000, {"reach", "clicks", "leads", "customers", "revenue"}, 7812.5},
        // 6,000 * 15% = 900 / 60 = 15 donations / 1% = 1,500 visits / 1%
        {Business::nonprofit, 6000, {"reach", "visits", "donations", "revenue"}, 150000},
        // 3,000 * 50% = 1,500 / 150 = 10 customers / 2% = 500 sign-ups / 20% = 2,500 clicks / 1%
        {Business::personal, 3000, {"reach", "clicks", "sign_ups", "customers", "revenue"}, 250000},
        // 20,000 * 20% = 4,000 / 10,000 = 0.4 clients / 15% = 2.67 leads / 2% = 133.3 clicks / 0.8%
        {Business::agency, 20000, {"reach", "clicks", "leads", "customers", "revenue"}, 16666.67},
        // 5,000 * 20% = 1,000 / 100 = 10 customers / 1.5% = 666.7 visits / 1%
        {Business::other, 5000, {"reach", "visits", "customers", "revenue"}, 66666.67},
    };
    for (const Case& c : cases) {
        CAPTURE(name(c.kind));
        const Funnel f = workFunnel(planWith(c.kind, revenuePerMonth(c.perMonth)), "o1", kFunnelToday);
        CHECK(stageNames(f) == c.stages);
        CHECK(f.shape == c.kind);
        CHECK(*f.stages.front().required == doctest::Approx(c.reach).epsilon(0.0001));
    }
}

TEST_CASE("funnel: the shape the team picks wins over the plan's business kind; no kind at all says so") {
    Plan p = planWith(Business::b2b, revenuePerMonth(1000));
    p.objectives[0].funnel.shape = Business::ecommerce;
    CHECK(workFunnel(p, "o1", kFunnelToday).shape == Business::ecommerce);
    const Funnel unknown = workFunnel(planWith(std::nullopt, revenuePerMonth(1000)), "o1", kFunnelToday);
    CHECK(unknown.shape == Business::other);
    CHECK(hasIssue(unknown, "no_business_kind"));
    CHECK_FALSE(unknown.blocked());
}

// ---- periods -----------------------------------------------------------------------------------
TEST_CASE("funnel: a quarter, a year and a total by the due date become a number per month") {
    CHECK(workFunnel(planWith(Business::b2b, {BusinessMetric::revenue, 30000, NumberPeriod::quarter}), "o1", kFunnelToday)
              .numberPerMonth == 10000);
    CHECK(workFunnel(planWith(Business::b2b, {BusinessMetric::revenue, 120000, NumberPeriod::year}), "o1", kFunnelToday)
              .numberPerMonth == 10000);
    // 12,000 from 2027-01-10 to 2028-01-10: 365 days, 11.99 mean months, about 1,000.7 a month.
    Plan total = planWith(Business::b2b, {BusinessMetric::revenue, 12000, NumberPeriod::total});
    total.objectives[0].due = Date{2028, 1, 10};
    CHECK(workFunnel(total, "o1", kFunnelToday).numberPerMonth == doctest::Approx(1000.66).epsilon(0.0001));
    // Half a year left: twice the monthly pace of a whole year.
    total.objectives[0].due = Date{2027, 7, 11};
    CHECK(workFunnel(total, "o1", kFunnelToday).numberPerMonth == doctest::Approx(2000).epsilon(0.01));
}

TEST_CASE("funnel: a level the business stands at (recurring revenue) needs only its growth a month, not the whole number") {
    // 62,000 EUR of monthly recurring revenue by 2027-07-11, standing at 48,000: about 2,333 EUR of
    // new recurring revenue a month for six months, not 62,000 EUR of new sales every month.
    Plan p = planWith(Business::b2b, revenuePerMonth(62000));
    p.objectives[0].due = Date{2027, 7, 11};
    CustomKpi recurring;
    recurring.id = "mrr";
    recurring.name = "Monthly recurring revenue";
    recurring.unit = "currency";
    recurring.family = CustomFamily::money;
    p.customKpis.push_back(recurring);
    Goal mrr = measuredGoal("g-mrr", "mrr", 45000);
    mrr.title = "Grow MRR";
    mrr.objectiveId = "o1";
    mrr.target = 62000;
    p.goals.push_back(mrr);
    p.checkins.push_back(checkin("g-mrr", Date{2027, 1, 1}, 48000));
    Funnel f = workFunnel(p, "o1", kFunnelToday);
    CHECK(f.numberPerMonth == doctest::Approx(14000 / monthsBetween(kFunnelToday, Date{2027, 7, 11})));
    CHECK(hasIssue(f, "level"));
    CHECK(!f.blocked());

    // Counted per month, the same KPI is revenue earned anew each month: the whole number.
    p.goals[0].measuredAs = MeasuredAs::per_month;
    f = workFunnel(p, "o1", kFunnelToday);
    CHECK(f.numberPerMonth == 62000);
    CHECK(!hasIssue(f, "level"));
    // So is a catalog revenue KPI, and a goal aiming at another number.
    p.goals[0].measuredAs.reset();
    p.goals[0].kpi = "social_revenue";
    CHECK(workFunnel(p, "o1", kFunnelToday).numberPerMonth == 62000);
    p.goals[0].kpi = "mrr";
    p.goals[0].target = 55000;
    CHECK(workFunnel(p, "o1", kFunnelToday).numberPerMonth == 62000);

    // Without a due date there are no months to spread the growth over: said, not read as new sales.
    p.goals[0].target = 62000;
    p.objectives[0].due.reset();
    f = workFunnel(p, "o1", kFunnelToday);
    CHECK(f.blocked());
    CHECK(hasIssue(f, "level_no_due_date"));
    p.objectives[0].due = Date{2027, 7, 11};

    // Already at the level: nothing new to win, said so instead of a funnel of zeros.
    p.goals[0].target = 62000;
    p.checkins.push_back(checkin("g-mrr", Date{2027, 1, 5}, 63000));
    f = workFunnel(p, "o1", kFunnelToday);
    CHECK(f.blocked());
    CHECK(hasIssue(f, "level_reached"));
}

TEST_CASE("funnel: paying members aimed at a customers number are a level too") {
    Plan p = planWith(Business::other, {BusinessMetric::customers, 1000, NumberPeriod::total});
    p.objectives[0].due = Date{2027, 11, 10};
    Goal members = measuredGoal("g-members", "paying_members", 800);
    members.objectiveId = "o1";
    members.target = 1000;
    p.goals.push_back(members);
    const Funnel f = workFunnel(p, "o1", kFunnelToday);
    CHECK(f.numberPerMonth == doctest::Approx(200 / monthsBetween(kFunnelToday, Date{2027, 11, 10})));
    CHECK(hasIssue(f, "level"));
}

TEST_CASE("funnel: a total is won before the stage above the customers closes (applications, enrolment)") {
    // 40 hires by September, but every application goal ends on 15 April: the hires are won from
    // applications made by then, so the total is spread over three months, not eight.
    Plan p = planWith(Business::b2b, {BusinessMetric::customers, 40, NumberPeriod::total});
    p.objectives[0].due = Date{2027, 9, 1};
    Goal apps = measuredGoal("g-apps", "job_applications_from_social", 14);
    apps.objectiveId = "o1";
    apps.deadline = Date{2027, 4, 15};
    p.goals.push_back(apps);
    Funnel f = workFunnel(p, "o1", kFunnelToday);
    CHECK(f.stages[2].kpi == "job_applications_from_social");  // an application is a recruiter's lead
    CHECK(f.stages[2].current == 14);
    CHECK(f.numberPerMonth == doctest::Approx(40 / monthsBetween(kFunnelToday, Date{2027, 4, 15})));
    CHECK(hasIssue(f, "window"));
    // The goals it creates are worked for until the window closes, not until the due date.
    const auto created = funnelGoals(p, f, kFunnelToday, Strings::load("en"));
    REQUIRE(!created.empty());
    for (const Goal& g : created) CHECK(g.deadline == Date{2027, 4, 15});

    // One goal for that stage running to the due date keeps the whole time.
    Goal later = apps;
    later.id = "g-apps-2";
    later.channel = "linkedin";
    later.deadline = Date{2027, 9, 1};
    p.goals.push_back(later);
    f = workFunnel(p, "o1", kFunnelToday);
    CHECK(f.numberPerMonth == doctest::Approx(40 / monthsBetween(kFunnelToday, Date{2027, 9, 1})));
    CHECK(!hasIssue(f, "window"));

    // A number per month is not a window: it repeats every month.
    p.goals.pop_back();
    p.objectives[0].number = BusinessNumber{BusinessMetric::customers, 5, NumberPeriod::month};
    f = workFunnel(p, "o1", kFunnelToday);
    CHECK(f.numberPerMonth == 5);
    CHECK(!hasIssue(f, "window"));
}

TEST_CASE("funnel: a plan that measures app installs passes the app store: visits, installs, paying customers") {
    // 600 new paying players a month; the plan measures store visits, installs and payers in April.
    Plan p = planWith(Business::other, {BusinessMetric::customers, 600, NumberPeriod::month});
    p.objectives[0].funnel.socialShare = 60;
    for (const auto& [id, kpi, value] : {std::tuple{"g-store", "link_clicks", 50000.0}, {"g-installs", "app_installs", 16000.0},
                                         {"g-payers", "new_customers", 400.0}}) {
        p.goals.push_back(measuredGoal(id, kpi, value));
        p.checkins.push_back(checkin(id, Date{2027, 1, 5}, value));
    }
    Funnel f = workFunnel(p, "o1", kFunnelToday);
    CHECK(stageNames(f) == std::vector<std::string>{"reach", "visits", "installs", "customers"});
    CHECK(hasIssue(f, "installs"));
    REQUIRE(f.rates.size() == 3);
    CHECK(f.rates[1].id == FunnelRateId::install_rate);
    CHECK(f.rates[1].value == doctest::Approx(32));  // 16,000 of 50,000 store visits install
    CHECK(f.rates[2].id == FunnelRateId::install_to_customer);
    CHECK(f.rates[2].value == doctest::Approx(2.5));  // 400 of 16,000 installs pay
    CHECK(*f.stages[2].required == doctest::Approx(360 / 0.025));
    // Every step measured in one month: the same gap everywhere, counted at the paying customers.
    REQUIRE(f.bottleneck);
    CHECK(name(f.stages[f.bottleneck->stage].id) == std::string("customers"));

    // The team's own store rates win; they live in the plan file like the others.
    p.objectives[0].funnel.rates.installToCustomer = 3;
    f = workFunnel(p, "o1", kFunnelToday);
    CHECK(f.rates[2].source == RateSource::team);
    CHECK(*f.stages[2].required == doctest::Approx(360 / 0.03));
    const LoadResult again = loadPlanFile(serializePlanDocument(p));
    REQUIRE(again.plan);
    CHECK(again.plan->objectives[0].funnel.rates.installToCustomer == 3);

    // Without installs measured, the shape is the business kind's own.
    p.goals.erase(p.goals.begin() + 1);
    f = workFunnel(p, "o1", kFunnelToday);
    CHECK(stageNames(f) == std::vector<std::string>{"reach", "visits", "customers"});
    CHECK(!hasIssue(f, "installs"));
}

// ---- rates from the plan -------------------------------------------------------------------------
TEST_CASE("funnel: the latest check-in of a rate KPI replaces the starting value; the team's own rate wins over both") {
    Plan p = planWith(Business::b2b, revenuePerMonth(30000));
    p.goals.push_back(measuredGoal("close", "lead_conversion_rate", 12));
    p.checkins.push_back(checkin("close", Date{2026, 11, 30}, 18));
    p.checkins.push_back(checkin("close", Date{2026, 12, 31}, 20));
    p.checkins.push_back(checkin("close", Date{2027, 2, 28}, 40));  // after today: does not count yet
    Funnel f = workFunnel(p, "o1", kFunnelToday);
    const FunnelRate& close = f.rates[2];
    CHECK(close.id == FunnelRateId::lead_to_customer);
    CHECK(close.source == RateSource::measured);
    CHECK(close.value == 20);
    CHECK(close.starting == 10);
    // 6,000 social revenue / 3,000 = 2 customers / 20% = 10 leads (not 20 at the starting 10%).
    CHECK(*f.stages[2].required == doctest::Approx(10));

    p.objectives[0].funnel.rates.leadToCustomer = 25;
    f = workFunnel(p, "o1", kFunnelToday);
    CHECK(f.rates[2].source == RateSource::team);
    CHECK(f.rates[2].value == 25);
    CHECK(f.rates[2].measured == 20);  // still shown next to the team's own
    CHECK(*f.stages[2].required == doctest::Approx(8));
}

TEST_CASE("funnel: two count KPIs measured in the same month give the rate between their stages") {
    Plan p = planWith(Business::b2b, revenuePerMonth(30000));
    p.goals.push_back(measuredGoal("clicks-li", "link_clicks", 300, "linkedin"));
    p.goals.push_back(measuredGoal("clicks-fb", "link_clicks", 50, "facebook"));
    p.goals.push_back(measuredGoal("leads", "leads", 20));
    p.checkins.push_back(checkin("clicks-li", Date{2026, 11, 30}, 500));
    p.checkins.push_back(checkin("leads", Date{2026, 11, 29}, 10));
    p.checkins.push_back(checkin("clicks-li", Date{2026, 12, 15}, 350));
    p.checkins.push_back(checkin("clicks-li", Date{2026, 12, 31}, 300));  // the month's last check-in counts
    p.checkins.push_back(checkin("clicks-fb", Date{2026, 12, 31}, 100));
    p.checkins.push_back(checkin("leads", Date{2026, 12, 31}, 30));
    const Funnel f = workFunnel(p, "o1", kFunnelToday);
    // December: 30 leads of 300 + 100 clicks = 7.5%.
    CHECK(f.rates[1].id == FunnelRateId::lead_rate);
    CHECK(f.rates[1].source == RateSource::measured);
    CHECK(f.rates[1].value == doctest::Approx(7.5));
    // Revenue per customer: both counted the same month.
    p.goals.push_back(measuredGoal("customers", "new_customers", std::nullopt));
    p.goals.push_back(measuredGoal("revenue", "social_revenue", std::nullopt));
    p.checkins.push_back(checkin("customers", Date{2026, 12, 20}, 4));
    p.checkins.push_back(checkin("revenue", Date{2026, 12, 31}, 10000));
    CHECK(workFunnel(p, "o1", kFunnelToday).rates[3].value == doctest::Approx(2500));
}

TEST_CASE("funnel: a ratio over 100%, a zero denominator or stages in different months are not rates") {
    Plan p = planWith(Business::b2b, revenuePerMonth(30000));
    p.goals.push_back(measuredGoal("clicks", "link_clicks", std::nullopt));
    p.goals.push_back(measuredGoal("leads", "leads", std::nullopt));
    p.checkins.push_back(checkin("clicks", Date{2026, 12, 31}, 0));
    p.checkins.push_back(checkin("leads", Date{2026, 12, 31}, 5));
    p.checkins.push_back(checkin("clicks", Date{2026, 11, 30}, 10));
    p.checkins.push_back(checkin("leads", Date{2026, 11, 30}, 40));   // 400%: leads from elsewhere too
    p.checkins.push_back(checkin("leads", Date{2026, 10, 31}, 4));    // no clicks counted in October
    const Funnel f = workFunnel(p, "o1", kFunnelToday);
    CHECK(f.rates[1].source == RateSource::starting);
    CHECK(f.rates[1].value == 5);
    CHECK_FALSE(f.rates[1].measured);
    checkFinite(f);
}

// ---- today's values ------------------------------------------------------------------------------
TEST_CASE("funnel: today's value is the latest check-in per channel, else the baseline; channels add up") {
    Plan p = planWith(Business::b2b, revenuePerMonth(30000));
    p.goals.push_back(measuredGoal("reach-li", "reach", 8000, "linkedin"));
    p.goals.push_back(measuredGoal("reach-fb", "reach", 2000, "facebook"));
    p.goals.push_back(measuredGoal("reach-li-old", "reach", 5000, "linkedin"));
    p.checkins.push_back(checkin("reach-li", Date{2026, 12, 31}, 9000));
    Goal soft = measuredGoal("reach-soft", "reach", 100000, "youtube");
    soft.soft = true;  // a soft goal is not a measurement of the funnel
    p.goals.push_back(soft);
    const Funnel f = workFunnel(p, "o1", kFunnelToday);
    CHECK(*f.stages[0].current == 11000);  // LinkedIn 9,000 from its check-in + Facebook 2,000
    CHECK(f.stages[0].currentSource == CurrentSource::checkin);
    CHECK(f.stages[0].currentGoals == std::vector<std::string>{"reach-li", "reach-fb"});
    CHECK_FALSE(f.stages[1].current);
    CHECK(f.stages[1].currentSource == CurrentSource::none);
}

TEST_CASE("funnel: a stage measured with another KPI of the same stage reads it: trial sign-ups as leads") {
    Plan p = planWith(Business::b2b, revenuePerMonth(30000));
    p.goals.push_back(measuredGoal("trials", "sign_ups", 35));
    const Funnel f = workFunnel(p, "o1", kFunnelToday);
    CHECK(f.stages[2].kpi == "sign_ups");
    CHECK(f.stages[2].current == 35);
    CHECK(f.stages[2].currentSource == CurrentSource::baseline);
}

// ---- bottleneck ------------------------------------------------------------------------------------
TEST_CASE("funnel: the bottleneck is the stage with the largest gap; the lever the rate after it furthest below typical") {
    // Needs (starting values, 2,000 social revenue a month): reach 13,333, clicks 133.3, leads 6.67.
    Plan p = planWith(Business::b2b, {BusinessMetric::revenue, 30000, NumberPeriod::quarter});
    p.goals.push_back(measuredGoal("reach", "reach", 20000));
    p.goals.push_back(measuredGoal("clicks", "link_clicks", 150));
    p.goals.push_back(measuredGoal("leads", "leads", 2));
    Funnel f = workFunnel(p, "o1", kFunnelToday);
    REQUIRE(f.bottleneck);
    CHECK(name(f.stages[f.bottleneck->stage].id) == std::string("leads"));
    CHECK(f.bottleneck->timesToday == doctest::Approx(3.33).epsilon(0.01));
    CHECK(*f.stages[0].timesToday == doctest::Approx(0.667).epsilon(0.01));
    REQUIRE(f.bottleneck->lever);
    CHECK(f.rates[*f.bottleneck->lever].id == FunnelRateId::lead_to_customer);  // all typical: the next step
    const Strings en = Strings::load("en");
    CHECK(sentenceText(*bottleneckSentence(f), en) ==
          "You need 3.3 times today's leads; conversion from lead to customer is the cheapest lever.");

    // Deals measured at half the typical value: that is where the room is.
    p.goals.push_back(measuredGoal("deal-size", "average_order_value", std::nullopt));
    p.checkins.push_back(checkin("deal-size", Date{2026, 12, 31}, 1500));
    f = workFunnel(p, "o1", kFunnelToday);
    CHECK(f.rates[3].source == RateSource::measured);
    CHECK(f.rates[*f.bottleneck->lever].id == FunnelRateId::order_value);
    CHECK(f.bottleneck->timesToday == doctest::Approx(6.67).epsilon(0.01));
    // The same deal value set by the team is the business as it is, not a weakness to fix.
    p.objectives[0].funnel.rates.orderValue = 1500;
    f = workFunnel(p, "o1", kFunnelToday);
    CHECK(f.rates[*f.bottleneck->lever].id == FunnelRateId::lead_to_customer);
}

TEST_CASE("funnel: no bottleneck without measurements; every stage covered says so") {
    const Funnel none = workFunnel(planWith(Business::b2b, revenuePerMonth(1000)), "o1", kFunnelToday);
    CHECK_FALSE(none.bottleneck);
    CHECK(hasIssue(none, "nothing_measured"));
    CHECK_FALSE(bottleneckSentence(none));

    Plan p = planWith(Business::ecommerce, revenuePerMonth(100));  // 25 EUR social: 0.5 orders
    p.goals.push_back(measuredGoal("orders", "orders", 30));
    const Funnel covered = workFunnel(p, "o1", kFunnelToday);
    REQUIRE(covered.bottleneck);
    CHECK(bottleneckSentence(covered)->key == "funnel.bottleneck.covered");
}

// ---- sensitivity -------------------------------------------------------------------------------------
TEST_CASE("funnel: at 1.5% instead of 1% a step needs a third less reach") {
    Plan p = planWith(Business::other, revenuePerMonth(5000));
    const Funnel f = workFunnel(p, "o1", kFunnelToday);  // reach 66,667 at 1% click-through
    REQUIRE(f.sensitivity.size() == 3);
    const Sensitivity& s = f.sensitivity[0];
    CHECK(f.rates[s.rate].id == FunnelRateId::click_through);
    CHECK(s.from == 1);
    CHECK(s.to == 1.5);
    CHECK(s.before == doctest::Approx(66666.67));
    CHECK(s.after == doctest::Approx(44444.44));
    CHECK(s.less == doctest::Approx(1.0 / 3));
    CHECK(sentenceText(sensitivitySentence(f, s, "EUR"), Strings::load("en")) ==
          "At 1.5% instead of 1% click-through from reach to the site, you need 33% less reach: 44,444 instead of 66,667 a month.");
    CHECK(sentenceText(sensitivitySentence(f, f.sensitivity[2], "EUR"), Strings::load("en")) ==
          "At 150 EUR instead of 100 EUR value per customer, you need 33% less reach: 44,444 instead of 66,667 a month.");
}

TEST_CASE("funnel: a percent rate stops at 100% in the sensitivity, and a rate already at 100% has none") {
    Plan p = planWith(Business::local, revenuePerMonth(3000));
    p.objectives[0].funnel.rates.leadToCustomer = 100;
    p.objectives[0].funnel.rates.enquiryRate = 80;
    const Funnel f = workFunnel(p, "o1", kFunnelToday);
    REQUIRE(f.sensitivity.size() == 2);
    CHECK(f.rates[f.sensitivity[0].rate].id == FunnelRateId::enquiry_rate);
    CHECK(f.sensitivity[0].to == 100);
    CHECK(f.sensitivity[0].less == doctest::Approx(0.2));
    CHECK(f.rates[f.sensitivity[1].rate].id == FunnelRateId::order_value);
}

// ---- zero and missing numbers --------------------------------------------------------------------------
TEST_CASE("funnel: a missing or zero number, a total without or past its due date and a 0% share block with a reason") {
    auto blockedBy = [](const Plan& p) {
        const Funnel f = workFunnel(p, "o1", kFunnelToday);
        CHECK(f.blocked());
        CHECK(f.stages.empty());
        for (const auto& i : f.issues)
            if (i.blocking) return i.code;
        return std::string();
    };
    Plan p = planWith(Business::b2b, revenuePerMonth(0));
    CHECK(blockedBy(p) == "zero_number");
    p.objectives[0].number.reset();
    CHECK(blockedBy(p) == "no_number");
    p.objectives[0].number = BusinessNumber{BusinessMetric::customers, 10, NumberPeriod::total};
    CHECK(blockedBy(p) == "no_due_date");
    p.objectives[0].due = kFunnelToday;
    CHECK(blockedBy(p) == "due_passed");
    p.objectives[0].number = revenuePerMonth(1000);
    p.objectives[0].funnel.socialShare = 0;
    CHECK(blockedBy(p) == "zero_share");
    CHECK(workFunnel(p, "nope", kFunnelToday).issues.at(0).code == "no_objective");
}

TEST_CASE("funnel: numbers an editor could leave in memory (NaN, negative, above 100%) are named, never used") {
    Plan p = planWith(Business::b2b, revenuePerMonth(std::nan("")));
    CHECK(workFunnel(p, "o1", kFunnelToday).issues.at(0).code == "invalid_number");
    p.objectives[0].number = revenuePerMonth(-5);
    CHECK(workFunnel(p, "o1", kFunnelToday).issues.at(0).code == "invalid_number");
    p.objectives[0].number = revenuePerMonth(30000);
    p.objectives[0].funnel.socialShare = 130;
    CHECK(workFunnel(p, "o1", kFunnelToday).issues.at(0).code == "invalid_share");
    p.objectives[0].funnel.socialShare.reset();
    p.objectives[0].funnel.rates.leadRate = 250;
    p.objectives[0].funnel.rates.orderValue = HUGE_VAL;
    const Funnel f = workFunnel(p, "o1", kFunnelToday);
    CHECK_FALSE(f.blocked());
    CHECK(f.rates[1].source == RateSource::starting);
    CHECK(f.rates[3].source == RateSource::starting);
    CHECK(hasIssue(f, "invalid_rate"));
    checkFinite(f);
}

TEST_CASE("funnel: a zero rate leaves the stages above it unknown, with a message, never infinite") {
    Plan p = planWith(Business::b2b, revenuePerMonth(30000));
    p.objectives[0].funnel.rates.leadRate = 0;
    p.goals.push_back(measuredGoal("reach", "reach", 1000));
    const Funnel f = workFunnel(p, "o1", kFunnelToday);
    CHECK_FALSE(f.blocked());
    CHECK(hasIssue(f, "zero_rate"));
    CHECK_FALSE(f.stages[0].required);
    CHECK_FALSE(f.stages[1].required);
    CHECK(*f.stages[2].required == doctest::Approx(20));
    CHECK_FALSE(f.stages[0].timesToday);
    CHECK(f.sensitivity.empty());  // nothing to compare at the top
    checkFinite(f);
    const Strings en = Strings::load("en");
    for (const auto& i : f.issues)
        if (i.code == "zero_rate")
            CHECK(sentenceText(issueSentence(i), en) ==
                  "The conversion from click to lead is zero, so no amount of clicks reaches the number. "
                  "Check the measurement or set the rate you expect.");

    // A measured zero rate (no lead from 400 clicks) is a zero rate too.
    Plan measured = planWith(Business::b2b, revenuePerMonth(30000));
    measured.goals.push_back(measuredGoal("clicks", "link_clicks", std::nullopt));
    measured.goals.push_back(measuredGoal("leads", "leads", std::nullopt));
    measured.checkins.push_back(checkin("clicks", Date{2026, 12, 31}, 400));
    measured.checkins.push_back(checkin("leads", Date{2026, 12, 31}, 0));
    const Funnel m = workFunnel(measured, "o1", kFunnelToday);
    CHECK(m.rates[1].source == RateSource::measured);
    CHECK(hasIssue(m, "zero_rate"));
    checkFinite(m);
}

// ---- goals from the funnel --------------------------------------------------------------------------------
TEST_CASE("funnel: the goals it creates are linked, pass the plan reader and get realism verdicts") {
    std::optional<Plan> plan = loadTemplate("software");
    REQUIRE(plan);
    plan->findObjective("segment")->number = BusinessNumber{BusinessMetric::revenue, 360000, NumberPeriod::year};
    const Date today{2026, 11, 23};
    const Funnel f = workFunnel(*plan, "segment", today);
    const Strings en = Strings::load("en");
    const std::vector<Goal> goals = funnelGoals(*plan, f, today, en);
    REQUIRE(goals.size() == f.stages.size());
    std::set<std::string> ids;
    for (const Goal& g : plan->goals) ids.insert(g.id);
    for (const Goal& g : goals) {
        CAPTURE(g.id);
        CHECK(ids.insert(g.id).second);
        CHECK(g.objectiveId == "segment");
        CHECK(g.start == today);
        CHECK(g.deadline == Date{2027, 12, 31});
        CHECK_FALSE(g.title.empty());
        CHECK_FALSE(g.dataSource.empty());
    }
    CHECK(goals[2].kpi == "sign_ups");      // the plan measures leads as trial sign-ups
    CHECK(goals[2].baseline == 39);         // its latest check-in
    CHECK(goals[0].kpi == "reach");
    CHECK_FALSE(goals[0].baseline);         // nobody measures reach yet
    CHECK(goals[2].secondaryKpis == std::vector<std::string>{"lead_conversion_rate"});
    CHECK(goals[2].channel == "linkedin");  // continues the one goal that measures sign-ups
    CHECK(goals[0].channel.empty());        // the team chooses where reach comes from
    CHECK(goals[4].title == "Bring in 9,000 EUR of revenue a month from social media by 31 Dec 2027");

    Plan withGoals = *plan;
    withGoals.goals.insert(withGoals.goals.end(), goals.begin(), goals.end());
    const LoadResult reread = parsePlanDocument(serializePlanDocument(withGoals));
    REQUIRE_MESSAGE(reread.plan, reread.error.str());
    CHECK(*reread.plan == withGoals);
    const auto reviews = review(withGoals, today);
    for (size_t i = plan->goals.size(); i < withGoals.goals.size(); ++i) {
        CAPTURE(withGoals.goals[i].id);
        if (withGoals.goals[i].baseline) CHECK(reviews[i].realism.verdict != Verdict::unknown);
        for (const Finding& finding : reviews[i].findings)
            CHECK_MESSAGE(finding.code != "invalid_number", finding.code);
    }
}

TEST_CASE("funnel: a goal for a stage measured by a KPI of another category takes the KPI's category") {
    std::optional<Plan> plan = loadTemplate("restaurant");
    REQUIRE(plan);
    const Date today{2026, 11, 23};
    const auto goals = funnelGoals(*plan, workFunnel(*plan, "weekday-tables", today), today, Strings::load("en"));
    REQUIRE(goals.size() == 3);
    CHECK(goals[1].kpi == "business_profile_actions");  // the restaurant counts enquiries on its profile
    CHECK(goals[1].category == "sales");
    CHECK(goals[1].baseline == 131);
    CHECK(goals[2].kpi == "new_customers");
    CHECK(goals[2].category == "sales");
}

TEST_CASE("funnel: an impossible business number shows up as unrealistic goals; a covered stage holds its line") {
    Plan p = planWith(Business::b2b, revenuePerMonth(3000000));
    p.objectives[0].due = Date{2027, 4, 10};
    p.goals.push_back(measuredGoal("leads-now", "leads", 20));
    p.goals.push_back(measuredGoal("reach-now", "reach", 5000000));  // more than any need here
    p.goals[0].objectiveId = "o1";
    p.goals[1].objectiveId = "o1";
    const Funnel f = workFunnel(p, "o1", kFunnelToday);
    const auto goals = funnelGoals(p, f, kFunnelToday, Strings::load("en"));
    Plan withGoals = p;
    withGoals.goals.insert(withGoals.goals.end(), goals.begin(), goals.end());
    REQUIRE(parsePlanDocument(serializePlanDocument(withGoals)).plan);
    const auto reviews = review(withGoals, kFunnelToday);
    bool leadsUnrealistic = false;
    for (size_t i = p.goals.size(); i < withGoals.goals.size(); ++i) {
        const Goal& g = withGoals.goals[i];
        if (g.kpi == "leads") leadsUnrealistic = reviews[i].realism.verdict == Verdict::unrealistic;
        if (g.kpi == "reach") {
            CHECK(g.targetType == TargetType::stay_above);
            CHECK(g.target == std::ceil(*f.stages[0].required));
        }
    }
    // 3 million a month: 600,000 social, 200 customers, 2,000 leads from 20 today in three months.
    CHECK(leadsUnrealistic);
}

TEST_CASE("funnel: goal ids stay unique and short; a blocked funnel creates none") {
    Plan p = planWith(Business::ecommerce, revenuePerMonth(10000));
    p.objectives[0].id = std::string(64, 'o');
    p.goals.push_back(measuredGoal(("orders-for-" + std::string(64, 'o')).substr(0, 60), "orders", 10));
    const Funnel f = workFunnel(p, p.objectives[0].id, kFunnelToday);
    const auto goals = funnelGoals(p, f, kFunnelToday, Strings::load("en"));
    REQUIRE(goals.size() == 4);
    for (const Goal& g : goals) CHECK(g.id.size() <= kMaxIdLength);
    CHECK(goals[2].id == p.goals[0].id + "-2");
    CHECK(goals[1].deadline == Date{2027, 2, 10});  // no due date: one month, the number's period
    Plan none = planWith(Business::b2b, revenuePerMonth(0));
    CHECK(funnelGoals(none, workFunnel(none, "o1", kFunnelToday), kFunnelToday, Strings::load("en")).empty());
}

// ---- format and texts --------------------------------------------------------------------------------------
TEST_CASE("funnel: an objective's number and assumptions survive the plan file; bad values name their place") {
    Plan p = planWith(Business::b2b, {BusinessMetric::customers, 12, NumberPeriod::quarter});
    p.objectives[0].funnel = {35, Business::consulting, {{}, {}, 4, {}, 30, 5000, {}, {}}};
    const LoadResult back = parsePlanDocument(serializePlanDocument(p));
    REQUIRE(back.plan);
    CHECK(*back.plan == p);
    auto errorOf = [](const std::string& objective) {
        return parsePlanDocument(R"({"format":"waymark-plan","version":1,"plan":{"id":"p","objectives":[)" + objective + "]}}")
            .error.str();
    };
    CHECK(errorOf(R"({"id":"o","number":{"metric":"revenue","value":-1,"per":"month"}})") ==
          "plan.objectives[0].number.value: must not be negative");
    CHECK(errorOf(R"({"id":"o","number":{"metric":"revenue","value":5}})") == "plan.objectives[0].number.per: missing");
    CHECK(errorOf(R"({"id":"o","funnel":{"rates":{"conversion":120}}})") ==
          "plan.objectives[0].funnel.rates.conversion: must be between 0 and 100");
    CHECK(errorOf(R"({"id":"o","funnel":{"socialShare":50,"rates":{"ctr":1}}})") ==
          "plan.objectives[0].funnel.rates.ctr: unknown field");
}

TEST_CASE("funnel: every stage, rate, source and issue has English text") {
    const Strings en = Strings::load("en");
    for (int s = 0; s <= static_cast<int>(FunnelStageId::revenue); ++s)
        for (const char* field : {".label", ".name"})
            CHECK(en.has(std::string("funnel.stage.") + name(static_cast<FunnelStageId>(s)) + field));
    for (int s = 0; s <= static_cast<int>(FunnelStageId::revenue); ++s)
        CHECK(en.has(std::string("funnel.goal.") + name(static_cast<FunnelStageId>(s))));
    for (int b = 0; b <= static_cast<int>(Business::other); ++b) {
        Plan p = planWith(static_cast<Business>(b), revenuePerMonth(1000));
        const Funnel f = workFunnel(p, "o1", kFunnelToday);
        for (const FunnelRate& r : f.rates) CHECK_MESSAGE(en.has(stepNameKey(r)), stepNameKey(r));
        p.goals.push_back(measuredGoal("installs", "app_installs", 100));  // the app store's steps too
        for (const FunnelRate& r : workFunnel(p, "o1", kFunnelToday).rates) CHECK_MESSAGE(en.has(stepNameKey(r)), stepNameKey(r));
    }
    for (int s = 0; s <= static_cast<int>(RateSource::starting); ++s)
        CHECK(en.has(std::string("funnel.source.") + name(static_cast<RateSource>(s))));
    for (const char* code : {"no_objective", "no_number", "invalid_number", "zero_number", "no_due_date", "due_passed",
                             "invalid_share", "zero_share", "zero_rate", "invalid_rate", "no_business_kind",
                             "nothing_measured", "level", "level_reached", "level_no_due_date", "window", "installs"})
        CHECK(en.has(std::string("funnel.issue.") + code));
    for (int b = 0; b <= static_cast<int>(Business::other); ++b)
        for (FunnelStageId s : funnelShape(static_cast<Business>(b)).stages)
            for (const char* kpi : stageKpis(s)) CHECK_MESSAGE(findCatalogKpi(kpi), kpi);
}
