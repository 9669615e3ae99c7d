#!/usr/bin/env bash
# Builds the WebAssembly app into build-web/site (after scripts/setup.sh). Incremental.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
if [ ! -f build-web/CMakeCache.txt ]; then
  mkdir -p build-web
  emcmake cmake -B build-web -S . -DCMAKE_BUILD_TYPE=Release -DIMGUI_DIR="$IMGUI_DIR" >build-web/configure.log 2>&1 ||
    { cat build-web/configure.log; exit 1; }
fi
cmake --build build-web -j"$(nproc)" 2>&1 | { grep -vE '^\[ *[0-9]+%\]' || true; }  # pipefail keeps cmake's status
test -f build-web/site/index.html -a -f build-web/site/sw.js -a -f build-web/site/.built
