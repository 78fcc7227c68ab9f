#include "app/ctl/hostway/ctlimportcsv.h"

#include "app/ctl/ctlaccount.h"
#include "app/ctl/ctloutput.h"
#include "core/drafts/draft.h"
#include "core/drafts/draftsecrets.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/contactcsv.h"
#include "core/providers/hostway/hostwaymodule.h"
#include "core/providers/hostway/mailboxcsvimport.h"

#include <QFile>

CtlImportCsv::CtlImportCsv(CtlOptions options, QObject *parent)
    : CtlCommand(parent)
    , m_options(std::move(options))
    , m_credentials(QStringLiteral(MAILROOM_APP_ID))
{
}

CtlImportCsv::~CtlImportCsv() = default;

void CtlImportCsv::start()
{
    QString error;
    const auto account = CtlAccount::fromOptions(m_options, &error);
    if (!account) {
        CtlOutput::err(error);
        return finish(Usage);
    }
    CtlAccount::password(*account, m_credentials, this, [this](std::optional<QString> password, const QString &) {
        importWith(password.value_or(QString()));   // without a password: no snapshot, offline
    });
}

void CtlImportCsv::importWith(const QString &password)
{
    QFile csvFile(m_options.file);
    if (!csvFile.open(QIODevice::ReadOnly)) {
        CtlOutput::err(QStringLiteral("cannot read %1: %2").arg(m_options.file, csvFile.errorString()));
        return finish(Usage);
    }
    if (csvFile.size() > MailboxCsvImport::kMaxFileBytes) {
        CtlOutput::err(QStringLiteral("%1 is larger than %2 MB (about a million rows): split it; nothing was imported")
                           .arg(m_options.file).arg(MailboxCsvImport::kMaxFileBytes / (1024 * 1024)));
        return finish(Usage);
    }
    const QByteArray csv = csvFile.readAll();
    QString error;
    const Account account = *CtlAccount::fromOptions(m_options, &error);
    auto draft = std::make_shared<Draft>(Draft::create(account.draftAccount()));
    const QString domain = m_options.domain;
    if (!password.isEmpty()) {
        m_client = std::make_unique<HostwayClient>(&m_nam, HostwayModule::endpointOf(account));
        m_client->setCredentials(account.userName, password);
        m_client->setTimeoutSeconds(m_options.timeoutSeconds);
    }
    if (m_options.kind == QLatin1String("contacts"))
        return importContacts(csv, draft);

    const auto build = [this, draft, csv, domain] {
        const DomainSnapshot *snapshot = draft->snapshots.contains(domain) ? &draft->snapshots[domain] : nullptr;
        const auto result = MailboxCsvImport::read(csv, domain, snapshot);
        if (!result.problems.isEmpty())
            return refuseRows(result.problems);
        QList<QPair<QString, QString>> secrets;
        for (const auto &row : result.rows) {
            const QString entryId = draft->append(row.operation);
            if (!row.password.isEmpty())
                secrets.append({draft->passwordKey(entryId), row.password});
        }
        saveImported(draft, secrets);
    };
    if (password.isEmpty()) {
        CtlOutput::err(QStringLiteral("no account password: importing without a snapshot of %1 (existing names are checked at apply time)").arg(domain));
        return build();
    }
    m_client->fetchAllUsernames(domain, {}, this, [draft, domain, build](const ApiError &e, const QList<Hostway::MailboxSummary> &all) {
        if (e.isError()) {
            CtlOutput::err(QStringLiteral("could not load %1 (%2): importing without a snapshot").arg(domain, e.message().section(QLatin1Char('\n'), 0, 0)));
        } else {
            DomainSnapshot snapshot;
            snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
            for (const auto &m : all)
                snapshot.mailboxes.append({m.username, m.quotaMb, m.master, m.type});
            draft->snapshots.insert(domain, snapshot);
        }
        build();
    });
}

void CtlImportCsv::importContacts(const QByteArray &csv, std::shared_ptr<Draft> draft)
{
    const QString domain = m_options.domain;
    const auto build = [this, draft, csv, domain](const QSet<QString> *existing) {
        const auto result = ContactCsv::read(csv, domain, existing);
        if (!result.problems.isEmpty())
            return refuseRows(result.problems);
        for (const auto &op : result.operations)
            draft->append(op);
        saveImported(draft, {});
    };
    if (!m_client) {
        CtlOutput::err(QStringLiteral("no account password: importing without reading the address list of %1 (existing names are checked at apply time)").arg(domain));
        return build(nullptr);
    }
    m_client->fetchContacts(domain, {}, this, [domain, build](const ApiError &e, const Hostway::ContactList &list) {
        if (e.isError()) {
            CtlOutput::err(QStringLiteral("could not read the address list of %1 (%2): importing without it").arg(domain, e.message().section(QLatin1Char('\n'), 0, 0)));
            return build(nullptr);
        }
        QSet<QString> existing;
        for (const Hostway::Contact &c : list.contacts)
            existing.insert(c.name().toLower());
        build(&existing);
    });
}

template<typename Problems>
void CtlImportCsv::refuseRows(const Problems &problems)
{
    for (const auto &p : problems)
        CtlOutput::err(p.line > 0 ? QStringLiteral("%1 line %2: %3").arg(m_options.file).arg(p.line).arg(p.message)
                                  : QStringLiteral("%1: %2").arg(m_options.file, p.message));
    CtlOutput::err(QStringLiteral("nothing was imported"));
    finish(Refused);
}

void CtlImportCsv::saveImported(std::shared_ptr<Draft> draft, QList<QPair<QString, QString>> secrets)
{
    // Passwords of the file go to the keychain, under the draft's id, before the draft is
    // written: a draft never holds a secret, and is never written half.
    const DraftSecrets keeper(&m_credentials, this);
    keeper.store(secrets, [this, draft, keeper, secrets](const QString &failure) {
        if (!failure.isEmpty()) {
            keeper.remove(secrets);   // the draft is not written: nothing may point at them
            CtlOutput::err(QStringLiteral("the passwords of the file cannot be kept in the keychain (%1): leave the password column empty to generate them at apply time; nothing was imported")
                               .arg(failure));
            return finish(Refused);
        }
        QString error;
        if (!draft->save(m_options.output, &error)) {
            CtlOutput::err(error);
            return finish(Usage);
        }
        CtlOutput::out(QStringLiteral("wrote %1: %2 operation(s)\n").arg(m_options.output).arg(draft->entries.size()).toUtf8());
        finish(Done);
    });
}
