# Script mode: writes ${SITE}/sw.js from web/sw.js with the build's id (a hash over every file
# it caches, so any change makes a new version) and the list of those files.
#   cmake -DSOURCE_DIR=<repo> -DSITE=<site> -DFILES=index.html,shell.js,... -P make_sw.cmake
string(REPLACE "," ";" FILES "${FILES}")
set(ids "")
set(list "\"./\"")
foreach(f ${FILES})
  file(SHA256 ${SITE}/${f} hash)
  string(APPEND ids "${f}:${hash};")
  string(APPEND list ", \"${f}\"")
endforeach()
string(SHA256 build_id "${ids}")
string(SUBSTRING "${build_id}" 0 16 WAYMARK_BUILD_ID)
set(WAYMARK_FILES "${list}")
configure_file(${SOURCE_DIR}/web/sw.js ${SITE}/sw.js @ONLY)
