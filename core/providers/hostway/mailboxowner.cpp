#include "core/providers/hostway/mailboxowner.h"

#include "core/accounts/account.h"
#include "core/providers/hostway/hostwayrules.h"

namespace Hostway {

bool MailboxOwner::isOwnerKind(const QString &kind)
{
    return kind == QLatin1String(kOwnerKind) || kind == QLatin1String(kExchangeOwnerKind);
}

std::optional<MailboxOwner> MailboxOwner::of(const Account &account)
{
    if (!isOwnerKind(account.kind))
        return std::nullopt;
    const QString user = account.userName.trimmed();
    if (!Rules::isEmailAddress(user))
        return std::nullopt;
    const qsizetype at = user.lastIndexOf(QLatin1Char('@'));
    MailboxOwner owner;
    owner.name = user.left(at);
    owner.domain = user.mid(at + 1).toLower();
    owner.exchange = account.kind == QLatin1String(kExchangeOwnerKind);
    return owner;
}

} // namespace Hostway
