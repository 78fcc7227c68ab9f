#include "core/credentials/secretfile.h"

#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace SecretFile {

bool writeOwnerOnly(const QString &path, const QByteArray &data, QString *error)
{
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile file(path);
    const bool ready = (!file.exists() || file.setPermissions(ownerOnly)) && file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly);
    if (!ready || file.write(data) != data.size() || !file.flush()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool appendOwnerOnly(const QString &path, const QByteArray &data, QString *error)
{
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileInfo info(path);
    if (info.isSymLink() || (info.exists() && !info.isFile())) {
        *error = QStringLiteral("%1 is not a regular file").arg(path);
        return false;
    }
    QFile file(path);
    const bool ready = (!file.exists() || file.setPermissions(ownerOnly)) && file.open(QIODevice::WriteOnly | QIODevice::Append, ownerOnly);
    if (!ready || file.write(data) != data.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace SecretFile
