# End-to-end test of the `waymark` tool: every command on the example plans and on bad input,
# checking exit codes and key output. Run by ctest as
#   cmake -DWAYMARK=<exe> -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch> -P cli_test.cmake
cmake_minimum_required(VERSION 3.20)
foreach(var WAYMARK SOURCE_DIR WORK_DIR)
  if(NOT ${var})
    message(FATAL_ERROR "cli_test.cmake needs -D${var}=...")
  endif()
endforeach()
file(MAKE_DIRECTORY ${WORK_DIR})
set(TEMPLATES ${SOURCE_DIR}/assets/templates)
set(TODAY --today 2026-11-23)
set(FAILURES 0)

function(fail message)
  message(SEND_ERROR "FAIL: ${message}")
  math(EXPR n "${FAILURES} + 1")
  set(FAILURES ${n} PARENT_SCOPE)
endfunction()

# run(<expected exit code> <name> args...): runs waymark, keeps stdout in ${WORK_DIR}/<name>.out,
# stdout and stderr text in OUT and ERR.
macro(run expected name)
  execute_process(COMMAND ${WAYMARK} ${ARGN} RESULT_VARIABLE rc
                  OUTPUT_FILE ${WORK_DIR}/${name}.out ERROR_VARIABLE ERR)
  file(READ ${WORK_DIR}/${name}.out OUT)
  if(NOT rc STREQUAL "${expected}")
    fail("${name}: exit code ${rc}, expected ${expected} (waymark ${ARGN})\n${ERR}")
  endif()
endmacro()

macro(expect text where name)
  string(FIND "${${where}}" "${text}" at)
  if(at EQUAL -1)
    fail("${name}: ${where} lacks \"${text}\"")
  endif()
endmacro()

# Byte-level checks on a file: its first bytes and whether every LF follows a CR.
macro(expect_bytes name prefix_hex)
  file(READ ${WORK_DIR}/${name}.out head LIMIT 3 HEX)
  if(NOT head STREQUAL "${prefix_hex}")
    fail("${name}: starts with ${head}, expected ${prefix_hex}")
  endif()
endmacro()
macro(expect_crlf name)
  file(READ ${WORK_DIR}/${name}.out hex HEX)
  # One "xx " token per byte, so a match can never straddle two bytes.
  string(REGEX REPLACE "(..)" "\\1 " bytes "${hex}")
  string(REPLACE "0d 0a " "" bytes " ${bytes}")
  string(FIND "${bytes}" " 0a " lone_lf)
  if(NOT lone_lf EQUAL -1)
    fail("${name}: has a line ending without CR")
  endif()
endmacro()

# ---- help and usage errors ------------------------------------------------------------------
run(0 help --help)
expect("Exit codes:" OUT help)
expect("waymark export --format csv|ics|md" OUT help)
run(0 version --version)
expect("waymark " OUT version)
run(2 no_command)
expect("no command given" ERR no_command)
run(2 unknown_command frobnicate ${TEMPLATES}/software.json)
expect("unknown command: frobnicate" ERR unknown_command)
run(2 unknown_format export --format pdf ${TEMPLATES}/software.json)
expect("unknown format: pdf" ERR unknown_format)
run(2 unknown_table export --format csv --table people ${TEMPLATES}/software.json)
expect("unknown table: people" ERR unknown_table)
run(2 table_without_csv export --format md --table goals ${TEMPLATES}/software.json)
run(2 bad_today review --today 2026-02-30 ${TEMPLATES}/software.json)
expect("not a date" ERR bad_today)
run(2 unknown_option validate --verbose ${TEMPLATES}/software.json)
run(2 no_file validate)

# ---- bad files --------------------------------------------------------------------------------
run(3 missing_file validate ${WORK_DIR}/does-not-exist.json)
expect("cannot open" ERR missing_file)
file(WRITE ${WORK_DIR}/bad-date.json [=[{"format": "waymark-plan", "version": 1, "plan": {"id": "p", "name": "Bad",
  "goals": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}, {"id": "c", "title": "C"},
            {"id": "d", "title": "D", "deadline": "2026-31-12"}]}}]=])
run(1 bad_date validate ${WORK_DIR}/bad-date.json)
expect("plan.goals[3].deadline: not a date (YYYY-MM-DD)" ERR bad_date)
if(NOT OUT STREQUAL "")
  fail("bad_date: printed to stdout: ${OUT}")
endif()
file(WRITE ${WORK_DIR}/not-json.json "this is not a plan")
run(1 not_json validate ${WORK_DIR}/not-json.json)
expect("not valid JSON" ERR not_json)
run(1 bad_export export --format md ${WORK_DIR}/bad-date.json)

# ---- the example plans ------------------------------------------------------------------------
foreach(plan software restaurant)
  set(file ${TEMPLATES}/${plan}.json)
  run(0 validate_${plan} validate ${file})
  expect("ok: " OUT validate_${plan})

  run(0 review_${plan} review ${TODAY} ${file})
  foreach(text "\"plan\": \"template-${plan}\"" "\"today\": \"2026-11-23\"" "\"goals\": [" "\"findings\": ["
               "\"realism\": {" "\"verdict\": \"comfortable\"" "\"status\": \"on_track\"" "\"progress\": "
               "\"overdueTasks\": [")
    expect("${text}" OUT review_${plan})
  endforeach()
  string(FIND "${OUT}" "\"severity\": \"error\"" at)
  if(NOT at EQUAL -1)
    fail("review_${plan}: an example plan has an error finding")
  endif()

  foreach(table goals tactics tasks checkins)
    run(0 csv_${plan}_${table} export --format csv --table ${table} ${TODAY} ${file})
    expect_bytes(csv_${plan}_${table} "efbbbf")
    expect_crlf(csv_${plan}_${table})
  endforeach()
  run(0 csv_${plan}_default export ${TODAY} --format csv ${file})
  expect("ID,Objective,Title,Category,KPI" OUT csv_${plan}_default)

  run(0 ics_${plan} export --format ics ${TODAY} ${file})
  expect("BEGIN:VCALENDAR" OUT ics_${plan})
  expect("DTSTAMP:20261123T000000Z" OUT ics_${plan})
  expect("UID:template-${plan}-task-" OUT ics_${plan})
  expect_crlf(ics_${plan})

  run(0 md_${plan} export --format md ${TODAY} ${file})
  expect("## Objectives and goals" OUT md_${plan})
  expect("## Tactics, in order of priority" OUT md_${plan})
  expect("| Realism | " OUT md_${plan})

  # Same input, same --today: byte-identical output.
  run(0 md_${plan}_again export --format md ${TODAY} ${file})
  file(READ ${WORK_DIR}/md_${plan}.out first)
  if(NOT first STREQUAL OUT)
    fail("md_${plan}: two runs differ")
  endif()
endforeach()

file(READ ${WORK_DIR}/ics_software.out ICS)
expect("RRULE:FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=30,-1;BYSETPOS=1;UNTIL=20270630" ICS ics_software)
run(0 csv_software_tasks_again export --format csv --table tasks ${TODAY} ${TEMPLATES}/software.json)
expect("\"Priya, Jonas\"" OUT csv_software_tasks_again)
expect("monthly on day 30 until 30 Jun 2027" OUT csv_software_tasks_again)

# ---- funnel: the example plans' business numbers worked back -----------------------------------
run(0 funnel_software funnel --objective segment ${TODAY} ${TEMPLATES}/software.json)
foreach(text "\"objective\": \"segment\"" "\"shape\": \"b2b\"" "\"stage\": \"leads\"" "\"kpi\": \"sign_ups\""
             "\"socialShareSource\": \"team\"" "\"source\": \"starting\"" "\"lever\": \"lead_to_customer\""
             "\"id\": \"leads-for-segment\"" "\"objectiveId\": \"segment\"")
  expect("${text}" OUT funnel_software)
endforeach()
# The goals it prints, added to the plan, make a valid plan that the review judges.
file(READ ${TEMPLATES}/software.json plan_text)
string(JSON plan_goals LENGTH "${plan_text}" plan goals)
string(JSON new_goals LENGTH "${OUT}" goals)
math(EXPR last "${new_goals} - 1")
foreach(i RANGE ${last})
  string(JSON goal GET "${OUT}" goals ${i})
  math(EXPR at "${plan_goals} + ${i}")
  string(JSON plan_text SET "${plan_text}" plan goals ${at} "${goal}")
endforeach()
file(WRITE ${WORK_DIR}/software-with-funnel-goals.json "${plan_text}")
run(0 funnel_goals_validate validate ${WORK_DIR}/software-with-funnel-goals.json)
expect("with 5 objectives, 12 goals" OUT funnel_goals_validate)
run(0 funnel_goals_review review ${TODAY} ${WORK_DIR}/software-with-funnel-goals.json)
expect("\"id\": \"leads-for-segment\"" OUT funnel_goals_review)

run(0 funnel_software_md funnel --objective segment --format md ${TODAY} ${TEMPLATES}/software.json)
expect("| Leads | Sign-ups | 66.7 | 39 (latest check-in) | 1.71× |" OUT funnel_software_md)
expect("You need 1.7 times today's leads; conversion from lead to customer is the cheapest lever." OUT funnel_software_md)
run(0 funnel_restaurant_md funnel --format md --objective weekday-tables ${TODAY} ${TEMPLATES}/restaurant.json)
expect("| Enquiries and bookings | Business profile actions | 173 | 131 (latest check-in) | 1.32× |" OUT funnel_restaurant_md)
expect("starting value: replace it with your own" OUT funnel_restaurant_md)
expect("conversion from enquiry to customer is the cheapest lever." OUT funnel_restaurant_md)

run(2 funnel_without_objective funnel ${TEMPLATES}/software.json)
expect("funnel needs --objective ID" ERR funnel_without_objective)
run(2 funnel_unknown_objective funnel --objective nope ${TEMPLATES}/software.json)
expect("no objective with id \"nope\"" ERR funnel_unknown_objective)
expect("(it has: segment, features, nps, pipeline, listen)" ERR funnel_unknown_objective)
run(2 funnel_bad_format funnel --objective segment --format csv ${TEMPLATES}/software.json)
run(2 objective_outside_funnel review --objective segment ${TEMPLATES}/software.json)
run(1 funnel_no_number funnel --objective features ${TODAY} ${TEMPLATES}/software.json)
expect("has no business number yet" ERR funnel_no_number)
if(NOT OUT STREQUAL "")
  fail("funnel_no_number: printed to stdout: ${OUT}")
endif()
file(WRITE ${WORK_DIR}/total-past-due.json [=[{"format": "waymark-plan", "version": 1, "plan": {"id": "p",
  "objectives": [{"id": "o", "due": "2026-06-30", "number": {"metric": "customers", "value": 40, "per": "total"}}]}}]=])
run(1 funnel_past_due funnel --objective o ${TODAY} ${WORK_DIR}/total-past-due.json)
expect("was due on 30 Jun 2026, which is not after 23 Nov 2026" ERR funnel_past_due)
run(1 funnel_bad_plan funnel --objective o ${WORK_DIR}/bad-date.json)

# ---- a file cannot drive the terminal: control characters are printed as escapes ---------------
# The plan's name and an unknown key carry ESC and CR ("\u001b[2K\r" erases the line, "ok" forges).
file(WRITE ${WORK_DIR}/forged-name.json [=[{"format": "waymark-plan", "version": 1, "plan": {"id": "p",
  "name": "x\u001b[2K\rok: forged"}}]=])
run(0 forged_name validate ${WORK_DIR}/forged-name.json)
# Bracket strings and direct string(FIND): the expect() macro would re-read the backslashes.
set(want [=[plan "x\x1b[2K\x0dok: forged"]=])
string(FIND "${OUT}" "${want}" at)
if(at EQUAL -1)
  fail("forged_name: no escaped name in: ${OUT}")
endif()
string(ASCII 27 esc)
string(FIND "${OUT}" "${esc}" raw_escape)
if(NOT raw_escape EQUAL -1)
  fail("forged_name: a raw ESC reached the output")
endif()
file(WRITE ${WORK_DIR}/forged-key.json [=[{"format": "waymark-plan", "version": 1, "plan": {"id": "p",
  "\u001b[1Aok": 1}}]=])
run(1 forged_key validate ${WORK_DIR}/forged-key.json)
# The reader quotes the key as the file spells it (an excerpt with JSON escapes): no raw ESC.
set(want [=[plan.\u001b[1Aok: unknown field]=])
string(FIND "${ERR}" "${want}" at)
if(at EQUAL -1)
  fail("forged_key: no escaped key in: ${ERR}")
endif()
# A custom KPI whose id the catalog has taken since the file was written is read under a free
# id, with a note (an earlier build's file opens in every later one).
file(WRITE ${WORK_DIR}/kpi-clash.json [=[{"format": "waymark-plan", "version": 1, "plan": {"id": "p",
  "customKpis": [{"id": "reach", "name": "Our reach"}], "goals": [{"id": "g", "kpi": "reach"}]}}]=])
run(0 kpi_clash validate ${WORK_DIR}/kpi-clash.json)
expect("ok: " OUT kpi_clash)
expect("note: ${WORK_DIR}/kpi-clash.json: your own KPI “Our reach” had the id “reach”" ERR kpi_clash)
expect("it is kept as “custom_reach”" ERR kpi_clash)
run(0 golden_validate validate ${SOURCE_DIR}/tests/golden/v1-2026-11-23-own-kpis-catalog-took-later.waymark.json)

# ---- encodings: the files the browser test opens too (tests/fixtures/encoding), read alike ------
set(ENCODING ${SOURCE_DIR}/tests/fixtures/encoding)
run(0 encoding_bom validate ${ENCODING}/utf8-bom.waymark.json)
expect("plan \"Grüße aus München 🚀\"" OUT encoding_bom)
run(1 encoding_latin1 validate ${ENCODING}/latin1.waymark.json)
expect("not UTF-8 text: byte 72 (line 1) is not part of a UTF-8 character; save the file as UTF-8" ERR encoding_latin1)
foreach(order le be)
  run(1 encoding_utf16${order} validate ${ENCODING}/utf16${order}.waymark.json)
  expect("the file is UTF-16 (or UTF-32) text; plan files are UTF-8: save it again as UTF-8" ERR encoding_utf16${order})
endforeach()
run(1 encoding_control_id validate ${ENCODING}/control-id.waymark.json)
expect("plan.goals[0].id: an id must not contain control characters (U+000A)" ERR encoding_control_id)
# Control characters in a title are kept: the review writes the title back with the file's escapes.
run(0 encoding_control_title review ${TODAY} ${ENCODING}/control-title.waymark.json)
set(want [=["Alarm\u0007 bell\u0000 after NUL\nnext line"]=])
string(FIND "${OUT}" "${want}" at)
if(at EQUAL -1)
  fail("encoding_control_title: the title with its escapes is not in: ${OUT}")
endif()

if(FAILURES GREATER 0)
  message(FATAL_ERROR "${FAILURES} CLI check(s) failed")
endif()
message(STATUS "all CLI checks passed")
