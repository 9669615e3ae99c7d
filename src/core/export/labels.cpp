#include "core/export/labels.h"

#include "core/method/catalog.h"
#include "core/method/tasks.h"

namespace waymark {

std::string kpiLabel(const Plan& plan, const std::string& kpiId, const Strings& strings) {
    const auto kpi = findKpi(plan, kpiId);
    return kpi ? kpiName(*kpi, strings) : kpiId;
}

std::string channelLabel(const std::string& channelId, const Strings& strings) {
    const std::string key = "channel." + channelId;
    return strings.has(key) ? strings(key) : channelId;
}

std::string describeRepeat(const Task& task, const Strings& strings) {
    if (!task.repeat || task.repeat->every < 1 || !task.due) return {};
    const Repeat& r = *task.repeat;
    const std::string every = std::to_string(r.every);
    std::string text;
    if (r.unit == RepeatUnit::month) {
        const auto first = firstOccurrence(task);
        const std::string day = std::to_string(r.dayOfMonth.value_or(first->day));
        text = strings(r.every == 1 ? "export.repeat.monthly" : "export.repeat.every_months", {{"n", every}, {"day", day}});
    } else {
        const bool daily = r.unit == RepeatUnit::day;
        const char* key = r.every == 1 ? (daily ? "export.repeat.daily" : "export.repeat.weekly")
                                       : (daily ? "export.repeat.every_days" : "export.repeat.every_weeks");
        text = strings(key, {{"n", every}});
    }
    if (r.until) text += " " + strings("export.repeat.until", {{"date_date", r.until->str()}});
    return text;
}

std::string joinNames(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

std::string yesNo(bool value, const Strings& strings) { return strings(value ? "export.yes" : "export.no"); }

}  // namespace waymark
