#include "app/ctl/ice/ctlice.h"

#include "app/ctl/ctlaccount.h"
#include "app/ctl/ctloutput.h"
#include "core/providers/ice/iceclient.h"
#include "core/providers/ice/iceoperation.h"
#include "core/providers/ice/icesender.h"
#include "core/providers/ice/icesettingsstore.h"

#include <QJsonDocument>
#include <QJsonObject>

using Ice::ServerSettings;

namespace {

QJsonObject serverJson(const Ice::MailServer &m)
{
    return {{QStringLiteral("address"), m.address}, {QStringLiteral("userName"), m.userName},
            {QStringLiteral("passwordSet"), !m.password.isEmpty()}, {QStringLiteral("mailbox"), m.mailbox},
            {QStringLiteral("port"), m.port}, {QStringLiteral("pollRate"), m.pollRate}};
}

} // namespace

CtlIce::CtlIce(CtlOptions options, QObject *parent)
    : CtlCommand(parent)
    , m_options(std::move(options))
    , m_credentials(QStringLiteral(MAILROOM_APP_ID))
{
}

CtlIce::~CtlIce() = default;

void CtlIce::usage(const QString &text)
{
    CtlOutput::err(text);
    finish(Usage);
}

void CtlIce::start()
{
    QString error;
    const auto account = CtlAccount::fromOptions(m_options, &error);
    if (!account)
        return usage(error);
    m_account = *account;
    bool ok = false;
    m_skill = m_options.value("skill").toInt(&ok);
    if (!ok || m_skill <= 0)
        return usage(QStringLiteral("server-settings needs --skill ID (a number)"));
    m_store = std::make_unique<IceSettingsStore>(IceSettingsStore::defaultFolder(),
                                                 &m_credentials);
    if (m_options.verb == QLatin1String("show"))
        return show();
    if (!m_options.draftFile.isEmpty())
        return set(QString());   // drafting sends nothing: no password needed
    CtlAccount::password(m_account, m_credentials, this, [this](std::optional<QString> password, const QString &why) {
        if (!password) {
            CtlOutput::err(why);
            return finish(Transport);
        }
        set(*password);
    });
}

void CtlIce::show()
{
    m_store->load(m_account.keychainKey(), m_skill, this, [this](std::optional<IceSettingsStore::Saved> saved) {
        if (!saved) {
            CtlOutput::err(QStringLiteral("no settings were sent for skill %1 from this computer (ICE has no call that reads them)").arg(m_skill));
            return finish(Refused);
        }
        const ServerSettings &s = saved->settings;
        const QJsonObject json{{QStringLiteral("organisation"), s.organisationId}, {QStringLiteral("skill"), s.skillId},
                               {QStringLiteral("sentAt"), saved->sentAt.toString(Qt::ISODate)},
                               {QStringLiteral("status"), s.enabled ? QStringLiteral("Enabled") : QStringLiteral("Disabled")},
                               {QStringLiteral("receive"), s.isImap ? QStringLiteral("imap") : QStringLiteral("pop3")},
                               {QStringLiteral("ssl"), s.ssl}, {QStringLiteral("tls"), s.tls},
                               {QStringLiteral("spoofing"), s.emailSpoofing}, {QStringLiteral("spoofEmail"), s.spoofEmail},
                               {QStringLiteral("smtp"), serverJson(s.smtp)},
                               {QStringLiteral("incoming"), serverJson(s.isImap ? s.imap : s.pop3)}};
        if (m_options.format == CtlOptions::Format::Json) {
            CtlOutput::out(QJsonDocument(json).toJson(QJsonDocument::Indented));
            return finish(Done);
        }
        QList<QStringList> rows;
        const auto flat = [&rows](const QString &prefix, const QJsonObject &o, const auto &self) -> void {
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QJsonValue v = it.value();
                if (v.isObject())
                    self(prefix + it.key() + QLatin1Char('.'), v.toObject(), self);
                else
                    rows.append({prefix + it.key(), v.isBool() ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                                                    : v.isDouble() ? QString::number(v.toInt()) : v.toString()});
            }
        };
        flat(QString(), json, flat);
        CtlOutput::out(CtlOutput::table(rows));
        finish(Done);
    });
}

void CtlIce::set(const QString &password)
{
    // Read both secrets first: SMTP's line, then the incoming server's.
    const QString smtpPassword = m_options.smtpPasswordStdin ? CtlAccount::readSecretLine() : QString();
    const QString inPassword = m_options.flag("in-password-stdin") ? CtlAccount::readSecretLine() : QString();
    m_store->load(m_account.keychainKey(), m_skill, this, [this, password, smtpPassword, inPassword](std::optional<IceSettingsStore::Saved> saved) {
        ServerSettings s = saved ? saved->settings : ServerSettings{};
        s.organisationId = m_account.accountId.toInt();
        s.skillId = m_skill;
        const auto text = [this](const char *name, QString *field) {
            if (m_options.has(name))
                *field = m_options.value(name);
        };
        const auto yesNo = [this](const char *name, bool *field) {
            if (!m_options.has(name))
                return true;
            const QString v = m_options.value(name).toLower();
            *field = v == QLatin1String("yes") || v == QLatin1String("enabled");
            return v == QLatin1String("yes") || v == QLatin1String("no") || v == QLatin1String("enabled") || v == QLatin1String("disabled");
        };
        if (m_options.has("receive")) {
            const QString r = m_options.value("receive").toLower();
            if (r != QLatin1String("pop3") && r != QLatin1String("imap"))
                return usage(QStringLiteral("--receive takes pop3 or imap"));
            s.isImap = r == QLatin1String("imap");
        }
        text("smtp-host", &s.smtp.address);
        text("smtp-port", &s.smtp.port);
        if (m_options.smtpUserSet)
            s.smtp.userName = m_options.smtpUser;
        text("smtp-mailbox", &s.smtp.mailbox);
        text("smtp-poll-rate", &s.smtp.pollRate);
        if (m_options.smtpPasswordStdin)
            s.smtp.password = smtpPassword;
        Ice::MailServer &in = s.isImap ? s.imap : s.pop3;
        text("in-host", &in.address);
        text("in-port", &in.port);
        text("in-user", &in.userName);
        text("in-mailbox", &in.mailbox);
        text("in-poll-rate", &in.pollRate);
        if (m_options.flag("in-password-stdin"))
            in.password = inPassword;
        if (!yesNo("ssl", &s.ssl) || !yesNo("tls", &s.tls) || !yesNo("status", &s.enabled))
            return usage(QStringLiteral("--ssl and --tls take yes or no; --status takes enabled or disabled"));
        if (m_options.has("spoof-email")) {
            s.emailSpoofing = true;
            s.spoofEmail = m_options.value("spoof-email");
        }
        if (m_options.flag("no-spoofing")) {
            s.emailSpoofing = false;
            s.spoofEmail.clear();
        }
        if (const QStringList problems = s.problems(); !problems.isEmpty()) {
            for (const QString &p : problems)
                CtlOutput::err(p);
            return finish(Usage);
        }
        if (draftInstead(m_options.draftFile, m_account, {std::make_shared<IceOperation>(s, Ice::fieldNamesFromId(m_account.fieldSpelling))}, &m_credentials))
            return;
        m_client = std::make_unique<IceClient>(&m_nam, m_account.baseUrl);
        m_client->setCredentials(s.organisationId, m_account.userName, password);
        m_client->setTimeoutSeconds(m_options.timeoutSeconds);
        m_client->setFieldNames(Ice::fieldNamesFromId(m_account.fieldSpelling));
        submit(m_account, std::make_unique<IceSender>(m_client.get()), {std::make_shared<IceOperation>(s, Ice::fieldNamesFromId(m_account.fieldSpelling))},
               [this, s](const ChangeOutcome &outcome) {
                   if (!outcome.ok())
                       return failWith(outcome);
                   m_store->save(m_account.keychainKey(), s, this, [this](bool passwordsKept) {
                       CtlOutput::out(QStringLiteral("skill %1: ICE accepted the settings\n").arg(m_skill).toUtf8());
                       if (!passwordsKept)
                           CtlOutput::err(QStringLiteral("sent; the passwords could not be kept in the keychain, so the next set must give them again"));
                       finish(Done);
                   });
               });
    });
}
