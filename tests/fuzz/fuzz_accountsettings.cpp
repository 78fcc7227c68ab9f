// The account settings reader: arbitrary bytes as Mailroom's INI file, read by QSettings and
// AccountStore, then each account's checks and keychain key.
#include "core/accounts/accountstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSettings>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // One file per process, given a new modification time each run: QSettings keeps a file it
    // has read by name, size and time, and reads it again when one of them changed. (A new
    // name per run works too, but twice as slowly, and leaves QSettings one file more to hold.)
    static const QString path = QDir::tempPath() + QStringLiteral("/mailroom-fuzz-%1.ini").arg(::getpid());
    static const struct RemoveAtExit {
        ~RemoveAtExit() { QFile::remove(path); }
    } removeAtExit;
    static qint64 run = 0;
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
        file.setFileTime(QDateTime::fromSecsSinceEpoch(1'000'000'000 + ++run), QFileDevice::FileModificationTime);
    }
    {
        QSettings settings(path, QSettings::IniFormat);
        const AccountStore store(&settings);   // reads the accounts as the window does
        for (const Account &account : store.accounts()) {
            (void)account.problems();
            (void)account.keychainKey();
        }
    }
    return 0;
}
