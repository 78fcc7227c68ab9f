# The translations are complete (ctest "translations"): run as
#   cmake -DROOT=<source dir> -DLUPDATE=<lupdate> -DWORK=<scratch dir> -P checktranslations.cmake
# Copies of the French and German .ts are brought up to date with the sources by lupdate
# (as the update_translations target does, without touching the tree); the test fails when a
# copy holds a string without its translation (a new tr() never translated), or when the
# file in the tree holds strings the sources no longer have (obsolete ones left behind).
cmake_minimum_required(VERSION 3.21)

set(failures "")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
foreach(lang fr de)
    set(original "${ROOT}/translations/mailroom_${lang}.ts")
    set(copy "${WORK}/mailroom_${lang}.ts")
    file(COPY_FILE "${original}" "${copy}")
    execute_process(COMMAND "${LUPDATE}" -silent -locations none -no-obsolete
                            "${ROOT}/core" "${ROOT}/models" "${ROOT}/ui" "${ROOT}/app" -ts "${copy}"
                    WORKING_DIRECTORY "${ROOT}" RESULT_VARIABLE status OUTPUT_QUIET)
    if(NOT status EQUAL 0)
        string(APPEND failures "lupdate failed on ${lang} (${status})\n")
        continue()
    endif()
    file(READ "${copy}" updated)
    file(READ "${original}" kept)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\"" untranslated "${updated}")
    foreach(entry IN LISTS untranslated)
        string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" text "${entry}")
        string(APPEND failures "${lang}: not translated: ${text}\n")
    endforeach()
    string(REGEX MATCHALL "type=\"(obsolete|vanished)\"" stale "${kept}")
    list(LENGTH stale staleCount)
    string(REGEX MATCHALL "<message" keptMessages "${kept}")
    string(REGEX MATCHALL "<message" updatedMessages "${updated}")
    list(LENGTH keptMessages keptCount)
    list(LENGTH updatedMessages updatedCount)
    if(staleCount GREATER 0 OR keptCount GREATER updatedCount)
        string(APPEND failures "${lang}: translations/mailroom_${lang}.ts holds strings the sources no longer have: cmake --build build --target update_translations\n")
    endif()
endforeach()
if(failures)
    message(FATAL_ERROR "Translations incomplete:\n${failures}")
endif()
message(STATUS "French and German: every string translated, none left over")
