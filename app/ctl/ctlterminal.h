#pragma once

#include <QString>

#include <optional>

/// mailroomctl's terminal.
namespace CtlTerminal {

/// Writes `prompt` to standard error and reads one line from standard input with the
/// terminal's echo off (turned off before the prompt shows; restored afterwards, also on end
/// of input, Ctrl+C or SIGTERM); the line end is dropped.
/// nullopt when standard input is not a terminal (a script, a pipe): nothing is asked then.
[[nodiscard]] std::optional<QString> readPasswordWithoutEcho(const QString &prompt);

} // namespace CtlTerminal
