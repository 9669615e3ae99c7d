// The realism band table: how much a KPI plausibly moves per month. One row per family and
// baseline tier; docs/realism.md shows the same table with the reasoning in prose.
// Columns: family, fromBaseline, tier, points, comfortable, ambitious (per month: percent,
// compounded, or points), comfortableFloor, ambitiousFloor (absolute gain per month),
// paidFactor, establishedFactor.
#include "core/method/realism.h"

namespace waymark {

namespace {
using F = KpiFamily;

constexpr RealismBand kBands[] = {
    // Followers and other accumulating audiences. Under 1,000 a business gains its first
    // followers from customers and neighbours quickly: 10%/month (about +33% a quarter) is
    // steady work, 25%/month needs a push. The floors let a tiny or brand-new account count
    // 50 (comfortable) to 200 (ambitious) new followers a month as plausible, whatever its size.
    {F::audience, 0, "small", false, 10, 25, 50, 200, 1.5, 0.85},
    // 1,000-100,000: +20% a quarter (6.3%/month) is within reach for most businesses, so the
    // comfortable line sits above it at 8%; doubling in five months (15%) is the most to plan.
    {F::audience, 1000, "medium", false, 8, 15, 0, 0, 1.5, 0.85},
    // Large audiences have reached most people who care: 3%/month is solid, 8% exceptional.
    {F::audience, 100000, "large", false, 3, 8, 0, 0, 1.5, 0.85},

    // Per-period counts (reach, likes, visits, mentions) swing with every post; sustained
    // improvement is faster than audience growth because better content lifts them directly.
    // No floors: from zero there is no rhythm to judge; measure a first month instead.
    {F::volume, 0, "small", false, 15, 35, 0, 0, 1.5, 0.85},
    {F::volume, 10000, "medium", false, 10, 25, 0, 0, 1.5, 0.85},
    {F::volume, 1000000, "large", false, 5, 12, 0, 0, 1.5, 0.85},

    // Leads, sign-ups, applications: small numbers at first, so a few more per month is
    // plausible from zero (floors 3 and 10); beyond that they follow the funnel, slower than
    // the top-of-funnel counts.
    {F::conversions, 0, "small", false, 12, 30, 3, 10, 1.5, 0.85},
    {F::conversions, 50, "medium", false, 8, 20, 0, 0, 1.5, 0.85},
    {F::conversions, 1000, "large", false, 4, 10, 0, 0, 1.5, 0.85},

    // Revenue per period: currencies differ, so no size tiers; 5%/month (+80% a year) is strong
    // growth for a business, 12% the most a plan should bet on. Ads help, less than for counts.
    {F::money, 0, "any", false, 5, 12, 0, 0, 1.25, 0.85},

    // Rates and shares (engagement rate, conversion rate, bounce rate) move slowly and budget
    // buys volume, not better rates: a fifth better in four months is good work.
    {F::rate, 0, "any", false, 5, 12, 0, 0, 1, 1},
    // Multiples (ROAS, messages per participant) behave like rates.
    {F::ratio, 0, "any", false, 5, 12, 0, 0, 1, 1},
    // Ratings and satisfaction scores are averages over many people: from 4.2 to 4.5 stars
    // takes about half a year (1.2%/month).
    {F::score, 0, "any", false, 1.5, 4, 0, 0, 1, 1},
    // NPS runs from -100 to 100: a few points a quarter is real progress, 5 a month a lot.
    {F::net_score, -100, "any", true, 2, 5, 0, 0, 1, 1},

    // Reply time is the team's own habit: a rota or notifications can cut it by 40% a month;
    // cutting it by more than 70% a month rarely sticks.
    {F::speed, 0, "any", false, 40, 70, 0, 0, 1, 1},
    // Cost per result (lead, acquisition, install, application, click) is a reduction, and a change
    // of tactic (new audience, format or landing page) moves it in steps: a quarter's new tactic
    // can cut it by a quarter (10%/month, -27% a quarter) comfortably and by more than half
    // (25%/month, -58% a quarter) with a real rebuild; beyond that it rarely holds.
    {F::cost, 0, "any", false, 10, 25, 0, 0, 1, 1},
    // Posting rhythm is decided, not earned, but each extra post is work: half as many again
    // per month is comfortable, doubling ambitious; from zero, two (or four) posts a week.
    {F::cadence, 0, "any", false, 50, 100, 2, 4, 1, 1},
    // Covering a share yourself (answer every comment) is a decision: 50 points a month is
    // comfortable, going from nothing to everything in a month ambitious, never unrealistic.
    {F::commitment, 0, "any", true, 50, 100, 0, 0, 1, 1},
};
}  // namespace

std::span<const RealismBand> realismBands() { return kBands; }

const RealismBand& realismBand(KpiFamily family, double baseline) {
    const RealismBand* chosen = nullptr;
    for (const RealismBand& band : kBands) {
        if (band.family != family) continue;
        if (!chosen || band.fromBaseline <= baseline) chosen = &band;
    }
    return *chosen;  // every family has a row; realism_test checks it
}

}  // namespace waymark
