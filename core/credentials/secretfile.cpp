#include "core/credentials/secretfile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
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
    // One descriptor, opened without following a link, checked to be a regular file.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = errno == ELOOP ? QStringLiteral("%1 is a symbolic link").arg(path) : QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    struct stat info = {};
    bool ok = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && ::fchmod(fd, 0600) == 0;
    if (!ok)
        *error = QStringLiteral("%1 is not a regular file of yours").arg(path);
    for (qsizetype written = 0; ok && written < data.size();) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        written += n > 0 ? n : 0;
        if (!ok)
            *error = QString::fromLocal8Bit(std::strerror(errno));
    }
    if (ok && ::fsync(fd) != 0) {
        ok = false;
        *error = QString::fromLocal8Bit(std::strerror(errno));
    }
    ::close(fd);
    return ok;
}

} // namespace SecretFile
