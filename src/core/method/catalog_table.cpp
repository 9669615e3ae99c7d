// The built-in catalog as data: goal categories and KPIs (see catalog.h for the fields).
// Adding a KPI: add a row here and its keys (kpi.<id>.name, .description, .formula when derived)
// in assets/i18n/en/catalog.json; catalog_test checks both.
#include "core/method/catalog.h"

namespace waymark {

namespace {

// Category bits, in the order of kCategories.
constexpr unsigned AW = 1u << 0;   // awareness
constexpr unsigned EN = 1u << 1;   // engagement
constexpr unsigned TR = 1u << 2;   // traffic
constexpr unsigned LE = 1u << 3;   // leads
constexpr unsigned SA = 1u << 4;   // sales
constexpr unsigned CO = 1u << 5;   // community
constexpr unsigned CS = 1u << 6;   // customer_service
constexpr unsigned RE = 1u << 7;   // reputation
constexpr unsigned TL = 1u << 8;   // thought_leadership
constexpr unsigned RS = 1u << 9;   // research
constexpr unsigned EB = 1u << 10;  // employer_branding
constexpr unsigned FU = 1u << 11;  // fundraising
constexpr unsigned EV = 1u << 12;  // events
constexpr unsigned RL = 1u << 13;  // retention (and loyalty)

constexpr Category kCategories[] = {
    {"awareness", false},          {"engagement", false},  {"traffic", false},
    {"leads", true},               {"sales", true},        {"community", false},
    {"customer_service", false},   {"reputation", false},  {"thought_leadership", false},
    {"research", false},           {"employer_branding", false},
    {"fundraising", true},         {"events", true},       {"retention", true},
};

// Data source bits, in DataSource order.
constexpr unsigned NAT = 1u << 0, WEB = 1u << 1, CRM = 1u << 2, LIS = 1u << 3, REV = 1u << 4,
                   SUR = 1u << 5, ADS = 1u << 6, SHOP = 1u << 7, GBP = 1u << 8, DESK = 1u << 9,
                   LOG = 1u << 10;

// Business bits, in Business order (local, ecommerce, b2b, consulting, nonprofit, personal,
// agency, other). "other" is in every set: with no information, nothing is ruled out.
constexpr unsigned LOCAL = 1u << 0, SHOPS = 1u << 1, B2B = 1u << 2, CONSULT = 1u << 3,
                   NONPROFIT = 1u << 4, PERSONAL = 1u << 5, AGENCY = 1u << 6, OTHER = 1u << 7;
constexpr unsigned ALL = 0xFFu;
// Who sells through a support or shop channel (a consultancy or a personal brand rarely does).
constexpr unsigned SERVICE_DESK = ALL & ~CONSULT & ~PERSONAL;
// Who gets rated on review sites or a Google Business Profile.
constexpr unsigned RATED = LOCAL | SHOPS | B2B | CONSULT | AGENCY | OTHER;
// Who sells through long considered purchases (demos, gated content, expert questions).
constexpr unsigned CONSIDERED = B2B | CONSULT | AGENCY | NONPROFIT | PERSONAL | OTHER;
// Who asks for gifts rather than selling (an NGO, a creator with supporters).
constexpr unsigned GIVING = NONPROFIT | PERSONAL | OTHER;
// Who sells in chats and at the counter: orders by WhatsApp or DM.
constexpr unsigned CHAT_SELLERS = LOCAL | SHOPS | PERSONAL | OTHER;
// Who publishes music, video or courses to a following of their own.
constexpr unsigned CREATORS = PERSONAL | AGENCY | NONPROFIT | OTHER;

constexpr unsigned UP = kHigherIsBetter, HARD = kHard, VANITY = kVanity, CTRL = kControllable;

using U = KpiUnit;
using F = KpiFamily;

constexpr CatalogKpi kKpis[] = {
    // id, unit, family, traits, categories, sources, businesses, formula, ceiling
    // -- awareness
    {"followers", U::count, F::audience, UP | HARD | VANITY, AW | CO, NAT, ALL, {}, 0},
    {"follower_growth_rate", U::percent, F::rate, UP | HARD | VANITY, AW, NAT, ALL,
     {"new_followers", "followers_at_start", {}, 100}, 0},
    {"reach", U::count, F::volume, UP | HARD | VANITY, AW, NAT | ADS, ALL, {}, 0},
    {"impressions", U::count, F::volume, UP | HARD | VANITY, AW, NAT | ADS, ALL, {}, 0},
    {"video_views", U::count, F::volume, UP | HARD | VANITY, AW | EN, NAT, ALL, {}, 0},
    {"story_views", U::count, F::volume, UP | HARD | VANITY, AW, NAT, ALL, {}, 0},
    {"mentions", U::count, F::volume, UP | HARD, AW | EN | RE, NAT | LIS, ALL, {}, 0},
    {"shares", U::count, F::volume, UP | HARD, AW | EN, NAT, ALL, {}, 0},
    {"hashtag_uses", U::count, F::volume, UP | HARD, AW | EN, NAT | LIS, ALL, {}, 0},
    {"branded_search_volume", U::count, F::volume, UP | HARD, AW | RE, WEB, ALL, {}, 0},
    {"business_profile_actions", U::count, F::volume, UP | HARD, AW | TR | SA | CS, GBP, LOCAL | OTHER, {}, 0},
    {"brand_perception", U::score, F::score, UP, AW | RE, SUR, ALL, {}, 100},
    // -- engagement
    {"likes", U::count, F::volume, UP | HARD | VANITY, EN, NAT, ALL, {}, 0},
    {"comments", U::count, F::volume, UP | HARD, EN | CO, NAT, ALL, {}, 0},
    {"saves", U::count, F::volume, UP | HARD, EN, NAT, ALL, {}, 0},
    {"engagement_rate", U::percent, F::rate, UP | HARD, EN, NAT, ALL,
     {"engagements", "impressions", {}, 100}, 0},
    {"average_engagement", U::count, F::volume, UP | HARD, EN, NAT, ALL,
     {"interactions", "posts", {}, 1}, 0},
    {"story_completion_rate", U::percent, F::rate, UP | HARD, EN, NAT, ALL,
     {"story_completions", "story_starts", {}, 100}, 100},
    // -- traffic
    {"social_referral_visits", U::count, F::volume, UP | HARD, TR, WEB, ALL, {}, 0},
    {"share_of_traffic", U::percent, F::rate, UP | HARD, TR, WEB, ALL,
     {"social_visits", "total_visits", {}, 100}, 100},
    {"social_bounce_rate", U::percent, F::rate, HARD, TR, WEB, ALL,
     {"bounced_visits", "social_visits", {}, 100}, 100},
    {"link_clicks", U::count, F::volume, UP | HARD, TR | LE, NAT | ADS, ALL, {}, 0},
    {"click_through_rate", U::percent, F::rate, UP | HARD, TR | LE | SA, NAT | ADS, ALL,
     {"clicks", "impressions", {}, 100}, 100},
    // -- leads
    {"leads", U::count, F::conversions, UP | HARD, LE, CRM | WEB, ALL, {}, 0},
    {"gated_downloads", U::count, F::conversions, UP | HARD, LE, WEB | CRM, CONSIDERED, {}, 0},
    {"demo_bookings", U::count, F::conversions, UP | HARD, LE, CRM, B2B | CONSULT | AGENCY | OTHER, {}, 0},
    {"lead_conversion_rate", U::percent, F::rate, UP | HARD, LE | SA, CRM, ALL,
     {"customers_from_leads", "leads", {}, 100}, 100},
    {"cost_per_lead", U::currency, F::cost, HARD, LE, ADS | CRM, ALL, {"ad_spend", "leads", {}, 1}, 0},
    {"sign_ups", U::count, F::conversions, UP | HARD, LE | SA, WEB | CRM, ALL, {}, 0},
    // -- sales
    {"conversion_rate", U::percent, F::rate, UP | HARD, LE | SA, WEB, ALL,
     {"conversions", "social_visits", {}, 100}, 100},
    {"social_revenue", U::currency, F::money, UP | HARD, SA, WEB | SHOP | CRM, ALL, {}, 0},
    {"ad_revenue", U::currency, F::money, UP | HARD, SA, ADS, ALL, {}, 0},
    {"shoppable_post_clicks", U::count, F::volume, UP | HARD, SA, NAT, LOCAL | SHOPS | OTHER, {}, 0},
    {"discount_code_uses", U::count, F::conversions, UP | HARD, SA, SHOP, LOCAL | SHOPS | NONPROFIT | PERSONAL | OTHER, {}, 0},
    {"roi", U::percent, F::rate, UP | HARD, SA, CRM | SHOP | ADS, ALL,
     {"attributed_revenue", "social_cost", "social_cost", 100}, 0},
    {"roas", U::ratio, F::ratio, UP | HARD, SA, ADS, ALL, {"ad_revenue", "ad_spend", {}, 1}, 0},
    // -- community
    {"active_members", U::count, F::members, UP | HARD, CO, NAT, ALL, {}, 0},
    {"daily_active_members", U::count, F::volume, UP | HARD, CO, NAT, ALL, {}, 0},
    {"group_posts", U::count, F::volume, UP | HARD, CO, NAT, ALL, {}, 0},
    {"group_comments", U::count, F::volume, UP | HARD, CO, NAT, ALL, {}, 0},
    {"chat_participants", U::count, F::volume, UP | HARD, CO, NAT, ALL, {}, 0},
    {"messages_per_participant", U::ratio, F::ratio, UP | HARD, CO, NAT, ALL,
     {"chat_messages", "chat_participants", {}, 1}, 0},
    // -- customer service
    {"dms_received", U::count, F::volume, UP | HARD, CS, NAT | DESK, SERVICE_DESK, {}, 0},
    {"response_rate", U::percent, F::commitment, UP | HARD | CTRL, CS, NAT | DESK, ALL,
     {"answered_messages", "messages_received", {}, 100}, 100},
    {"issues_resolved", U::count, F::volume, UP | HARD, CS, DESK, SERVICE_DESK, {}, 0},
    {"customer_satisfaction", U::percent, F::score, UP | HARD, CS, SUR | DESK, ALL & ~PERSONAL, {}, 100},
    // -- reputation
    {"positive_sentiment_share", U::percent, F::rate, UP | HARD, RE, LIS, ALL,
     {"positive_mentions", "mentions", {}, 100}, 100},
    {"average_rating", U::score, F::score, UP | HARD, RE, REV | GBP, RATED, {}, 5},
    {"review_count", U::count, F::reviews, UP | HARD, RE, REV | GBP, RATED, {}, 0},
    {"net_promoter_score", U::score, F::net_score, UP | HARD, RE | CS, SUR, ALL & ~PERSONAL, {}, 100},
    {"share_of_voice", U::percent, F::rate, UP | HARD, RE | TL, LIS, ALL,
     {"brand_mentions", "market_mentions", {}, 100}, 100},
    // -- press and thought leadership
    {"potential_reach", U::count, F::volume, UP | HARD | VANITY, TL, LIS, ALL, {}, 0},
    {"press_mentions", U::count, F::volume, UP | HARD, TL, LIS, ALL, {}, 0},
    {"influencer_mentions", U::count, F::volume, UP | HARD, TL | AW, LIS, ALL, {}, 0},
    {"inbound_expert_questions", U::count, F::conversions, UP | HARD, TL, LOG | CRM, CONSIDERED, {}, 0},
    // -- customer research
    {"customer_conversations", U::count, F::volume, UP | HARD, RS, LOG, ALL, {}, 0},
    {"suggestions_received", U::count, F::volume, UP | HARD, RS, LOG | SUR, ALL, {}, 0},
    {"changes_from_feedback", U::count, F::conversions, UP | HARD, RS, LOG, ALL, {}, 0},
    // -- employer branding (soft goals need these as proxies)
    {"job_applications_from_social", U::count, F::conversions, UP | HARD, EB, CRM, ALL & ~PERSONAL, {}, 0},
    {"employee_advocacy_posts", U::count, F::volume, UP | HARD, EB, NAT, ALL & ~PERSONAL, {}, 0},
    {"employer_attractiveness", U::score, F::score, UP, EB, SUR, ALL & ~PERSONAL, {}, 100},
    // -- what a starting team fully controls
    {"posts_per_week", U::count, F::cadence, UP | HARD | CTRL, AW | EN | CO, NAT | LOG, ALL, {}, 0},
    {"reply_time_minutes", U::minutes, F::speed, HARD | CTRL, CS | EN | CO, NAT | DESK, ALL, {}, 0},
    {"reply_coverage", U::percent, F::commitment, UP | HARD | CTRL, CS | EN | CO, NAT | LOG, ALL,
     {"answered_comments", "comments_received", {}, 100}, 100},
    // -- the funnel from reach to the business number (funnel.h): its stages and order value
    {"enquiries", U::count, F::conversions, UP | HARD, LE | SA, LOG | GBP | CRM, ALL, {}, 0},
    {"new_customers", U::count, F::conversions, UP | HARD, SA, CRM | SHOP, ALL, {}, 0},
    {"orders", U::count, F::conversions, UP | HARD, SA, SHOP | WEB, ALL, {}, 0},
    {"average_order_value", U::currency, F::money, UP | HARD, SA, SHOP | CRM, ALL, {"order_revenue", "orders", {}, 1}, 0},
    // -- fundraising
    {"donations", U::currency, F::money, UP | HARD, FU, CRM | WEB, GIVING, {}, 0},
    {"donors", U::count, F::conversions, UP | HARD, FU, CRM, GIVING, {}, 0},
    // -- paid media: what a result costs, and how often people see an ad (lower is better)
    {"cost_per_acquisition", U::currency, F::cost, HARD, SA | LE, ADS | CRM, ALL, {"ad_spend", "acquisitions", {}, 1}, 0},
    {"cost_per_install", U::currency, F::cost, HARD, SA, ADS, ALL, {"ad_spend", "installs", {}, 1}, 0},
    {"cost_per_application", U::currency, F::cost, HARD, EB, ADS | CRM, ALL & ~PERSONAL,
     {"ad_spend", "applications", {}, 1}, 0},
    {"cpm", U::currency, F::cost, HARD, AW, ADS, ALL, {"ad_spend", "impressions", {}, 1000}, 0},
    {"cpc", U::currency, F::cost, HARD, TR, ADS, ALL, {"ad_spend", "clicks", {}, 1}, 0},
    {"frequency", U::ratio, F::ratio, HARD, AW, ADS, ALL, {"impressions", "reach", {}, 1}, 0},
    // -- outcomes people asked for by name
    {"email_list_size", U::count, F::audience, UP | HARD, AW | LE | RL | FU, CRM, ALL, {}, 0},
    {"app_installs", U::count, F::conversions, UP | HARD, SA | LE, ADS | WEB, ALL, {}, 0},
    {"bookings", U::count, F::conversions, UP | HARD, SA | LE | EV, CRM | GBP | SHOP, ALL, {}, 0},
    {"message_orders", U::count, F::conversions, UP | HARD, SA | CS, NAT | LOG, CHAT_SELLERS, {}, 0},
    // -- events
    {"ticket_sales", U::count, F::conversions, UP | HARD, EV | SA, SHOP | CRM, ALL, {}, 0},
    {"event_registrations", U::count, F::conversions, UP | HARD, EV | LE, CRM | WEB, ALL, {}, 0},
    {"event_attendance", U::count, F::attendance, UP | HARD, EV | CO, LOG | CRM, ALL, {}, 0},
    // -- creators: music, video, newsletters
    {"monthly_listeners", U::count, F::volume, UP | HARD, AW, NAT, CREATORS, {}, 0},
    {"pre_saves", U::count, F::conversions, UP | HARD, EV | AW, NAT, CREATORS, {}, 0},
    {"watch_time_hours", U::hours, F::volume, UP | HARD, AW | EN, NAT, ALL, {}, 0},
    {"subscribers", U::count, F::audience, UP | HARD | VANITY, AW | CO | RL, NAT, ALL, {}, 0},
    {"ugc_posts", U::count, F::volume, UP | HARD, EN | CO | AW, NAT | LIS, ALL, {}, 0},
    // -- brand and loyalty
    {"brand_lift", U::percent, F::rate, UP | HARD, AW, ADS | SUR, ALL, {}, 100},
    {"paying_members", U::count, F::members, UP | HARD, RL | SA | CO, CRM | SHOP, ALL, {}, 0},
    {"repeat_purchase_rate", U::percent, F::rate, UP | HARD, RL | SA, SHOP | CRM, ALL & ~CONSULT,
     {"repeat_customers", "customers", {}, 100}, 100},
};

}  // namespace

std::span<const Category> categories() { return kCategories; }
std::span<const CatalogKpi> catalogKpis() { return kKpis; }

}  // namespace waymark
