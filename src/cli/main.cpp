// waymark: the command-line tool. Checks, reviews and exports plan files and works their funnels back
// outside the browser,
// for scripts, CI and people who live in a terminal. Output is reproducible with --today.
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli/funnel_output.h"
#include "cli/review_json.h"
#include "core/export/csv.h"
#include "core/export/ics.h"
#include "core/export/report.h"
#include "core/method/plan_load.h"
#include "core/text/terminal_text.h"

namespace {

using namespace waymark;

// Exit codes, also listed in --help.
enum Exit { kOk = 0, kInvalidPlan = 1, kUsage = 2, kUnreadable = 3 };

const char* const kHelp = R"(waymark - check, review and export Waymark plan files, and work funnels back from them

Usage:
  waymark validate PLAN.json
  waymark review [--today YYYY-MM-DD] PLAN.json
  waymark export --format csv|ics|md [--table goals|tactics|tasks|checkins]
                 [--today YYYY-MM-DD] PLAN.json
  waymark funnel --objective ID [--format json|md] [--today YYYY-MM-DD] PLAN.json
  waymark --help | --version

Commands:
  validate   Check that PLAN.json is a valid plan file; print "ok: ..." or the first problem
             with its place in the file (plan.goals[3].deadline: not a date (YYYY-MM-DD)).
  review     Print the SMART review as JSON: per goal its status, progress, findings and
             realism verdict, plus the overdue tasks.
  export     Write the plan to standard output as CSV (one table, --table, default goals;
             UTF-8 with BOM, CRLF), as an iCalendar file (ics) or as a Markdown report (md).
  funnel     Work back from a business objective's number (its "number" field: revenue or
             customers per month, quarter, year or in total by its due date): what each
             stage of the funnel (reach, clicks, leads, customers, revenue; the stages fit the
             business kind) must reach per month, next to today's values, with the rates used
             and where they come from, the bottleneck, what a better rate changes, and the
             goals it would add. JSON by default; --format md prints readable tables.

Options:
  --today YYYY-MM-DD   The day to judge deadlines, status and overdue tasks by
                       (default: the system's date). Use it for reproducible output.
  --format FORMAT      csv, ics or md (export); json or md (funnel, default json).
  --objective ID       The business objective whose number the funnel works back from
                       (funnel only).
  --table TABLE        goals, tactics, tasks or checkins (export --format csv only).
  -h, --help           Show this help.
  --version            Show the version.

Exit codes:
  0  success
  1  the plan file is not a valid Waymark plan, or (funnel) the objective's number cannot be
     worked back: no number, zero, a total without a due date or past it, a 0% share (the
     reason is on standard error)
  2  wrong usage: unknown command, option, format or table, a bad date, or (funnel) no
     --objective or no objective with that id in the plan
  3  the plan file cannot be read (missing, unreadable or too large)
)";

struct Options {
    std::string command;
    std::string file;
    std::string format;
    std::optional<std::string> table;
    std::optional<std::string> objective;
    std::optional<Date> today;
};

// Everything a file or argument can put on a terminal goes through here (see terminal_text.h).
std::string safe(const std::string& text) { return terminalSafe(text); }

int usageError(const std::string& message) {
    std::cerr << "waymark: " << safe(message) << "\nRun 'waymark --help' for usage.\n";
    return kUsage;
}

// Parses argv into options; on a usage problem prints it and returns its exit code.
std::optional<int> parseArgs(const std::vector<std::string>& args, Options& o) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= args.size()) return false;
            out = args[++i];
            return true;
        };
        std::string v;
        if (a == "--today") {
            if (!value(v)) return usageError("--today needs a date (YYYY-MM-DD)");
            o.today = Date::parse(v);
            if (!o.today) return usageError("--today: not a date (YYYY-MM-DD): " + v);
        } else if (a == "--format") {
            if (!value(o.format)) return usageError("--format needs csv, ics or md");
        } else if (a == "--objective") {
            if (!value(v)) return usageError("--objective needs an objective id");
            o.objective = v;
        } else if (a == "--table") {
            if (!value(v)) return usageError("--table needs goals, tactics, tasks or checkins");
            o.table = v;
        } else if (a.size() > 1 && a[0] == '-') {
            return usageError("unknown option: " + a);
        } else if (o.command.empty()) {
            o.command = a;
        } else if (o.file.empty()) {
            o.file = a;
        } else {
            return usageError("unexpected argument: " + a);
        }
    }
    if (o.command != "validate" && o.command != "review" && o.command != "export" && o.command != "funnel")
        return usageError(o.command.empty() ? "no command given" : "unknown command: " + o.command);
    if (o.file.empty()) return usageError(o.command + " needs a plan file");
    if (o.command == "export") {
        if (o.format != "csv" && o.format != "ics" && o.format != "md")
            return usageError(o.format.empty() ? "export needs --format csv, ics or md" : "unknown format: " + o.format);
        if (o.table && o.format != "csv") return usageError("--table only applies to --format csv");
        if (o.table && !csvTableFromName(*o.table)) return usageError("unknown table: " + *o.table);
    } else if (o.command == "funnel") {
        if (!o.objective) return usageError("funnel needs --objective ID");
        if (!o.format.empty() && o.format != "json" && o.format != "md") return usageError("unknown format: " + o.format);
        if (o.table) return usageError("--table only applies to export --format csv");
    } else if (!o.format.empty() || o.table) {
        return usageError("--format and --table only apply to export and funnel");
    }
    if (o.objective && o.command != "funnel") return usageError("--objective only applies to funnel");
    return std::nullopt;
}

// Today on this computer's calendar (the CLI is an app; core never reads the clock).
Date systemToday() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

// Reads the whole file, refusing anything beyond the plan size limit before reading it all.
std::optional<std::string> readFile(const std::string& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open " + path;
        return std::nullopt;
    }
    std::string text(kMaxPlanFileBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (in.bad()) {
        error = "cannot read " + path;
        return std::nullopt;
    }
    text.resize(static_cast<size_t>(in.gcount()));
    if (text.size() > kMaxPlanFileBytes) {
        error = path + " is larger than " + std::to_string(kMaxPlanFileBytes / (1024 * 1024)) + " MB; plan files are smaller";
        return std::nullopt;
    }
    return text;
}

// Prints the funnel of --objective; the reason on standard error when it cannot be worked out.
int runFunnel(const Options& o, const Plan& plan, const Strings& strings, Date today) {
    if (!plan.findObjective(*o.objective)) {
        std::string ids;
        for (const Objective& x : plan.objectives) ids += (ids.empty() ? "" : ", ") + x.id;
        return usageError("no objective with id \"" + safe(*o.objective) + "\" in " + safe(o.file) +
                          (ids.empty() ? " (it has none)" : " (it has: " + safe(ids) + ")"));
    }
    const Funnel funnel = workFunnel(plan, *o.objective, today);
    if (funnel.blocked()) {
        for (const FunnelIssue& issue : funnel.issues)
            if (issue.blocking)
                std::cerr << "error: " << safe(o.file) << ": " << safe(sentenceText(issueSentence(issue), strings)) << "\n";
        return kInvalidPlan;
    }
    const std::string out = o.format == "md" ? funnelMarkdown(plan, funnel, strings) : funnelJson(plan, funnel, strings, today);
    // Into a file or pipe the bytes stay exact; on a terminal nothing in them may act.
    std::cout << (isatty(STDOUT_FILENO) ? terminalSafe(out, true) : out);
    return kOk;
}

int run(const Options& o) {
    std::string error;
    const auto text = readFile(o.file, error);
    if (!text) {
        std::cerr << "waymark: " << safe(error) << "\n";
        return kUnreadable;
    }
    const LoadResult loaded = loadPlanFile(*text);
    if (!loaded) {
        std::cerr << "error: " << safe(o.file) << ": " << safe(loaded.error.str()) << "\n";
        return kInvalidPlan;
    }
    const Plan& plan = *loaded.plan;
    // What the loader changed to read an earlier build's file (a custom KPI the catalog took).
    for (const LoadNote& note : loaded.notes) std::cerr << "note: " << safe(o.file) << ": " << safe(note.text(Strings::load("en"))) << "\n";
    const Date today = o.today.value_or(systemToday());
    const Strings strings = Strings::load("en");
    if (o.command == "validate") {
        std::cout << "ok: " << safe(o.file) << ": plan \"" << safe(plan.name) << "\" with " << plan.objectives.size() << " objectives, "
                  << plan.goals.size() << " goals, " << plan.tactics.size() << " tactics, " << plan.tasks.size()
                  << " tasks, " << plan.checkins.size() << " check-ins\n";
    } else if (o.command == "funnel") {
        return runFunnel(o, plan, strings, today);
    } else {
        std::string out;
        if (o.command == "review") out = reviewJson(plan, strings, today);
        else if (o.format == "csv") out = exportCsv(plan, csvTableFromName(o.table.value_or("goals")).value(), strings, today);
        else if (o.format == "ics") out = exportIcs(plan, strings, today);
        else out = exportReport(plan, strings, today);
        // Into a file or pipe the bytes stay exact; on a terminal nothing in them may act.
        std::cout << (isatty(STDOUT_FILENO) ? terminalSafe(out, true) : out);
    }
    return kOk;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    for (const auto& a : args) {
        if (a == "-h" || a == "--help") {
            std::cout << kHelp;
            return kOk;
        }
        if (a == "--version") {
            std::cout << "waymark " WAYMARK_VERSION "\n";
            return kOk;
        }
    }
    Options options;
    if (const auto failed = parseArgs(args, options)) return *failed;
    return run(options);
}
