#!/usr/bin/env bash
# Installs what Waymark's build and tests need, only what is missing, so a second run is quick.
# Sources: Debian's packages and the npm registry, nothing else (see README "Dependencies").
#   scripts/setup.sh          everything (native build, wasm build, browser tests; with
#                             WAYMARK_SLOW=1 also the fuzz smoke's clang)
#   scripts/setup.sh native   only what the native core build and its tests need
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

what=${1:-all}
native_pkgs=(cmake g++ make nlohmann-json3-dev doctest-dev)
web_pkgs=(emscripten chromium fonts-inter fonttools gzip)
# The sync tests (tests/sync/redis.test.mjs) start their own redis-server on a free loopback port.
sync_pkgs=(redis-server)
# The fuzz smoke (scripts/test.sh --slow): clang and its runtime libraries, libFuzzer among them.
fuzz_pkgs=(clang libclang-rt-dev)
pkgs=("${native_pkgs[@]}")
[ "$what" = all ] && pkgs+=("${web_pkgs[@]}" "${sync_pkgs[@]}")
[ "$what" = all ] && [ -n "${WAYMARK_SLOW:-}" ] && pkgs+=("${fuzz_pkgs[@]}")

log() { printf '[setup] %s\n' "$*"; }

# Browser tests and the closure compiler come from npm, pinned by the committed lockfile. npm
# needs nothing from apt, so on a fresh machine it downloads while apt does.
npm_install=''
if [ "$what" = all ] && { [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.waymark-lock; }; then
  log "installing npm packages (npm ci)"
  npm_log=$(mktemp)
  npm ci --no-audit --no-fund --loglevel=error >"$npm_log" 2>&1 &
  npm_install=$!
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

[ "$what" = all ] || exit 0

# Dear ImGui's sources are in no binary package: fetch Debian's source package once, through a
# private apt configuration so the machine's own sources list is left as it is. The mirror is
# the one the machine's apt already uses; the suite is trixie, the release that has 1.90.1.
if [ ! -f "$IMGUI_DIR/imgui.h" ]; then
  log "fetching Dear ImGui $IMGUI_VERSION sources (Debian source package imgui)"
  mirror=$(scripts/debian_mirror.sh)
  apt_root="$WAYMARK_DEPS/apt"
  mkdir -p "$apt_root/lists/partial" "$apt_root/archives/partial" "$apt_root/etc"
  echo "deb-src $mirror trixie main" > "$apt_root/etc/sources.list"
  apt_opts=(-o "Dir::Etc::SourceList=$apt_root/etc/sources.list" -o "Dir::Etc::SourceParts=/nonexistent"
            -o "Dir::State::Lists=$apt_root/lists" -o "Dir::Cache=$apt_root/cache" -o "APT::Get::Only-Source=true")
  apt-get "${apt_opts[@]}" update -qq
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get "${apt_opts[@]}" source --download-only -qq "imgui=$IMGUI_DEBIAN_VERSION" >/dev/null)
  mkdir -p "$IMGUI_DIR"
  tar -xf "$tmp"/imgui_*.orig.tar.* -C "$IMGUI_DIR" --strip-components=1
  rm -rf "$tmp"
  test -f "$IMGUI_DIR/imgui.h" -a -f "$IMGUI_DIR/backends/imgui_impl_glfw.cpp"
fi

# The npm packages arrive while apt works (see above).
if [ -n "$npm_install" ]; then
  wait "$npm_install" || { cat "$npm_log"; exit 1; }
  cp package-lock.json node_modules/.waymark-lock
fi
