# Header-only dependencies from Debian packages (nlohmann-json3-dev, doctest-dev). emcc must not
# see all of /usr/include (it would pick up glibc headers), so the needed folders are linked into
# one include directory of their own.
set(WAYMARK_HEADERS_DIR ${CMAKE_CURRENT_BINARY_DIR}/third-party-include)
foreach(dir nlohmann doctest)
  if(NOT EXISTS /usr/include/${dir})
    message(FATAL_ERROR "/usr/include/${dir} is missing: run scripts/setup.sh")
  endif()
  file(MAKE_DIRECTORY ${WAYMARK_HEADERS_DIR})
  file(CREATE_LINK /usr/include/${dir} ${WAYMARK_HEADERS_DIR}/${dir} SYMBOLIC)
endforeach()
add_library(waymark_third_party_headers INTERFACE)
target_include_directories(waymark_third_party_headers SYSTEM INTERFACE ${WAYMARK_HEADERS_DIR})
