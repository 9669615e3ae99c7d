#!/usr/bin/env bash
# Command 1 of the README: installs what is missing, builds the app and serves it on loopback,
# with the sync server for rooms (Plan together, docs/collaboration.md) on the same port, in one
# Node process; rooms are kept in var/sync/.
#   scripts/serve.sh            http://127.0.0.1:8765/
#   PORT=9000 scripts/serve.sh  another port
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-web.sh
exec node scripts/serve.mjs build-web/site --host 127.0.0.1 --port "${PORT:-8765}"
