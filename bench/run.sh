#!/usr/bin/env bash
# Issue 8's benchmark in one command: installs what is missing, builds the app and the bare
# Dear ImGui baseline, then measures both (bench/run.mjs; extra arguments go to it, e.g. --runs 7).
# Exit code: 0 every budget met, 1 a budget broken, 2 a build or the measurement failed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh || exit 2
bash scripts/build-web.sh || exit 2
bash bench/bare/build.sh || exit 2
exec node bench/run.mjs "$@"
