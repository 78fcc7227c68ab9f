#include "core/accounts/demoaccount.h"

namespace DemoAccount {

Account make(quint16 port)
{
    Account account;
    account.displayName = QCoreApplication::translate("main", "Demo (Hostway sandbox)");
    account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    account.accountId = QStringLiteral("test-account123");
    account.userName = QStringLiteral("admin");
    account.domains = {QStringLiteral("test.com"), QStringLiteral("big.example")};
    return account;
}

Account makeWebitel(quint16 port)
{
    Account account;
    account.provider = QStringLiteral("webitel");
    account.displayName = QCoreApplication::translate("main", "Demo (Webitel sandbox)");
    account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    account.userName = QStringLiteral("admin@demo.webitel");
    account.domains = {QStringLiteral("demo.webitel")};
    return account;
}

Account makeIkoula(quint16 port, const QByteArray &publicKeyPem)
{
    Account account;
    account.provider = QStringLiteral("ikoula");
    account.displayName = QCoreApplication::translate("main", "Demo (Ikoula sandbox)");
    account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    account.userName = QStringLiteral("admin");
    account.publicKeyPem = publicKeyPem;
    return account;
}

Account makeIce(quint16 port)
{
    Account account;
    account.provider = QStringLiteral("ice");
    account.displayName = QCoreApplication::translate("main", "Demo (ICE sandbox)");
    account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    account.accountId = QStringLiteral("59");
    account.userName = QStringLiteral("admin");
    account.domains = {QStringLiteral("663"), QStringLiteral("700")};
    return account;
}

Account makeOwner(quint16 port)
{
    Account account;
    account.displayName = QCoreApplication::translate("main", "Demo (Hostway mailbox owner)");
    account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    account.kind = QStringLiteral("owner");   // Hostway::kOwnerKind: core/accounts knows no provider
    account.userName = QStringLiteral("john.smith@test.com");
    return account;
}

QString ownerPassword()
{
    return QStringLiteral("pWord123$");
}

QString password()
{
    return QStringLiteral("sandbox");
}

} // namespace DemoAccount
