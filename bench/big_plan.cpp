// Writes the big plan of issue 12's scale budget as a plan file: 100 objectives, 1,000 goals,
// 5,000 tactics, 20,000 tasks and 100,000 check-ins by default, realistic enough that every
// view and every rule has work to do (catalog KPIs with fitting baselines and targets, deadlines
// past and future, owners from a pool of 25, repeating tasks of every kind, overdue and done
// tasks, goals ahead, behind and unmeasured). Deterministic: the same seed writes the same file.
//   waymark_big_plan [--seed N] [--goals N] [--today YYYY-MM-DD] [--out FILE]   (default: stdout)
// Every count scales with --goals (10 per objective, 5 tactics and 100 check-ins per goal,
// 4 tasks per tactic). Exit code 2 on bad arguments, 1 when the plan does not load back.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "core/method/catalog.h"
#include "core/method/plan_load.h"
#include "core/plan/channels.h"
#include "core/plan/plan_json.h"

using namespace waymark;

namespace {

// splitmix64: tiny, and the same numbers on every platform (std's distributions are not).
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
    bool chance(double p) { return unit() < p; }
    template <class T> const T& pick(const std::vector<T>& v) { return v[below(static_cast<int>(v.size()))]; }

private:
    std::uint64_t state_;
};

const std::vector<std::string> kOwners = {
    "Ana", "Ben", "Chiara", "Dmitri", "Elif", "Farah", "Gustavo", "Hana", "Ines", "Jonas", "Kwame", "Lena", "Mateo",
    "Nadia", "Olu", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Yusuf", "Zoe"};
const std::vector<std::string> kObjectiveTitles = {
    "Grow weekday covers in the {} region", "Win back lapsed customers in {}", "Launch the {} line profitably",
    "Make {} the first choice for families", "Fill the {} workshops every month", "Double repeat orders from {}",
    "Build the {} community into a sales channel", "Hire the {} team through social media"};
const std::vector<std::string> kPlaces = {"north", "harbour", "old town", "riverside", "east", "airport", "campus",
                                          "market", "station", "garden", "hill", "west"};
const std::vector<std::string> kGoalVerbs = {"Grow", "Raise", "Lift", "Improve", "Reach", "Keep", "Bring"};
const std::vector<std::string> kTacticTitles = {
    "Weekly behind-the-scenes reels", "Customer story series", "Reply to every comment within the hour",
    "Monthly giveaway with a partner", "Paid reach campaign for new openings", "Newsletter sign-up lead magnet",
    "Live Q&A with the team", "User-generated content reposts", "Seasonal menu teaser carousel",
    "Local influencer tasting nights", "Review request cards at checkout", "Retargeting for abandoned carts"};
const std::vector<std::string> kTaskTitles = {
    "Draft the scripts", "Shoot the footage", "Edit and caption", "Schedule the posts", "Brief the partner",
    "Check the numbers", "Answer open messages", "Order print material", "Book the guests", "Write the newsletter",
    "Collect customer photos", "Review the ad spend"};
const std::vector<std::string> kNotes = {"", "", "", "holiday week", "campaign started", "new format tested",
                                         "tracking fixed", "slow month", "post went viral", "budget paused"};

std::string fill(const std::string& pattern, const std::string& value) {
    const size_t at = pattern.find("{}");
    return at == std::string::npos ? pattern : pattern.substr(0, at) + value + pattern.substr(at + 2);
}

std::string numbered(const char* prefix, int n) {
    char id[32];
    std::snprintf(id, sizeof id, "%s-%05d", prefix, n);
    return id;
}

// A baseline in the KPI's usual range, by its family.
double baselineFor(const CatalogKpi& kpi, Random& random) {
    switch (kpi.family) {
        case KpiFamily::audience: return std::round(300 + random.unit() * 20000);
        case KpiFamily::volume: return std::round(1000 + random.unit() * 50000);
        case KpiFamily::conversions: return std::round(5 + random.unit() * 120);
        case KpiFamily::money: return std::round(2000 + random.unit() * 30000);
        case KpiFamily::rate: return std::round((0.5 + random.unit() * 6) * 10) / 10;
        case KpiFamily::ratio: return std::round((1 + random.unit() * 3) * 10) / 10;
        case KpiFamily::score: return kpi.ceiling == 5 ? 3.8 + std::round(random.unit() * 8) / 10 : std::round(50 + random.unit() * 25);
        case KpiFamily::net_score: return std::round(-10 + random.unit() * 40);
        case KpiFamily::speed: return std::round(60 + random.unit() * 600);
        case KpiFamily::cost: return std::round((5 + random.unit() * 40) * 10) / 10;
        case KpiFamily::cadence: return 1 + random.below(3);
        case KpiFamily::commitment: return std::round(40 + random.unit() * 40);
        case KpiFamily::reviews: return std::round(20 + random.unit() * 300);
        case KpiFamily::members: return std::round(30 + random.unit() * 500);
        case KpiFamily::attendance: return std::round(10 + random.unit() * 150);
    }
    return 100;
}

// A target 5-40% better than the baseline, within the KPI's ceiling.
double targetFor(const CatalogKpi& kpi, double baseline, Random& random) {
    const double change = 0.05 + random.unit() * 0.35;
    double target = kpi.traits & kHigherIsBetter ? baseline * (1 + change) : baseline * (1 - change);
    if (kpi.family == KpiFamily::net_score) target = baseline + 5 + random.below(20);
    if (kpi.ceiling > 0) target = std::min(target, kpi.ceiling);
    const double rounded = std::abs(target) >= 100 ? std::round(target) : std::round(target * 10) / 10;
    return rounded == baseline ? baseline + (kpi.traits & kHigherIsBetter ? 1 : -1) : rounded;
}

Plan generate(std::uint64_t seed, int goalCount, Date today) {
    Random random(seed);
    Plan plan;
    plan.id = "bench-big-plan";
    plan.name = "Bench: " + std::to_string(goalCount) + " goals across a restaurant group";
    plan.created = today.plusDays(-400);
    plan.updated = today;
    plan.context.business = Business::local;
    plan.context.phase = Phase::established;
    plan.context.teamSize = 25;
    plan.context.monthlyBudget = 12000;
    plan.context.currency = "EUR";
    for (std::string_view c : knownChannels()) plan.context.channels.emplace_back(c);

    std::vector<const CatalogKpi*> kpis;  // hard catalog KPIs with a category: the ones goals use
    for (const CatalogKpi& k : catalogKpis())
        if (k.categories && !isDerived(k)) kpis.push_back(&k);
    const std::vector<std::string> channels(plan.context.channels);

    const int objectiveCount = std::max(1, goalCount / 10);
    for (int o = 0; o < objectiveCount; ++o) {
        Objective objective;
        objective.id = numbered("objective", o);
        objective.title = fill(kObjectiveTitles[o % kObjectiveTitles.size()], random.pick(kPlaces)) + " (" +
                          std::to_string(o + 1) + ")";
        // Every fifth objective is a marketing objective under the business objective before it.
        if (o % 5 == 4) {
            objective.kind = ObjectiveKind::marketing;
            objective.parentId = numbered("objective", o - 1);
        }
        objective.due = today.plusDays(-60 + random.below(540));
        if (objective.kind == ObjectiveKind::business && random.chance(0.5))
            objective.number = BusinessNumber{BusinessMetric::customers, static_cast<double>(50 + random.below(400)),
                                              NumberPeriod::month};
        plan.objectives.push_back(std::move(objective));
    }

    // 100 check-ins a goal on average, exactly 100 * goalCount in all: 60..140 a goal, none for
    // one goal in twenty (not started), the rest of the total spread over the others.
    std::vector<int> checkinCounts(goalCount);
    long assigned = 0;
    for (int& n : checkinCounts) assigned += n = random.chance(0.05) ? 0 : 60 + random.below(81);
    for (long left = 100L * goalCount - assigned, g = 0; left != 0; g = (g + 1) % goalCount)
        if (checkinCounts[g] > 1) checkinCounts[g] += left > 0 ? 1 : -1, left += left > 0 ? -1 : 1;

    int taskNumber = 0;
    for (int g = 0; g < goalCount; ++g) {
        const CatalogKpi& kpi = *kpis[random.below(static_cast<int>(kpis.size()))];
        Goal goal;
        goal.id = numbered("goal", g);
        // A few goals serve no objective: the outline's "unlinked" card and a finding.
        if (g % 97 != 96) goal.objectiveId = plan.objectives[g / 10 % objectiveCount].id;
        goal.kpi = std::string(kpi.id);
        for (const Category& c : categories())
            if (inCategory(kpi, c.id)) {
                goal.category = std::string(c.id);
                break;
            }
        goal.channel = random.pick(channels);
        goal.title = random.pick(kGoalVerbs) + " " + goal.kpi + " on " + goal.channel + " (goal " + std::to_string(g + 1) + ")";
        goal.soft = random.chance(0.03);
        goal.baseline = baselineFor(kpi, random);
        goal.target = targetFor(kpi, *goal.baseline, random);
        goal.start = today.plusDays(-330 + random.below(120));
        // Most deadlines ahead, one in eight already past: achieved and missed goals.
        goal.deadline = random.chance(0.125) ? today.plusDays(-5 - random.below(60)) : today.plusDays(30 + random.below(400));
        goal.dataSource = "native analytics";
        if (random.chance(0.2)) goal.checkinEveryDays = 7;
        if (random.chance(0.05))
            goal.targetHistory.push_back({goal.start->plusDays(60), *goal.target * 0.9, *goal.target, "raised after the first quarter"});
        plan.goals.push_back(goal);

        // Check-ins every few days up to today, following the path at a pace of its own, with noise.
        const int checkins = checkinCounts[g];
        const long span = daysBetween(*goal.start, today);
        const double pace = 0.4 + random.unit() * 1.0;  // < 1 behind the path, > 1 ahead
        const long total = daysBetween(*goal.start, *goal.deadline);
        for (int c = 0; c < checkins; ++c) {
            const long day = span * (c + 1) / checkins;
            const double along = std::min(1.0, pace * day / std::max(1L, total));
            const double noise = 1 + (random.unit() - 0.5) * 0.04;
            Checkin checkin;
            checkin.goalId = goal.id;
            checkin.date = goal.start->plusDays(day);
            const double value = (*goal.baseline + (*goal.target - *goal.baseline) * along) * noise;
            checkin.value = std::abs(value) >= 100 ? std::round(value) : std::round(value * 10) / 10;
            if (c % 4 == 0) checkin.confidence = static_cast<Confidence>(random.below(3));
            checkin.note = random.pick(kNotes);
            plan.checkins.push_back(std::move(checkin));
        }

        for (int t = 0; t < 5; ++t) {
            Tactic tactic;
            tactic.id = numbered("tactic", g * 5 + t);
            tactic.goalId = goal.id;
            tactic.title = random.pick(kTacticTitles);
            if (!random.chance(0.1)) {  // one in ten not scored yet
                tactic.value = 1 + random.below(5);
                tactic.complexity = 1 + random.below(5);
            }
            for (int k = 0; k < 4; ++k) {
                Task task;
                task.id = numbered("task", taskNumber++);
                task.tacticId = tactic.id;
                task.title = random.pick(kTaskTitles);
                const int owners = random.chance(0.06) ? 0 : random.chance(0.15) ? 2 : 1;  // some without an owner
                for (int w = 0; w < owners; ++w) task.owners.push_back(random.pick(kOwners));
                if (!random.chance(0.04)) task.due = today.plusDays(-120 + random.below(300));
                switch (task.due ? random.below(6) : 5) {  // half one-off, half repeating of every kind
                    case 0: task.repeat = Repeat{1 + random.below(3), RepeatUnit::day, {}, {}}; break;
                    case 1: task.repeat = Repeat{1 + random.below(2), RepeatUnit::week, {}, today.plusDays(random.below(200) - 60)}; break;
                    case 2: task.repeat = Repeat{1 + random.below(3), RepeatUnit::month, 1 + random.below(31), {}}; break;
                    default: break;
                }
                // Past one-off tasks are mostly done; the rest are overdue.
                task.done = task.due && !task.repeat && *task.due < today ? random.chance(0.7) : random.chance(0.1);
                plan.tasks.push_back(std::move(task));
            }
            plan.tactics.push_back(std::move(tactic));
        }
    }
    return plan;
}

int usage(const char* problem) {
    std::cerr << "waymark_big_plan: " << problem
              << "\nusage: waymark_big_plan [--seed N] [--goals N] [--today YYYY-MM-DD] [--out FILE]\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::uint64_t seed = 12;
    int goals = 1000;
    Date today{2026, 11, 23};  // the UI tests' today
    std::string out;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) return usage(("missing value after " + arg).c_str());
        const std::string value = argv[++i];
        if (arg == "--seed") seed = std::stoull(value);
        else if (arg == "--goals") goals = std::stoi(value);
        else if (arg == "--out") out = value;
        else if (arg == "--today") {
            const auto date = Date::parse(value);
            if (!date) return usage(("not a date: " + value).c_str());
            today = *date;
        } else return usage(("unknown option " + arg).c_str());
    }
    if (goals < 1 || goals > 100000) return usage("--goals must be 1..100000");

    const std::string text = serializePlanDocument(generate(seed, goals, today));
    // The file must open with the app's own loader, or it measures nothing.
    if (const LoadResult loaded = loadPlanFile(text); !loaded) {
        std::cerr << "waymark_big_plan: the generated plan does not load: " << loaded.error.str() << "\n";
        return 1;
    }
    if (out.empty()) {
        std::cout << text;
        return 0;
    }
    std::ofstream file(out, std::ios::binary);
    file << text;
    if (!file) {
        std::cerr << "waymark_big_plan: cannot write " << out << "\n";
        return 1;
    }
    return 0;
}
