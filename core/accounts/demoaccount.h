#pragma once

#include "core/accounts/account.h"

/// The account of the sandbox's demo data (`mailroom-sandbox --data demo`), for
/// `mailroom --demo` and the screenshot tool.
namespace DemoAccount {

/// Hostway account test-account123 at http://127.0.0.1:`port`, user admin, with the domains
/// test.com and big.example.
Account make(quint16 port);
/// Webitel as admin@demo.webitel at http://127.0.0.1:`port`, with the domain demo.webitel.
Account makeWebitel(quint16 port);
/// Ikoula as admin at http://127.0.0.1:`port`, with the demo public key `publicKeyPem`
/// (sandbox/demo/ikoula-public.pem).
Account makeIkoula(quint16 port, const QByteArray &publicKeyPem);
/// ICE organisation 59 as admin at http://127.0.0.1:`port`, with the skills 663 and 700.
Account makeIce(quint16 port);
/// Hostway's mailbox owner john.smith@test.com at http://127.0.0.1:`port` (the
/// /email/{domain} shortcuts), signing in with ownerPassword().
Account makeOwner(quint16 port);
/// The sandbox's documented demo password (all accounts): public, not a secret.
QString password();
/// john.smith@test.com's password in the sandbox's demo data (seed 003's example): public.
QString ownerPassword();

} // namespace DemoAccount
