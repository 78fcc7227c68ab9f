#include "core/credentials/passwordgenerator.h"

#include "core/providers/hostway/hostwayrules.h"

#include <QRandomGenerator>

namespace PasswordGenerator {

QString hostwayMailboxPassword(const QString &name, const QString &domain)
{
    // No look-alike characters (0/O, 1/l/I), and specials that survive shells and CSV.
    static const QString alphabet = QStringLiteral(
        "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+-=?@^");
    QRandomGenerator *random = QRandomGenerator::system();
    for (;;) {
        QString password;
        password.reserve(16);
        for (int i = 0; i < 16; ++i)
            password.append(alphabet.at(static_cast<int>(random->bounded(static_cast<quint32>(alphabet.size())))));
        if (Hostway::Rules::isPasswordAcceptable(password, name, domain))
            return password;
    }
}

} // namespace PasswordGenerator
