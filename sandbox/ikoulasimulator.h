#pragma once

#include "sandbox/ikouladata.h"
#include "sandbox/sandboxexchange.h"

#include <QHash>

namespace Sandbox {

/// Simulates Ikoula's Exchange API, wsexch (seed 000_ff00a10b076e969b.txt): the 24 actions
/// at /wsexch/<action>, with the authentication of BEYOND-SEEDS.md checked for real. It
/// holds the private half of the demo key (sandbox/demo/ikoula-private.pem), decrypts
/// crypted_password (RSA, PKCS#1 v1.5) and recomputes the HMAC-SHA1 signature with its own
/// reading of the algorithm.
///
/// Ikoula publishes no answers, so these shapes are the sandbox's choice:
/// - success: 200 {"status":"ok","message":text}, plus "contact_id" for add-contact and
///   "password_bal" (the new password) for reset-password;
/// - list: {"subscriptions":[{subscr_id, name, status, organisations:[{orga_id, name}]}]};
/// - schema-subscr: {subscr_id, orga_id, organisation, domains, bal:[...], dl:[...],
///   contacts:[...]}, every object under the write actions' parameter names;
/// - billing-by-subscrid: {"billing":[{date, label, quantity, amount, currency, invoice}]};
/// - errors: {"error": text}, or a list of texts for missing parameters, with 400 (bad
///   input), 401 (authentication, signature), 404 (unknown object or action), 405 (a change
///   sent as GET) or 409 (already exists).
/// Authentication parameters must be in the query string ("must always be passed in GET");
/// the others may be in the query or a form body. Only format=json is answered.
class IkoulaSimulator final
{
public:
    explicit IkoulaSimulator(bool demoData);
    ~IkoulaSimulator();

    static bool owns(const QString &path);
    Response handle(const Request &request);

    /// The demo public key (PEM), the one the demo account is configured with.
    static QByteArray demoPublicKey();

private:
    using Params = QHash<QString, QString>;
    Response dispatch(const QString &action, const Params &p);
    Response authenticate(const Request &request, const QList<QPair<QString, QString>> &all);
    IkoulaOrganisation *organisation(const QString &orgaId);
    /// The organisation whose domain `email` is in, or nullptr.
    IkoulaOrganisation *organisationOfAddress(const QString &email);
    IkoulaBal *bal(const QString &email, IkoulaOrganisation **orga = nullptr);

    IkoulaData m_data;
};

} // namespace Sandbox
