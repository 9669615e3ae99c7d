# Sourced by every script: where dependencies live and the environment Debian's emscripten needs.
export WAYMARK_DEPS=${WAYMARK_DEPS:-/var/cache/waymark}
export IMGUI_VERSION=1.90.1
export IMGUI_DEBIAN_VERSION=${IMGUI_DEBIAN_VERSION:-1.90.1+ds-1}
export IMGUI_DIR="$WAYMARK_DEPS/imgui-$IMGUI_VERSION"
# Debian's emcc runs its JS tools with /usr/bin/node, which needs Debian's node modules (acorn).
export NODE_PATH=/usr/share/nodejs
