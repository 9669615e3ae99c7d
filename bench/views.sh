#!/usr/bin/env bash
# Issue 12's scale benchmark in one command: builds the native tools (Release, build-bench/native)
# and the site, writes the big plan into build-bench/big-plan.json, then measures every view of
# bench/views.json natively (waymark_frame_bench) and in headless Chromium (bench/views.mjs).
# Extra arguments go to bench/views.mjs (e.g. --rounds 5 --port 8774).
# Exit code: 0 every budget met, 1 a budget broken, 2 a build or a measurement failed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
cmake -B build-bench/native -S . -DCMAKE_BUILD_TYPE=Release -DWAYMARK_BENCH=ON -DIMGUI_DIR="$IMGUI_DIR" > /dev/null || exit 2
cmake --build build-bench/native -j2 --target waymark_big_plan waymark_frame_bench || exit 2
build-bench/native/bench/waymark_big_plan --out build-bench/big-plan.json || exit 2
bash scripts/build-web.sh || exit 2
native=0 browser=0
build-bench/native/bench/waymark_frame_bench --big build-bench/big-plan.json || native=$?
node bench/views.mjs --plan build-bench/big-plan.json "$@" || browser=$?
exit $(( native > browser ? native : browser ))
