# Qt's headers take three to five seconds of nearly every file's compile on their own. They are
# compiled once per large library, and once more for every small target: the tests, benchmarks,
# fuzz targets and executables (cmake/precompiled.h). A header compiled with other flags or
# macros is refused by the compiler (-Winvalid-pch, an error under SITREP_WARNINGS_AS_ERRORS),
# never used wrongly.
option(SITREP_PRECOMPILED_HEADERS
    "Compile Qt's headers once per large library and once for the small targets" ON)

# A library's own precompiled header: worth it for a target of many files.
function(sitrep_precompile target)
    if(SITREP_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} PRIVATE ${PROJECT_SOURCE_DIR}/cmake/precompiled.h)
    endif()
endfunction()

# The header the small targets share. It sees the headers of every Qt module they link but
# defines none of the modules' QT_*_LIB macros: g++ and clang refuse a header compiled with a
# macro that the file it would serve lacks, and these differ from target to target.
function(sitrep_add_shared_precompiled)
    if(TARGET sitrep_shared_precompiled)
        return()
    endif()
    add_library(sitrep_shared_precompiled OBJECT ${PROJECT_SOURCE_DIR}/cmake/precompiled.cpp)
    target_link_libraries(sitrep_shared_precompiled PRIVATE Qt6::Core)
    foreach(module Gui Widgets Network Sql Concurrent)
        target_include_directories(sitrep_shared_precompiled SYSTEM PRIVATE
            $<TARGET_PROPERTY:Qt6::${module},INTERFACE_INCLUDE_DIRECTORIES>)
    endforeach()
    sitrep_precompile(sitrep_shared_precompiled)
endfunction()

# A target of one or a few files takes the shared header. EMPTY_MOC: its moc file holds nothing
# (a test includes its own moc output), and would only pay for loading the header.
function(sitrep_share_precompiled target)
    cmake_parse_arguments(arg "EMPTY_MOC" "" "" ${ARGN})
    if(NOT SITREP_PRECOMPILED_HEADERS)
        return()
    endif()
    sitrep_add_shared_precompiled()
    target_precompile_headers(${target} REUSE_FROM sitrep_shared_precompiled)
    if(arg_EMPTY_MOC)
        set_source_files_properties(
            ${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/mocs_compilation.cpp
            TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
endfunction()
