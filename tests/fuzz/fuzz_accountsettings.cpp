// The account settings reader: arbitrary bytes as Mailroom's INI file, read by QSettings and
// AccountStore, then each account's checks and keychain key.
#include "core/accounts/accountstore.h"

#include <QDir>
#include <QFile>
#include <QSettings>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A new file each time: QSettings caches a file it has read by name, size and time.
    static int run = 0;
    const QString path = QDir::tempPath() + QStringLiteral("/mailroom-fuzz-%1-%2.ini").arg(::getpid()).arg(++run);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    {
        QSettings settings(path, QSettings::IniFormat);
        const AccountStore store(&settings);   // reads the accounts as the window does
        for (const Account &account : store.accounts()) {
            (void)account.problems();
            (void)account.keychainKey();
        }
    }
    QFile::remove(path);
    return 0;
}
