#!/usr/bin/env bash
# Builds the WebAssembly app into build-web/site (after scripts/setup.sh). Incremental.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
if [ ! -f build-web/CMakeCache.txt ]; then
  emcmake cmake -B build-web -S . -DCMAKE_BUILD_TYPE=Release -DIMGUI_DIR="$IMGUI_DIR" >/dev/null
fi
cmake --build build-web -j"$(nproc)" 2>&1 | grep -vE '^\[ *[0-9]+%\]|^(Consolidate|CMake Warning|  No source|  same as|  become a fatal)' || true
test -f build-web/site/waymark.wasm -a -f build-web/site/.compressed
