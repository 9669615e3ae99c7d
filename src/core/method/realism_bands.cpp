// The realism band table: how much a KPI plausibly moves per month. One row per family and
// baseline tier; docs/realism.md shows the same table with the reasoning in prose.
// Columns: family, fromBaseline, tier, points, comfortable, ambitious (per month: percent,
// compounded, or points), comfortableFloor, ambitiousFloor (absolute gain per month),
// paidFactor, establishedFactor.
#include "core/method/realism.h"

#include <algorithm>
#include <cmath>

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

    // Paying or active members join and leave: what counts is the net gain after those who
    // cancel, so 3% a month (+43% a year) is steady work and 7% a strong year; from few members,
    // 5 (comfortable) to 15 (ambitious) net new ones a month. Ads find members, less than followers.
    {F::members, 0, "any", false, 3, 7, 5, 15, 1.3, 0.85},
    // New reviews and ratings come with customers, a few a month, whatever the account's size:
    // 3% a month more is steady asking, 8% asking nearly everyone; from a few reviews, 2 new
    // ones a month are comfortable and 6 a push. Ads do not buy reviews.
    {F::reviews, 0, "any", false, 3, 8, 2, 6, 1, 1},
    // People per event (guests per evening, sign-ups per session) fill a room slowly: the same
    // people come back and word travels event by event. 4% a month (+60% a year) is good work,
    // 8% (two and a half times in a year) a strong push; a small event may draw 2 (comfortable)
    // to 5 (ambitious) more people each month.
    {F::attendance, 0, "any", false, 4, 8, 2, 5, 1.2, 1},
};

// Within this factor either side of a row's fromBaseline the band moves smoothly from the row
// below to the row: an account just under 100,000 and one just over get nearly the same band.
constexpr double kTransition = 3;
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

RealismBand realismBandAt(KpiFamily family, double baseline) {
    const RealismBand* first = nullptr;
    RealismBand out{};
    for (const RealismBand& band : kBands) {
        if (band.family != family) continue;
        if (!first) {
            first = &band;
            out = band;
            continue;
        }
        if (!(baseline > band.fromBaseline / kTransition)) break;  // NaN stays on the first row
        // Log-linear from the row below (at fromBaseline / 3) to this row (at fromBaseline * 3).
        const double t = std::min(1.0, std::log(baseline * kTransition / band.fromBaseline) / std::log(kTransition * kTransition));
        out.comfortable += (band.comfortable - out.comfortable) * t;
        out.ambitious += (band.ambitious - out.ambitious) * t;
        out.paidFactor = band.paidFactor, out.establishedFactor = band.establishedFactor;
        out.fromBaseline = band.fromBaseline;
        if (t >= 0.5) out.tier = band.tier;
    }
    // A plausible absolute gain does not vanish with size: the first row's floors apply throughout.
    out.comfortableFloor = first->comfortableFloor, out.ambitiousFloor = first->ambitiousFloor;
    return out;
}

}  // namespace waymark
