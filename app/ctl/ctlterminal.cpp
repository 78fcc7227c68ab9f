#include "app/ctl/ctlterminal.h"

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace CtlTerminal {

namespace {

termios g_saved{};                       // the terminal as it was, while the echo is off
volatile std::sig_atomic_t g_quiet = 0;

/// Ctrl+C or a kill while the echo is off: the terminal gets its echo back, then the
/// signal does what it would have done.
void restoreAndRaise(int signal)
{
    if (g_quiet)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

std::optional<QString> readPasswordWithoutEcho(const QString &prompt)
{
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &g_saved) != 0)
        return std::nullopt;
    termios quiet = g_saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ECHONL;   // the Return still moves to the next line
    const auto oldInt = std::signal(SIGINT, restoreAndRaise);
    const auto oldTerm = std::signal(SIGTERM, restoreAndRaise);
    // The echo goes off before the prompt shows, so nothing typed after it is echoed; what
    // was typed before it is dropped (TCSAFLUSH), as getpass(3) does.
    g_quiet = 1;
    if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) != 0) {
        g_quiet = 0;
        std::signal(SIGINT, oldInt);
        std::signal(SIGTERM, oldTerm);
        return std::nullopt;
    }
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    const bool read = static_cast<bool>(std::getline(std::cin, line));
    tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    g_quiet = 0;
    std::signal(SIGINT, oldInt);
    std::signal(SIGTERM, oldTerm);
    if (!read)
        return std::nullopt;
    QString secret = QString::fromStdString(line);
    if (secret.endsWith(QLatin1Char('\r')))
        secret.chop(1);
    return secret;
}

} // namespace CtlTerminal
