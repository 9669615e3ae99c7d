# Embeds text assets (templates, translations) in the binary, so the app needs no file system.
# waymark_embed(NAME OUTPUT files...) writes OUTPUT with
#   const waymark::EmbeddedFile* waymark::embeddedFiles(size_t& count)
# keyed by the path below assets/, e.g. "templates/restaurant.json".
function(waymark_embed name output)
  string(REPLACE ";" "," file_list "${ARGN}")  # a ";" would split the -D argument
  add_custom_command(OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DROOT=${CMAKE_CURRENT_SOURCE_DIR}/assets
            "-DFILES=${file_list}" -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/embed_files.cmake
    DEPENDS ${ARGN} ${CMAKE_CURRENT_SOURCE_DIR}/cmake/embed_files.cmake
    COMMENT "Embedding assets for ${name}" VERBATIM)
endfunction()
