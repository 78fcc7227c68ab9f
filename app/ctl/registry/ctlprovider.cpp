#include "app/ctl/registry/ctlprovider.h"

#include <QCommandLineParser>

void CtlProvider::readSmtpOptions(const QCommandLineParser &parser, CtlOptions &o)
{
    o.smtpUser = parser.value(QStringLiteral("smtp-user"));
    o.smtpUserSet = parser.isSet(QStringLiteral("smtp-user"));
    o.smtpPasswordStdin = parser.isSet(QStringLiteral("smtp-password-stdin"));
}
