# Sourced by every script: where dependencies live and the environment Debian's emscripten needs.
export WAYMARK_DEPS=${WAYMARK_DEPS:-/var/cache/waymark}
export IMGUI_VERSION=1.90.1
export IMGUI_DEBIAN_VERSION=${IMGUI_DEBIAN_VERSION:-1.90.1+ds-1}
export IMGUI_DIR="$WAYMARK_DEPS/imgui-$IMGUI_VERSION"
# Debian's emcc runs its JS tools with /usr/bin/node, which needs Debian's node modules (acorn).
export NODE_PATH=/usr/share/nodejs
# Emscripten 3.1.6 minifies its JS glue with the Closure Compiler version it was made for, from npm.
export EM_CLOSURE_COMPILER="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/node_modules/.bin/google-closure-compiler"
