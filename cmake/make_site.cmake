# Script mode: the finished site from the staged build. Every app file gets its content's hash in
# its name (waymark.3f9a1c0b2d.wasm), so hosts can cache it for a year; index.html, sw.js and
# manifest.webmanifest keep their names (browsers must re-check them) and name the hashed files.
# sw.js gets the build's id (a hash over every file it caches) and the list of those files.
# Then a gzip -9 copy of each file, for servers that send them.
#   cmake -DSOURCE_DIR=<repo> -DSTAGE=<staged build> -DSITE=<site> -P make_site.cmake
cmake_policy(SET CMP0057 NEW)  # if(... IN_LIST ...) in script mode
# The shell's modules name each other in their imports (from "./saving.js"): each is published
# after the modules it imports, with their hashed names written into it, so that its own hash
# changes with theirs.
file(GLOB unordered RELATIVE ${STAGE} ${STAGE}/shell/*.js)
set(shell_modules "")
while(unordered)
  set(placed FALSE)
  foreach(m ${unordered})
    file(READ ${STAGE}/${m} content)
    string(REGEX MATCHALL "from \"\\./[a-z_]+\\.js\"" imports "${content}")
    set(ready TRUE)
    foreach(import ${imports})
      string(REGEX REPLACE "^from \"\\./(.*)\"$" "shell/\\1" imported "${import}")
      if(NOT imported IN_LIST shell_modules)
        set(ready FALSE)
      endif()
    endforeach()
    if(ready)
      list(APPEND shell_modules ${m})
      list(REMOVE_ITEM unordered ${m})
      set(placed TRUE)
    endif()
  endforeach()
  if(NOT placed)
    message(FATAL_ERROR "The shell's modules import each other in a circle: ${unordered}")
  endif()
endwhile()
set(hashed waymark.wasm fonts/waymark-ui.otf icon.svg waymark.js ${shell_modules} together.js)
# Loaded only when a room is started or joined: not fetched ahead by the service worker either,
# so a first visit costs what it did before Plan together.
set(on_demand together.js)
set(HASH_CHARS 10)  # scripts/serve.mjs and tests/e2e/site_files.test.mjs know this length

file(REMOVE_RECURSE ${SITE})  # no file of an earlier build stays behind
file(MAKE_DIRECTORY ${SITE}/fonts ${SITE}/shell)
file(READ ${STAGE}/index.html page)
file(READ ${STAGE}/manifest.webmanifest manifest)
set(files "")
set(cached "")
set(module_names "")  # the shell modules' hashed names as their imports write them: "./saving.3f9a1c0b2d.js"
foreach(f ${hashed})
  if(f IN_LIST shell_modules)
    file(READ ${STAGE}/${f} content)
    foreach(pair ${module_names})
      string(REPLACE "|" ";" pair "${pair}")
      list(GET pair 0 plain)
      list(GET pair 1 hashed_name)
      string(REPLACE "from \"./${plain}\"" "from \"./${hashed_name}\"" content "${content}")
    endforeach()
    string(SHA256 hash "${content}")
  else()
    file(SHA256 ${STAGE}/${f} hash)
  endif()
  string(SUBSTRING "${hash}" 0 ${HASH_CHARS} short)
  string(REGEX REPLACE "^(.*)(\\.[a-z0-9]+)$" "\\1.${short}\\2" name "${f}")
  if(f IN_LIST shell_modules)
    file(WRITE ${SITE}/${name} "${content}")
    get_filename_component(plain ${f} NAME)
    get_filename_component(hashed_name ${name} NAME)
    list(APPEND module_names "${plain}|${hashed_name}")
  else()
    file(COPY_FILE ${STAGE}/${f} ${SITE}/${name})
  endif()
  # References are quoted attribute or JSON values: replace only whole names.
  string(REPLACE "\"${f}\"" "\"${name}\"" page "${page}")
  string(REPLACE "\"${f}\"" "\"${name}\"" manifest "${manifest}")
  list(APPEND files ${name})
  if(NOT f IN_LIST on_demand)
    list(APPEND cached ${name})
  endif()
endforeach()
file(WRITE ${SITE}/index.html "${page}")
file(WRITE ${SITE}/manifest.webmanifest "${manifest}")

set(ids "")
set(list "\"./\"")
foreach(f index.html manifest.webmanifest ${cached})
  file(SHA256 ${SITE}/${f} hash)
  string(APPEND ids "${f}:${hash};")
  string(APPEND list ", \"${f}\"")
endforeach()
string(SHA256 build_id "${ids}")
string(SUBSTRING "${build_id}" 0 16 WAYMARK_BUILD_ID)
set(WAYMARK_FILES "${list}")
configure_file(${SOURCE_DIR}/web/sw.js ${SITE}/sw.js @ONLY)

list(TRANSFORM files PREPEND ${SITE}/)
execute_process(COMMAND gzip -9 -k -f -n ${files} ${SITE}/index.html ${SITE}/manifest.webmanifest ${SITE}/sw.js
  COMMAND_ERROR_IS_FATAL ANY)
