# Every test is one QTest class in tst_<name>.cpp. Each builds its own data in a temporary
# directory, so tests run in any order and in parallel.
#
#   sitrep_add_test(NAME SOURCES ... LIBS ... [GUI] [KEYRING] [LABELS ...])
#   GUI:     runs on the offscreen platform plugin.
#   KEYRING: runs inside a private D-Bus session with an unlocked GNOME Keyring.
function(sitrep_add_test name)
    cmake_parse_arguments(arg "GUI;KEYRING" "" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${arg_SOURCES})
    # Tests may look beneath the services, at the stores and remote APIs they drive.
    target_link_libraries(${name} PRIVATE Qt6::Test ${arg_LIBS} sitrep::storage sitrep::sync)
    target_compile_definitions(${name} PRIVATE
        SITREP_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        SITREP_BINARY_DIR="${PROJECT_BINARY_DIR}")
    sitrep_share_precompiled(${name} EMPTY_MOC)
    if(arg_KEYRING)
        add_test(NAME ${name}
            COMMAND ${PROJECT_SOURCE_DIR}/tests/fixtures/with-keyring.sh $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set(environment "QT_LOGGING_RULES=sitrep.*.info=false" "LANGUAGE=en" "LC_ALL=C.UTF-8")
    if(arg_GUI)
        list(APPEND environment "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${environment}" LABELS "${arg_LABELS}")
endfunction()

# A CTest fixture NAME: tests/fixtures/NAME.sh started before the tests that require NAME and
# stopped after them, with its state in build/NAME-fixture.
function(sitrep_add_fixture name label)
    foreach(action start stop)
        add_test(NAME ${name}_${action}
            COMMAND ${PROJECT_SOURCE_DIR}/tests/fixtures/${name}.sh ${action}
                    ${PROJECT_BINARY_DIR}/${name}-fixture)
    endforeach()
    set_tests_properties(${name}_start PROPERTIES FIXTURES_SETUP ${name} LABELS ${label})
    set_tests_properties(${name}_stop PROPERTIES FIXTURES_CLEANUP ${name} LABELS ${label})
endfunction()

# Runs a test again with the bulk paths forced onto QSqlQuery (SITREP_SQLITE_DIRECT=0): the
# same expectations hold whether or not Sitrep may call SQLite directly. Call it in the folder
# that added the test.
function(sitrep_add_qsqlquery_run name)
    get_test_property(${name} ENVIRONMENT environment)
    get_test_property(${name} LABELS labels)
    get_test_property(${name} FIXTURES_REQUIRED fixtures)
    add_test(NAME ${name}_qsqlquery COMMAND ${name})
    list(APPEND environment "SITREP_SQLITE_DIRECT=0")
    set_tests_properties(${name}_qsqlquery PROPERTIES ENVIRONMENT "${environment}"
        LABELS "${labels}")
    if(fixtures)
        set_tests_properties(${name}_qsqlquery PROPERTIES FIXTURES_REQUIRED "${fixtures}")
    endif()
endfunction()
