# One INTERFACE target carries the language standard, the warnings and the Qt macros every
# Mailroom target is built with (the idea of qBittorrent's qbt_common_cfg).
add_library(mailroom_common INTERFACE)
target_compile_features(mailroom_common INTERFACE cxx_std_17)
target_compile_definitions(mailroom_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060000)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(mailroom_common INTERFACE -Wall -Wextra -Wpedantic
        -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
        $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
        $<$<CXX_COMPILER_ID:Clang>:-Wno-gnu-zero-variadic-macro-arguments>)
endif()
