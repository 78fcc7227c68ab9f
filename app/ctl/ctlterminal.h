#pragma once

#include <QString>

#include <optional>

/// mailroomctl's terminal.
namespace CtlTerminal {

/// Writes `prompt` to standard error and reads one line from standard input with the
/// terminal's echo off (restored afterwards, also on end of input); the line end is dropped.
/// nullopt when standard input is not a terminal (a script, a pipe): nothing is asked then.
std::optional<QString> readPasswordWithoutEcho(const QString &prompt);

} // namespace CtlTerminal
