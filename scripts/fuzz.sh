#!/usr/bin/env bash
# Fuzzes the plan reader with libFuzzer under AddressSanitizer and UBSan (clang from Debian:
# apt-get install clang libclang-rt-14-dev). Outside CI's time budget: run it by hand.
#   scripts/fuzz.sh [seconds]        default 300; findings land in build-fuzz/findings/
# Seeds: the templates and the test fixtures' plan files. The corpus grows in build-fuzz/corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
out=build-fuzz
mkdir -p "$out/corpus" "$out/findings"
# The reader and what it links; the catalog's names need the translations, embedded by the
# native build (cmake -B build ...; cmake --build build --target waymark_core).
assets=build/generated/embedded_assets.cpp
[ -f "$assets" ] || { echo "fuzz.sh: $assets is missing: build waymark_core natively first" >&2; exit 1; }
sources=(src/core/plan/plan.cpp src/core/plan/plan_json.cpp src/core/plan/date.cpp src/core/method/plan_load.cpp
         src/core/method/catalog.cpp src/core/method/catalog_table.cpp src/core/text/i18n.cpp src/core/text/embedded.cpp
         "$assets" tests/fuzz/plan_reader_fuzz.cpp)
if [ ! -x "$out/plan_reader_fuzz" ] || [ -n "$(find src/core tests/fuzz -newer "$out/plan_reader_fuzz" -name '*.[ch]*' | head -1)" ]; then
  clang++ -std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Isrc \
    "${sources[@]}" -o "$out/plan_reader_fuzz"
fi
cp -n assets/templates/*.json "$out/corpus/" 2>/dev/null || true
"$out/plan_reader_fuzz" "$out/corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=1024 \
  -artifact_prefix="$out/findings/" -print_final_stats=1 2>&1 | tail -n 25
