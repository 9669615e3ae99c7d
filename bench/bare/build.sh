#!/usr/bin/env bash
# Builds the benchmark's baseline, a bare Dear ImGui page (bench/bare/main.cpp), into
# build-bench/bare/site: index.html, bare.js, bare.wasm and gzip -9 copies, as the app's site has.
# Incremental: only objects older than their source or this script are compiled again.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/env.sh

out=build-bench/bare
site=$out/site
mkdir -p "$out/obj" "$site"

# The flags of ImGui's examples/example_glfw_opengl3/Makefile.emscripten (its default
# USE_FILE_SYSTEM=0), with one addition: WebGL2, which the app uses, instead of WebGL1.
# The demo window is left out (imgui_demo.cpp is not compiled), as it is in the app.
cxxflags=(-I"$IMGUI_DIR" -I"$IMGUI_DIR/backends" -Wall -Wformat -Os -sDISABLE_EXCEPTION_CATCHING=1
          -DIMGUI_DISABLE_FILE_FUNCTIONS)
ldflags=(-sUSE_GLFW=3 -sWASM=1 -sALLOW_MEMORY_GROWTH=1 -sNO_EXIT_RUNTIME=0 -sASSERTIONS=1 -sNO_FILESYSTEM=1
         -sDISABLE_EXCEPTION_CATCHING=1 -Os -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2)
sources=(bench/bare/main.cpp "$IMGUI_DIR"/imgui.cpp "$IMGUI_DIR"/imgui_draw.cpp "$IMGUI_DIR"/imgui_tables.cpp
         "$IMGUI_DIR"/imgui_widgets.cpp "$IMGUI_DIR"/backends/imgui_impl_glfw.cpp "$IMGUI_DIR"/backends/imgui_impl_opengl3.cpp)

objects=() jobs=()
for src in "${sources[@]}"; do
  obj=$out/obj/$(basename "${src%.cpp}").o
  objects+=("$obj")
  [ "$obj" -nt "$src" ] && [ "$obj" -nt "$0" ] && continue
  em++ "${cxxflags[@]}" -c "$src" -o "$obj" &
  jobs+=($!)
done
for job in "${jobs[@]}"; do wait "$job"; done

# An .html target would crash Debian's emcc in its HTML minifier: emit .js, ship our own page.
relink=0
for obj in "${objects[@]}"; do [ "$obj" -nt "$site/bare.js" ] && relink=1; done
[ -f "$site/bare.wasm" ] || relink=1
if [ "$relink" = 1 ]; then
  em++ "${objects[@]}" "${ldflags[@]}" -o "$site/bare.js"
fi
cp bench/bare/index.html "$site/index.html"
gzip -9 -k -f -n "$site/index.html" "$site/bare.js" "$site/bare.wasm"
