#include "app/ctl/ctlterminal.h"


#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace CtlTerminal {

std::optional<QString> readPasswordWithoutEcho(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    termios was{};
    if (tcgetattr(STDIN_FILENO, &was) != 0)
        return std::nullopt;
    termios quiet = was;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ECHONL;   // the Return still moves to the next line
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) != 0)
        return std::nullopt;
    std::string line;
    const bool read = static_cast<bool>(std::getline(std::cin, line));
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &was);
    if (!read)
        return std::nullopt;
    QString secret = QString::fromStdString(line);
    if (secret.endsWith(QLatin1Char('\r')))
        secret.chop(1);
    return secret;
}

} // namespace CtlTerminal
