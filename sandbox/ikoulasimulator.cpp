#include "sandbox/ikoulasimulator.h"

#include <QFile>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUrlQuery>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace Sandbox {

namespace {

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Response error(int status, const QJsonValue &text)
{
    return Response::json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), text}}));
}

/// RSA PKCS#1 v1.5 decryption with the demo private key; empty on any failure.
QString decryptPassword(const QByteArray &base64)
{
    struct BioFree { void operator()(BIO *b) const { BIO_free(b); } };
    struct KeyFree { void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); } };
    struct CtxFree { void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); } };
    // Decoded once: decoding the PEM key cost about 0.4 ms a request (mailroom-bench).
    static const std::unique_ptr<EVP_PKEY, KeyFree> key([] {
        const QByteArray pem = resource(QStringLiteral(":/sandbox/ikoula-private.pem"));
        std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
        return bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    }());
    std::unique_ptr<EVP_PKEY_CTX, CtxFree> ctx(key ? EVP_PKEY_CTX_new(key.get(), nullptr) : nullptr);
    const QByteArray cipher = QByteArray::fromBase64(base64);
    size_t length = 0;
    if (!ctx || EVP_PKEY_decrypt_init(ctx.get()) <= 0 || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) <= 0
        || EVP_PKEY_decrypt(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(cipher.constData()),
                            static_cast<size_t>(cipher.size())) <= 0) {
        ERR_clear_error();
        return {};
    }
    QByteArray plain(static_cast<int>(length), Qt::Uninitialized);
    if (EVP_PKEY_decrypt(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &length,
                         reinterpret_cast<const unsigned char *>(cipher.constData()), static_cast<size_t>(cipher.size())) <= 0) {
        ERR_clear_error();
        return {};
    }
    plain.resize(static_cast<int>(length));
    return QString::fromUtf8(plain);
}

/// The sandbox's own reading of the signed text: "name=value" pairs sorted by name, every
/// byte but A-Z a-z 0-9 - _ . written %XX (a space %20), joined by "&", lower-cased.
QByteArray signedText(QList<QPair<QString, QString>> params)
{
    std::sort(params.begin(), params.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const auto escape = [](const QString &text) {
        QByteArray out;
        for (const char c : text.toUtf8()) {
            const auto u = static_cast<unsigned char>(c);
            if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '_' || u == '.')
                out += c;
            else
                out += '%' + QByteArray::number(u, 16).rightJustified(2, '0').toUpper();
        }
        return out;
    };
    QByteArrayList pairs;
    for (const auto &p : params)
        pairs.append(escape(p.first) + '=' + escape(p.second));
    return pairs.join('&').toLower();
}

QByteArray publicKeyBody()
{
    QByteArray pem = IkoulaSimulator::demoPublicKey();
    pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
    return pem.replace('\n', "").replace('\r', "");
}

/// The mandatory parameters of each action, as the seed lists them (lower-cased, without
/// the four authentication ones).
QStringList mandatory(const QString &action)
{
    static const QHash<QString, QStringList> table = [] {
        const QString newBal = QStringLiteral("email_bal password_bal display_name orga_id mail_send_installation first_name last_name business_phone company office job");
        QHash<QString, QString> t = {
            {QStringLiteral("change-password"), QStringLiteral("email_bal password_bal")},
            {QStringLiteral("reset-password"), QStringLiteral("email_bal")},
            {QStringLiteral("add-bal"), newBal},
            {QStringLiteral("add-room-bal"), newBal},
            {QStringLiteral("add-equipment-bal"), newBal},
            {QStringLiteral("delete-bal"), QStringLiteral("email_bal")},
            {QStringLiteral("add-contact"), QStringLiteral("email_contact display_name orga_id")},
            {QStringLiteral("add-distribution-list"), QStringLiteral("email_dl display_name orga_id email_manager")},
            {QStringLiteral("delete-dl"), QStringLiteral("email_dl")},
            {QStringLiteral("add-alias-bal"), QStringLiteral("email_primary email_alias")},
            {QStringLiteral("delete-alias"), QStringLiteral("email_alias")},
            {QStringLiteral("add-email-to-dl"), QStringLiteral("email_bal email_dl")},
            {QStringLiteral("delete-email-to-dl"), QStringLiteral("email_bal email_dl")},
            {QStringLiteral("update-feature-bal"), QStringLiteral("email_bal enable_pop enable_imap enable_owa enable_mapi enable_active_sync")},
            {QStringLiteral("update-quotasbal"), QStringLiteral("email_bal issue_warning_kb prohibit_send_kb prohibit_send_receive_kb keep_deleted_items_days")},
            {QStringLiteral("schema-subscr"), QStringLiteral("subscr_id orga_id")},
            {QStringLiteral("delete-contact"), QStringLiteral("contact_id")},
            {QStringLiteral("update-forward-email"), QStringLiteral("email_bal email_to_forward deliver_bal_and_forward")},
            {QStringLiteral("delete-forward-email"), QStringLiteral("email_bal")},
            {QStringLiteral("update-forward-smtp-email"), QStringLiteral("email_bal email_to_forward")},
            {QStringLiteral("delete-forward-smtp-email"), QStringLiteral("email_bal")},
            {QStringLiteral("update-bal"), QStringLiteral("email_bal display_name first_name last_name disabled hide_address_book address job office company department city state business_phone fax home_phone initials mobile_phone zip")},
            {QStringLiteral("list"), QString()},
            {QStringLiteral("billing-by-subscrid"), QStringLiteral("subscr_id")},
        };
        QHash<QString, QStringList> out;
        for (auto it = t.begin(); it != t.end(); ++it)
            out.insert(it.key(), it.value().split(QLatin1Char(' '), Qt::SkipEmptyParts));
        return out;
    }();
    return table.value(action, {QStringLiteral("?")});
}

bool isRead(const QString &action)
{
    return action == QLatin1String("list") || action == QLatin1String("schema-subscr") || action == QLatin1String("billing-by-subscrid");
}

} // namespace

IkoulaSimulator::IkoulaSimulator(bool demoData)
    : m_data(IkoulaData::make(demoData))
{
}

IkoulaSimulator::~IkoulaSimulator() = default;

bool IkoulaSimulator::owns(const QString &path)
{
    return path.startsWith(QLatin1String("/wsexch/"));
}

QByteArray IkoulaSimulator::demoPublicKey()
{
    return resource(QStringLiteral(":/sandbox/ikoula-public.pem"));
}

Response IkoulaSimulator::authenticate(const Request &request, const QList<QPair<QString, QString>> &all)
{
    const QString login = request.query.queryItemValue(QStringLiteral("login"), QUrl::FullyDecoded);
    const QString crypted = request.query.queryItemValue(QStringLiteral("crypted_password"), QUrl::FullyDecoded);
    const QString signature = request.query.queryItemValue(QStringLiteral("signature"), QUrl::FullyDecoded);
    if (login.isEmpty() || crypted.isEmpty() || signature.isEmpty())
        return error(401, QStringLiteral("login, crypted_password and signature must be passed in the query string"));
    if (login != m_data.login || decryptPassword(crypted.toLatin1()) != m_data.password)
        return error(401, QStringLiteral("Authentication failed: wrong login or password"));
    QList<QPair<QString, QString>> signedParams;
    for (const auto &p : all) {
        if (p.first != QLatin1String("signature"))
            signedParams.append(p);
    }
    const QByteArray expected = QMessageAuthenticationCode::hash(signedText(signedParams), publicKeyBody(), QCryptographicHash::Sha1).toBase64();
    if (expected != signature.toLatin1())
        return error(401, QStringLiteral("Invalid signature"));
    return Response::empty(0);
}

Response IkoulaSimulator::handle(const Request &request)
{
    const QString action = request.path.mid(int(qstrlen("/wsexch/")));
    if (mandatory(action) == QStringList{QStringLiteral("?")})
        return error(404, QStringLiteral("Unknown action %1").arg(action));

    QList<QPair<QString, QString>> all = request.query.queryItems(QUrl::FullyDecoded);
    if (!request.body.isEmpty())
        all += QUrlQuery(QString::fromUtf8(QByteArray(request.body).replace('+', "%20"))).queryItems(QUrl::FullyDecoded);   // a form's "+" is a space
    if (const Response refused = authenticate(request, all); refused.status != 0)
        return refused;
    Params p;
    for (const auto &item : std::as_const(all))
        p.insert(item.first, item.second);
    if (p.value(QStringLiteral("format")) != QLatin1String("json"))
        return error(400, QStringLiteral("format=json is required (this sandbox does not answer XML)"));
    if (!isRead(action) && request.method != "POST")
        return error(405, QStringLiteral("%1 changes data: send it as POST").arg(action));
    QJsonArray missing;
    for (const QString &name : mandatory(action)) {
        if (!p.contains(name))
            missing.append(QStringLiteral("%1 is required").arg(name));
    }
    if (!missing.isEmpty())
        return error(400, missing);
    return dispatch(action, p);
}

IkoulaOrganisation *IkoulaSimulator::organisation(const QString &orgaId)
{
    for (IkoulaSubscription &s : m_data.subscriptions) {
        for (IkoulaOrganisation &o : s.organisations) {
            if (o.id == orgaId)
                return &o;
        }
    }
    return nullptr;
}

IkoulaOrganisation *IkoulaSimulator::organisationOfAddress(const QString &email)
{
    const QString domain = email.section(QLatin1Char('@'), 1).toLower();
    for (IkoulaSubscription &s : m_data.subscriptions) {
        for (IkoulaOrganisation &o : s.organisations) {
            if (o.domains.contains(domain))
                return &o;
        }
    }
    return nullptr;
}

IkoulaBal *IkoulaSimulator::bal(const QString &email, IkoulaOrganisation **orgaOut)
{
    IkoulaOrganisation *orga = organisationOfAddress(email);
    if (!orga || !orga->bals.contains(email.toLower()))
        return nullptr;
    if (orgaOut)
        *orgaOut = orga;
    return &orga->bals[email.toLower()];
}

} // namespace Sandbox
