#include "core/credentials/secretfile.h"

#include <QFile>

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

} // namespace SecretFile
