#!/usr/bin/env bash
# Command 2 of the README: installs what is missing and runs every test: the native core and UI
# tests (doctest under ctest), the command-line tool, and the browser tests in headless
# Chromium against the real build. Ends with one line "N passed, N failed".
#   scripts/test.sh          every behaviour test
#   scripts/test.sh --slow   also the slow checks: screenshots to look at (build/screenshots/), the
#                            workshop trial in all three languages, and a fuzz run of the plan reader
#                            (WAYMARK_SLOW=1 does the same)
set -uo pipefail
[ "${1:-}" = --slow ] && export WAYMARK_SLOW=1
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
source scripts/env.sh
echo "   (setup took $SECONDS s)"

passed=0 failed=0
count() { passed=$((passed + $1)); failed=$((failed + $2)); }
# Each stage says how long it took, so a slow CI run shows where its time went.
stage_started=$SECONDS first_stage=1
stage() {
  [ -z "$first_stage" ] && echo "   (took $((SECONDS - stage_started)) s)"
  first_stage='' stage_started=$SECONDS; echo "== $1"
}

stage "lint: ESLint and tsc --checkJs over our JavaScript"
if bash scripts/lint.sh; then count 1 0; else echo "lint failed"; count 0 1; fi

stage "build: the native tests and the web site, side by side"
# Each build has steps that use one core (linking, the wasm optimiser, Closure), so the two
# overlap; the web build's output goes to build/web-build.log and is shown when it fails.
mkdir -p build
bash scripts/build-web.sh >build/web-build.log 2>&1 &
web_build=$!
native_built=0
# The Test build type: -O1 without debug info, asserts on (CMakeLists.txt); no benchmark tools.
if cmake -B build -S . -DCMAKE_BUILD_TYPE=Test -DIMGUI_DIR="$IMGUI_DIR" >/dev/null &&
   cmake --build build -j"$(nproc)" >build/build.log 2>&1; then
  native_built=1
  grep -E 'warning:' build/build.log
else
  echo "native build failed:"; tail -40 build/build.log; count 0 1
fi
wait "$web_build"; web_built=$?
grep -E 'warning:' build/web-build.log
[ "$web_built" = 0 ] || { echo "web build failed:"; tail -40 build/web-build.log; count 0 1; }

stage "native: core, UI and CLI tests (ctest)"
if [ "$native_built" = 1 ]; then
  (cd build && ctest -j"$(nproc)" --output-on-failure) > build/ctest.log 2>&1
  grep -vE '^ *(Start +[0-9]+:|[0-9]+/[0-9]+ Test +#[0-9]+: .* Passed)' build/ctest.log | grep -vE '^\s*$'
  total=$(grep -oE 'out of [0-9]+' build/ctest.log | grep -oE '[0-9]+' || echo 0)
  bad=$(grep -oE '[0-9]+ tests failed' build/ctest.log | grep -oE '^[0-9]+' || echo 1)
  count $((total - bad)) "$bad"
fi

# A build of its own (clang, sanitizers): minutes on two cores, so a slow check.
if [ -n "${WAYMARK_SLOW:-}" ]; then
  stage "fuzz smoke: the plan reader under libFuzzer, ASan and UBSan for ${WAYMARK_FUZZ_SECONDS:-10} s"
  bash scripts/fuzz.sh "${WAYMARK_FUZZ_SECONDS:-10}"; fuzzed=$?
  if [ "$fuzzed" = 0 ]; then count 1 0
  elif [ "$fuzzed" = 77 ]; then echo "fuzz smoke NOT RUN: this compiler has no libFuzzer (counted neither passed nor failed)"
  else echo "fuzz smoke failed (build-fuzz/fuzz.log)"; count 0 1; fi
fi

stage "sync: the room server and Yjs clients in Node (tests/sync)"
node --test --test-reporter=spec tests/sync/ 2>&1 | tee build/sync.log | grep -vE '^\s*$'
count "$(grep -oE '^ℹ pass [0-9]+' build/sync.log | grep -oE '[0-9]+' || echo 0)" \
      "$(grep -oE '^ℹ fail [0-9]+' build/sync.log | grep -oE '[0-9]+' || echo 1)"

stage "web: browser tests (headless Chromium)"
if [ "$web_built" = 0 ]; then
  # One Chromium and one served site for the whole run, a fresh browser context per test.
  node tests/e2e/run.mjs 2>&1 | tee build/e2e.log | grep -vE '^\s*$'
  count "$(grep -oE '^ℹ pass [0-9]+' build/e2e.log | grep -oE '[0-9]+' || echo 0)" \
        "$(grep -oE '^ℹ fail [0-9]+' build/e2e.log | grep -oE '[0-9]+' || echo 1)"
fi

echo "   (took $((SECONDS - stage_started)) s; $SECONDS s in all)"
echo "tests: $passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
