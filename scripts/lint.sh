#!/usr/bin/env bash
# Checks the JavaScript we write: ESLint over the page, the platform layer's Emscripten libraries,
# the scripts, servers and tests (eslint.config.js), and tsc --checkJs over the page's scripts
# (tsconfig.json) and the libraries (src/platform/js/tsconfig.json) against the DOM's types. Both
# from npm (package-lock.json); run by scripts/test.sh.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
npx --no-install eslint --max-warnings 0 . || status=1
npx --no-install tsc -p tsconfig.json || status=1
npx --no-install tsc -p src/platform/js/tsconfig.json || status=1
exit $status
