#!/usr/bin/env bash
# scripts/debian_mirror.sh on made-up apt configurations: one-line and deb822 formats, options,
# comments, disabled stanzas, security and third-party entries to skip, and none at all.
set -uo pipefail
script="$(cd "$(dirname "$0")/../.." && pwd)/scripts/debian_mirror.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# check <name> <expected output or "FAIL">: runs the script on $work/<name>.
check() {
  local got
  got=$("$script" "$work/$1" 2>/dev/null) || got=FAIL
  if [ "$got" != "$2" ]; then echo "FAIL $1: got '$got', expected '$2'"; failures=$((failures + 1)); fi
}
setup() { mkdir -p "$work/$1/etc/apt/sources.list.d"; }

setup one-line
cat > "$work/one-line/etc/apt/sources.list" <<'X'
# deb http://commented.example/debian bookworm main
deb [arch=amd64 signed-by=/k.gpg] http://mirror.example.org/debian/ bookworm main contrib
deb http://mirror.example.org/debian-security bookworm-security main
X
check one-line http://mirror.example.org/debian

setup deb822
cat > "$work/deb822/etc/apt/sources.list.d/third-party.sources" <<'X'
Types: deb
URIs: https://deb.nodesource.com/node_20.x
Suites: nodistro
Components: main
X
cat > "$work/deb822/etc/apt/sources.list.d/debian.sources" <<'X'
Types: deb
URIs: http://off.example/debian
Suites: trixie
Enabled: no

Types: deb
# http://snapshot.debian.org/archive/debian/20250520T000000Z
URIs: http://mirror.example.net/debian
Suites: bookworm bookworm-updates
Components: main

Types: deb
URIs: http://mirror.example.net/debian-security
Suites: bookworm-security
X
check deb822 http://mirror.example.net/debian

setup list-d
echo "deb https://packages.example.com/apt cloud-sdk main" > "$work/list-d/etc/apt/sources.list.d/a.list"
echo "deb http://ftp.example.de/debian trixie main" > "$work/list-d/etc/apt/sources.list.d/b.list"
echo "deb http://disabled.example/debian trixie main" > "$work/list-d/etc/apt/sources.list.d/c.list.disabled"
check list-d http://ftp.example.de/debian

setup none
echo "deb https://packages.example.com/apt cloud-sdk main" > "$work/none/etc/apt/sources.list"
check none FAIL

[ "$failures" -eq 0 ] && echo "debian_mirror.sh: all checks passed"
exit "$failures"
