# The layers hold (ctest "layers"): run as cmake -DROOT=<source dir> -P checklayers.cmake.
# - core < models < ui < app: a file includes only its own layer and lower ones; sandbox
#   includes none of them (it is an independent reading of the documentation).
# - core's folders do not include each other in a cycle: drafts, operations, net and
#   credentials never include core/accounts (accounts uses them).
# - core's generic folders (net, drafts, operations, accounts, credentials, audit, changes, search)
#   include no provider's folder.
# - The shared files of the other layers (directly in models/, ui/, app/ or app/ctl/) include
#   no provider's folder either: core/providers/*, or a subfolder of models/, ui/ or app/ctl/
#   other than registry/ (the registries list the providers; each provider's folder is its own).
cmake_minimum_required(VERSION 3.21)

set(allowed_core core)
set(allowed_models core models)
set(allowed_ui core models ui)
set(allowed_app core models ui app sandbox)
set(allowed_sandbox sandbox)
set(failures "")
foreach(layer core models ui app sandbox)
    file(GLOB_RECURSE files RELATIVE "${ROOT}" "${ROOT}/${layer}/*.h" "${ROOT}/${layer}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${ROOT}/${file}" includes REGEX "^#include \"[a-z]+/")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^#include \"([a-z]+)/([^\"]*)\".*" "\\1" target_layer "${line}")
            string(REGEX REPLACE "^#include \"([a-z]+)/([^\"]*)\".*" "\\1/\\2" target "${line}")
            if(NOT target_layer IN_LIST allowed_${layer})
                list(APPEND failures "${file}: includes ${target} (${layer} may include only: ${allowed_${layer}})")
            endif()
            if(file MATCHES "^core/(drafts|operations|net|credentials|audit|changes)/" AND target MATCHES "^core/accounts/")
                list(APPEND failures "${file}: includes ${target} (a cycle: core/accounts uses this folder)")
            endif()
            if(file MATCHES "^core/(net|drafts|operations|accounts|credentials|audit|changes|search)/" AND target MATCHES "^core/providers/")
                list(APPEND failures "${file}: includes ${target} (generic core code asks a provider, it does not include one)")
            endif()
            if(file MATCHES "^(models|ui|app|app/ctl)/[^/]+$"
               AND (target MATCHES "^core/providers/" OR target MATCHES "^(models|ui|app/ctl)/[a-z]+/"))
                if(NOT target MATCHES "^(ui|app/ctl)/registry/")
                    list(APPEND failures "${file}: includes ${target} (shared code asks a provider's registry entry, it does not include its folder)")
                endif()
            endif()
        endforeach()
    endforeach()
endforeach()
if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "The layers are broken:\n  ${text}")
endif()
message(STATUS "layers: every include points down (core < models < ui < app; sandbox alone)")
