# Builds the .deb with CPack into BINARY_DIR/package and checks what it holds.
set(out "${BINARY_DIR}/package")
file(REMOVE_RECURSE "${out}")
execute_process(COMMAND cpack -G DEB -B "${out}" WORKING_DIRECTORY "${BINARY_DIR}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${log}")
endif()
file(GLOB debs "${out}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${out}, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
foreach(path usr/bin/mailroom usr/bin/mailroomctl usr/bin/mailroom-sandbox
        usr/share/applications/org.mailroom.Mailroom.desktop
        usr/share/metainfo/org.mailroom.Mailroom.metainfo.xml
        usr/share/icons/hicolor/scalable/apps/org.mailroom.Mailroom.svg)
    string(FIND "${contents}" "./${path}" found)
    if(found EQUAL -1)
        message(FATAL_ERROR "${path} is missing from ${debs}:\n${contents}")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb --field ${debs} Depends OUTPUT_VARIABLE depends)
message(STATUS "built ${debs}; Depends: ${depends}")
