# The WebAssembly app and its page, built in ${CMAKE_BINARY_DIR}/stage (index.html, the shell's
# modules in shell/, waymark.js, waymark.wasm, the subset UI font, icon, manifest) and
# published in ${CMAKE_BINARY_DIR}/site with hashed names, the service worker and gzip copies.
set(WAYMARK_STAGE ${CMAKE_BINARY_DIR}/stage)
set(WAYMARK_SITE ${CMAKE_BINARY_DIR}/site)
set(WAYMARK_UI_FONT /usr/share/fonts/opentype/inter/Inter-Regular.otf CACHE FILEPATH "UI font (Debian fonts-inter)")

# ImGui's GLFW backend gives the input; the app draws with its own renderer
# (src/platform/imgui_renderer_web.cpp), which never queries WebGL in a frame.
file(GLOB WAYMARK_PLATFORM_SOURCES CONFIGURE_DEPENDS src/platform/*_web.cpp)
add_executable(waymark_web src/app/main_web.cpp ${WAYMARK_PLATFORM_SOURCES}
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp)
target_link_libraries(waymark_web PRIVATE waymark_app waymark_platform)
target_compile_options(waymark_web PRIVATE ${WAYMARK_WARNINGS})
# ImGui's own backend leaves two Emscripten callbacks' parameters unused; our warnings are for our code.
set_source_files_properties(${IMGUI_DIR}/backends/imgui_impl_glfw.cpp PROPERTIES COMPILE_OPTIONS -Wno-unused-parameter)
set_target_properties(waymark_web PROPERTIES OUTPUT_NAME waymark SUFFIX .js RUNTIME_OUTPUT_DIRECTORY ${WAYMARK_STAGE})

set(WAYMARK_EXPORTS _main _malloc _free _waymark_start _waymark_export_plan _waymark_import_plan _waymark_rename_open_plan
  _waymark_file_chosen _waymark_storage_result _waymark_item_rect _waymark_wake _waymark_canvas_changed
  _waymark_idle _waymark_text_typed _waymark_text_delete _waymark_text_pasted _waymark_text_sink_focused _waymark_touch _waymark_pinch
  _waymark_library_listed _waymark_library_done _waymark_share_link _waymark_library_versions _waymark_stored_plan_read
  _waymark_view_state _waymark_frame_now _waymark_touch_screen _waymark_typing_draft _waymark_commit_typing
  _waymark_open_stored_version _waymark_open_stored _waymark_exported_bytes _waymark_storage_notice
  _waymark_shared_plan_read _waymark_shared_plan_may_open _waymark_room_begin _waymark_room_changes _waymark_room_status)
string(REPLACE ";" "," WAYMARK_EXPORTS "${WAYMARK_EXPORTS}")
target_link_options(waymark_web PRIVATE
  -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sENVIRONMENT=web -sFILESYSTEM=0 -sMALLOC=emmalloc -sALLOW_MEMORY_GROWTH=1
  -sEXPORTED_FUNCTIONS=${WAYMARK_EXPORTS}
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8
  -sINCOMING_MODULE_JS_API=canvas,onRuntimeInitialized,onAbort,printErr,print,locateFile
  -sTEXTDECODER=2 -sSUPPORT_ERRNO=0 -sDISABLE_EXCEPTION_CATCHING=1
  # The renderer needs no WebGL extension; enabling all of them cost ~50 ms of start-up.
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0)
if(WAYMARK_CLOSURE)
  target_link_options(waymark_web PRIVATE --closure 1)
endif()

# The JavaScript the C++ platform layer calls (src/platform/*_web.cpp declare it extern "C"), one
# Emscripten library per browser service; editing one relinks.
file(GLOB WAYMARK_JS_LIBRARIES CONFIGURE_DEPENDS src/platform/js/*.js)
foreach(library ${WAYMARK_JS_LIBRARIES})
  target_link_options(waymark_web PRIVATE "SHELL:--js-library ${library}")
endforeach()
set_property(TARGET waymark_web APPEND PROPERTY LINK_DEPENDS ${WAYMARK_JS_LIBRARIES})

# The font, cut down to the glyphs uiGlyphRanges() asks for (src/ui/fonts.cpp); ImGui draws
# without kerning or ligatures, so their tables go too. Then its outlines become TrueType ones,
# which stb_truetype rasterises faster before the first frame (still an OpenType .otf file).
set(WAYMARK_PYTHON /usr/bin/python3 CACHE FILEPATH "Python with Debian's python3-fonttools")
set(WAYMARK_FONT_UNICODES "U+0020-007E,U+00A0-00FF,U+0152-0153,U+2013-2014,U+2018-201E,U+2022,U+2026,U+20AC,U+2190-2193,U+2212")
add_custom_command(OUTPUT ${WAYMARK_STAGE}/fonts/waymark-ui.otf
  COMMAND ${CMAKE_COMMAND} -E make_directory ${WAYMARK_STAGE}/fonts
  COMMAND pyftsubset ${WAYMARK_UI_FONT} --unicodes=${WAYMARK_FONT_UNICODES} --layout-features= --no-hinting
          --desubroutinize --name-IDs=0,1,2 --output-file=${CMAKE_BINARY_DIR}/waymark-ui-cff.otf
  COMMAND ${WAYMARK_PYTHON} ${PROJECT_SOURCE_DIR}/cmake/font_to_truetype_outlines.py
          ${CMAKE_BINARY_DIR}/waymark-ui-cff.otf ${WAYMARK_STAGE}/fonts/waymark-ui.otf
  DEPENDS ${WAYMARK_UI_FONT} cmake/font_to_truetype_outlines.py COMMENT "Subsetting the UI font")

# The page: shell texts of every language inlined, so even "loading" is translated.
file(GLOB WAYMARK_SHELL_TEXTS CONFIGURE_DEPENDS assets/i18n/*/shell.json)
# The shell is ES modules (web/shell/*.js), staged in shell/.
file(GLOB WAYMARK_SHELL_MODULES RELATIVE ${PROJECT_SOURCE_DIR}/web CONFIGURE_DEPENDS web/shell/*.js)
set(WAYMARK_PAGE_FILES index.html ${WAYMARK_SHELL_MODULES} icon.svg manifest.webmanifest)
list(TRANSFORM WAYMARK_PAGE_FILES PREPEND ${WAYMARK_STAGE}/ OUTPUT_VARIABLE WAYMARK_PAGE_PATHS)
list(TRANSFORM WAYMARK_SHELL_MODULES PREPEND web/ OUTPUT_VARIABLE WAYMARK_SHELL_SOURCES)
add_custom_command(OUTPUT ${WAYMARK_PAGE_PATHS}
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DSITE=${WAYMARK_STAGE}
          -DVERSION=${WAYMARK_VERSION_STRING} -P ${PROJECT_SOURCE_DIR}/cmake/make_page.cmake
  DEPENDS web/index.html ${WAYMARK_SHELL_SOURCES} web/icon.svg web/manifest.webmanifest ${WAYMARK_SHELL_TEXTS} assets/limits.json assets/page_codes.json cmake/make_page.cmake
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "Assembling the page")

# Plan together's code (web/together/: Yjs, Hocuspocus's client, the QR code) as one module the
# page imports only when a room is started or joined; esbuild comes from npm (package-lock.json).
file(GLOB WAYMARK_TOGETHER_SOURCES CONFIGURE_DEPENDS web/together/*.js)
add_custom_command(OUTPUT ${WAYMARK_STAGE}/together.js
  COMMAND ${PROJECT_SOURCE_DIR}/node_modules/.bin/esbuild ${PROJECT_SOURCE_DIR}/web/together/browser.js --bundle
          --format=esm --minify --target=es2020 --legal-comments=none --log-level=warning --outfile=${WAYMARK_STAGE}/together.js
  DEPENDS ${WAYMARK_TOGETHER_SOURCES} package-lock.json
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "Bundling Plan together (web/together)")

# The site: hashed names, the service worker that caches every file, and gzip copies
# (cmake/make_site.cmake). It is made afresh whenever any staged file changes.
add_custom_command(OUTPUT ${WAYMARK_SITE}/.built
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DSTAGE=${WAYMARK_STAGE} -DSITE=${WAYMARK_SITE}
          -P ${PROJECT_SOURCE_DIR}/cmake/make_site.cmake
  COMMAND ${CMAKE_COMMAND} -E touch ${WAYMARK_SITE}/.built
  DEPENDS waymark_web ${WAYMARK_PAGE_PATHS} ${WAYMARK_STAGE}/fonts/waymark-ui.otf ${WAYMARK_STAGE}/together.js web/sw.js
          cmake/make_site.cmake
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "Writing the site (hashed names, service worker, gzip)")
add_custom_target(site ALL DEPENDS ${WAYMARK_SITE}/.built)
