#!/usr/bin/env bash
# Builds the core and its unit tests with AddressSanitizer and UBSan (CMake option
# WAYMARK_SANITIZE) in build-asan/ and runs the plan reader's tests, or the tests named.
#   scripts/sanitize.sh ["doctest test-case filter"]    default: the plan file tests
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
filter=${1:-*plan*,*hostile*,*duplicate*,*NUL*,*2^53*,*chain*,*cycle*}
if [ ! -f build-asan/CMakeCache.txt ]; then
  cmake -B build-asan -S . -DCMAKE_BUILD_TYPE=Debug -DWAYMARK_SANITIZE=ON -DIMGUI_DIR="$IMGUI_DIR" >/dev/null
fi
cmake --build build-asan -j2 --target waymark_unit_tests 2>&1 | { grep -E 'error|warning' || true; }
# The timing tests are left out: a sanitized debug build is several times slower by design.
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 build-asan/tests/waymark_unit_tests -tc="$filter" \
  -tce="*linear time*,*well under a second*"
