# The translations are complete (ctest "translations"): run as
#   cmake -DROOT=<source dir> -DLUPDATE=<lupdate> -DWORK=<scratch dir> -P checktranslations.cmake
# Copies of the French, German and English (plural forms) .ts are brought up to date with the sources by lupdate
# (as the update_translations target does, without touching the tree); the test fails when a
# copy holds a string without its translation (a new tr() never translated), or when the
# file in the tree holds strings the sources no longer have (obsolete ones left behind).
cmake_minimum_required(VERSION 3.21)

set(failures "")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
# English holds only the plural forms ("%n mailbox(es)"), as update_translations writes it.
foreach(lang fr de en)
    set(original "${ROOT}/translations/mailroom_${lang}.ts")
    set(copy "${WORK}/mailroom_${lang}.ts")
    set(only "")
    if(lang STREQUAL "en")
        set(only -pluralonly)
    endif()
    file(COPY_FILE "${original}" "${copy}")
    execute_process(COMMAND "${LUPDATE}" -silent -locations none -no-obsolete ${only}
                            "${ROOT}/core" "${ROOT}/models" "${ROOT}/ui" "${ROOT}/app" -ts "${copy}"
                    WORKING_DIRECTORY "${ROOT}" RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE warnings)
    if(NOT status EQUAL 0)
        string(APPEND failures "lupdate failed on ${lang} (${status}):\n${warnings}\n")
        continue()
    endif()
    file(READ "${copy}" updated)
    file(READ "${original}" kept)
    # A ';' (of &apos;) would split CMake's list of matches: the entities are spelt out first.
    string(REPLACE "&apos;" "'" listed "${updated}")
    string(REPLACE "&quot;" "\"" listed "${listed}")
    string(REPLACE "&amp;" "&" listed "${listed}")
    string(REPLACE ";" "," listed "${listed}")
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<[a-z]*comment>[^<]*</[a-z]*comment>[ \n]*)*<translation type=\"unfinished\"" untranslated "${listed}")
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
