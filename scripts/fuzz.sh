#!/usr/bin/env bash
# Fuzzes the plan reader with libFuzzer under AddressSanitizer and UBSan. The target
# (tests/fuzz/plan_reader_fuzz.cpp) links the core library as the app builds it (CMake option
# WAYMARK_FUZZ in build-fuzz/, clang and libFuzzer from Debian: WAYMARK_SLOW=1 scripts/setup.sh installs them).
#   scripts/fuzz.sh [seconds]   default 300; scripts/test.sh --slow runs a few seconds as a smoke test
# Seeds: the example plans and the unit tests' plan files; the corpus grows in build-fuzz/corpus,
# findings land in build-fuzz/findings/. Exits non-zero on a finding or when it cannot build, and
# 77 (not run) when there is no clang++ or it cannot link a libFuzzer program.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
seconds=${1:-300}
out=build-fuzz
command -v clang++ >/dev/null || { echo "fuzz.sh: not run: clang++ is missing (scripts/setup.sh installs clang)" >&2; exit 77; }
mkdir -p "$out/corpus" "$out/findings"
# libFuzzer comes with clang's runtime libraries (libclang-rt-dev), which may be missing.
echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }' >"$out/probe.cpp"
clang++ -fsanitize=fuzzer,address "$out/probe.cpp" -o "$out/probe" >"$out/probe.log" 2>&1 ||
  { echo "fuzz.sh: not run: clang++ cannot link a libFuzzer program (libclang-rt-dev missing?):" >&2; tail -3 "$out/probe.log" >&2; exit 77; }
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if ! { cmake -B "$out" -S . -DCMAKE_CXX_COMPILER=clang++ -DWAYMARK_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
         "${launcher[@]}" && cmake --build "$out" -j"$(nproc)" --target plan_reader_fuzz; } >"$out/build.log" 2>&1; then
  echo "fuzz.sh: the fuzz target did not build:" >&2
  tail -30 "$out/build.log" >&2
  exit 1
fi
find assets/templates tests/unit -name '*.json' -size -64k -exec cp -n {} "$out/corpus/" \; 2>/dev/null || true
"$out/tests/fuzz/plan_reader_fuzz" "$out/corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -rss_limit_mb=1024 -artifact_prefix="$out/findings/" -print_final_stats=1 >"$out/fuzz.log" 2>&1 && status=0 || status=$?
grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)|ERROR|SUMMARY|artifact' "$out/fuzz.log" || true
[ "$status" = 0 ] || tail -40 "$out/fuzz.log" >&2
exit "$status"
