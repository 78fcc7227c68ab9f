#pragma once

#include <QString>

/// Value types of Webitel's email settings (seed 004_ccfa19ff1fa62297.txt).
namespace Webitel {

/// A domain's SMTP settings: the body of GET/POST/PUT /api/v2/email/settings?domain=.
/// The password is a secret: the API echoes it, Mailroom never shows or logs it.
struct EmailSettings
{
    QString id;                 ///< "_id", set by Webitel
    QString description;
    QString from;               ///< the sender address
    QString host;
    int port = 465;
    bool secure = true;         ///< TLS from the start (SMTPS)
    bool debug = false;
    bool rejectUnauthorized = true;   ///< verify the SMTP server's certificate
    QString user;
    QString password;           ///< options.auth.pass: secret

    /// Translated problems (host, port 1-65535, sender address); empty when valid.
    [[nodiscard]] QStringList problems() const;
};

} // namespace Webitel
