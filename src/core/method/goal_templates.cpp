#include "core/method/goal_templates.h"

#include <string>

namespace waymark {

namespace {
using T = TargetType;

constexpr GoalTemplate kTemplates[] = {
    {"grow_followers", "awareness", "followers", T::increase},
    {"widen_reach", "awareness", "reach", T::increase},
    {"steady_posting", "awareness", "posts_per_week", T::stay_above},
    {"raise_engagement_rate", "engagement", "engagement_rate", T::increase},
    {"more_conversations", "engagement", "comments", T::increase},
    {"more_social_visits", "traffic", "social_referral_visits", T::increase},
    {"better_social_visits", "traffic", "social_bounce_rate", T::decrease},
    {"leads_from_social", "leads", "leads", T::increase},
    {"cheaper_leads", "leads", "cost_per_lead", T::decrease},
    {"revenue_from_social", "sales", "social_revenue", T::increase},
    {"paid_ads_pay_back", "sales", "roas", T::stay_above},
    {"active_group", "community", "active_members", T::increase},
    {"lively_chat", "community", "messages_per_participant", T::increase},
    {"fast_replies", "customer_service", "reply_time_minutes", T::stay_below},
    {"answer_everyone", "customer_service", "response_rate", T::stay_above},
    {"better_rating", "reputation", "average_rating", T::increase},
    {"warmer_conversation", "reputation", "positive_sentiment_share", T::increase},
    {"press_and_influencers", "thought_leadership", "press_mentions", T::increase},
    {"go_to_expert", "thought_leadership", "inbound_expert_questions", T::increase},
    {"listen_to_customers", "research", "customer_conversations", T::increase},
    {"act_on_feedback", "research", "changes_from_feedback", T::increase},
    {"applications_from_social", "employer_branding", "job_applications_from_social", T::increase},
    {"employee_voices", "employer_branding", "employee_advocacy_posts", T::increase},
    {"cheaper_applications", "employer_branding", "cost_per_application", T::decrease},
    {"more_donors", "fundraising", "donors", T::increase},
    {"donations_from_social", "fundraising", "donations", T::increase},
    {"fill_the_event", "events", "ticket_sales", T::increase},
    {"registrations_for_webinar", "events", "event_registrations", T::increase},
    {"customers_come_back", "retention", "repeat_purchase_rate", T::increase},
    {"grow_email_list", "retention", "email_list_size", T::increase},
};
}  // namespace

std::span<const GoalTemplate> goalTemplates() { return kTemplates; }

std::vector<const GoalTemplate*> templatesFor(std::string_view categoryId) {
    std::vector<const GoalTemplate*> out;
    for (const GoalTemplate& t : kTemplates)
        if (t.category == categoryId) out.push_back(&t);
    return out;
}

Goal goalFromTemplate(const GoalTemplate& tmpl, const Strings& strings) {
    Goal goal;
    goal.title = strings("template." + std::string(tmpl.id) + ".title");
    goal.category = std::string(tmpl.category);
    goal.kpi = std::string(tmpl.kpi);
    goal.targetType = tmpl.targetType;
    return goal;
}

}  // namespace waymark
