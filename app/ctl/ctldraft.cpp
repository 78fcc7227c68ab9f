#include "app/ctl/ctldraft.h"

#include "app/ctl/ctlaccount.h"
#include "app/ctl/ctloutput.h"
#include "core/credentials/secretfile.h"
#include "core/drafts/csv.h"
#include "core/drafts/draftapplier.h"
#include "core/drafts/draftsecrets.h"
#include "core/drafts/draftverifier.h"
#include "core/drafts/journal.h"
#include "core/drafts/operationsender.h"
#include "core/net/redaction.h"
#include "core/registry/providerconnection.h"
#include "core/registry/providermodule.h"
#include "core/registry/providerregistry.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMultiHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

CtlDraft::CtlDraft(CtlOptions options, QObject *parent)
    : CtlCommand(parent)
    , m_options(std::move(options))
    , m_credentials(QStringLiteral(MAILROOM_APP_ID))
{
}

CtlDraft::~CtlDraft() = default;

void CtlDraft::start()
{
    if (!loadDraft())
        return finish(Usage);
    if (m_options.verb == QLatin1String("show"))
        return show();
    if (m_options.verb == QLatin1String("validate"))
        return validate();
    apply();   // apply, or verify: both need the provider
}

bool CtlDraft::loadDraft()
{
    QString error;
    m_draft = Draft::load(m_options.file, &error);
    if (!m_draft)
        CtlOutput::err(error);
    return m_draft.has_value();
}

Account CtlDraft::draftAccount() const
{
    Account account;
    account.provider = m_draft->account.provider;
    account.baseUrl = m_draft->account.baseUrl;
    account.accountId = m_draft->account.accountId;
    account.userName = m_draft->account.userName;
    account.publicKeyPem = m_draft->account.publicKeyPem;
    return account;
}

void CtlDraft::show()
{
    // Problems by entry, so that 100,000 invalid operations are listed in linear time.
    QMultiHash<int, QString> problemsOf;
    const auto all = m_draft->validate();
    for (const DraftProblem &p : all)
        problemsOf.insert(p.index, p.message);
    const auto messagesOf = [&problemsOf](int index) {
        QStringList messages = problemsOf.values(index);
        std::reverse(messages.begin(), messages.end());   // QMultiHash gives the last first
        return messages;
    };
    Journal journal(Journal::pathFor(m_options.file));
    QString error;
    const bool hasJournal = QFile::exists(Journal::pathFor(m_options.file)) && journal.open(&error);
    const ApiEndpoint endpoint = m_draft->account.endpoint();
    if (m_options.format == CtlOptions::Format::Json) {
        QJsonArray operations;
        for (int i = 0; i < m_draft->entries.size(); ++i) {
            const DraftEntry &entry = m_draft->entries.at(i);
            const HttpRequest request = entry.operation->request(endpoint);
            const QJsonArray entryProblems = QJsonArray::fromStringList(messagesOf(i));
            operations.append(QJsonObject{
                {QStringLiteral("index"), i + 1}, {QStringLiteral("id"), entry.id},
                {QStringLiteral("operation"), entry.operation->toJson()},
                {QStringLiteral("description"), entry.operation->describe()},
                {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                                                        {QStringLiteral("url"), Redaction::url(request.url)},
                                                        {QStringLiteral("body"), QString::fromUtf8(request.redactedBody())}}},
                {QStringLiteral("journal"), Journal::stateName(hasJournal ? journal.state(entry.id) : Journal::State::None)},
                {QStringLiteral("problems"), entryProblems}});
        }
        QJsonObject out = m_draft->toJson();
        out.insert(QStringLiteral("operations"), operations);
        CtlOutput::out(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return finish(Done);
    }
    QList<QStringList> rows{{QStringLiteral("#"), QStringLiteral("operation"), QStringLiteral("state"), QStringLiteral("problems")}};
    for (int i = 0; i < m_draft->entries.size(); ++i) {
        const DraftEntry &entry = m_draft->entries.at(i);
        const QStringList entryProblems = messagesOf(i);
        rows.append({QString::number(i + 1), entry.operation->describe(),
                     Journal::stateName(hasJournal ? journal.state(entry.id) : Journal::State::None), entryProblems.join(QStringLiteral("; "))});
    }
    const DraftAccount &a = m_draft->account;
    const QString who = a.accountId.isEmpty() ? a.userName : QStringLiteral("%1 (%2)").arg(a.userName, a.accountId);
    CtlOutput::out(QStringLiteral("draft %1 for %2 %3 at %4, %5 operation(s)\n\n")
                       .arg(m_draft->id, a.provider, who, a.baseUrl.toString())
                       .arg(m_draft->entries.size()).toUtf8());
    CtlOutput::out(CtlOutput::table(rows));
    finish(Done);
}

void CtlDraft::validate()
{
    const auto problems = m_draft->validate();
    for (const DraftProblem &p : problems)
        CtlOutput::err(QStringLiteral("operation %1 (%2): %3").arg(p.index + 1).arg(m_draft->entries.at(p.index).operation->describe(), p.message));
    if (problems.isEmpty())
        CtlOutput::out(QStringLiteral("%1 operation(s), all valid\n").arg(m_draft->entries.size()).toUtf8());
    finish(problems.isEmpty() ? Done : Refused);
}

void CtlDraft::apply()
{
    const QString urlProblem = Account::baseUrlProblem(m_draft->account.baseUrl);
    if (!urlProblem.isEmpty()) {
        CtlOutput::err(QStringLiteral("the draft's account.baseUrl %1: %2 Nothing was sent.").arg(m_draft->account.baseUrl.toString(), urlProblem));
        return finish(Usage);
    }
    const auto problems = m_draft->validate();
    if (!problems.isEmpty()) {
        for (const DraftProblem &p : problems)
            CtlOutput::err(QStringLiteral("operation %1: %2").arg(p.index + 1).arg(p.message));
        CtlOutput::err(QStringLiteral("the draft is not valid; nothing was sent"));
        return finish(Refused);
    }
    CtlAccount::password(draftAccount(), m_credentials, this, [this](std::optional<QString> password, const QString &why) {
        if (!password) {
            CtlOutput::err(why);
            return finish(Transport);
        }
        applyWith(*password);
    });
}

void CtlDraft::applyWith(const QString &password)
{
    if (m_options.verb == QLatin1String("verify") && !QFile::exists(Journal::pathFor(m_options.file))) {
        CtlOutput::out(QStringLiteral("%1 has no journal: nothing of it was applied yet\n").arg(m_options.file).toUtf8());
        return finish(Done);
    }
    m_journal = std::make_unique<Journal>(Journal::pathFor(m_options.file));
    QString error;
    if (!m_journal->open(&error)) {
        CtlOutput::err(QStringLiteral("cannot open the journal %1: %2").arg(Journal::pathFor(m_options.file), error));
        return finish(Usage);
    }
    m_sender = makeSender(password);
    if (!m_sender) {
        CtlOutput::err(QStringLiteral("the draft is for the provider \"%1\", which this mailroomctl does not know").arg(m_draft->account.provider));
        return finish(Usage);
    }
    if (m_options.verb == QLatin1String("verify"))
        return verifyJournal(Done);
    if (!m_journal->isEmpty())
        CtlOutput::err(QStringLiteral("resuming from %1").arg(Journal::pathFor(m_options.file)));
    m_applier = std::make_unique<DraftApplier>(*m_draft, m_journal.get(), m_sender.get(),
                                               DraftApplier::Options{m_options.parallel, m_options.continueOnError, {}});
    const DraftSecrets secrets(&m_credentials, this);
    m_applier->setSecrets(secrets.reader(), secrets.writer([this](const QString &failure) {
        if (m_keychainWarned)
            return;
        m_keychainWarned = true;
        CtlOutput::err(QStringLiteral("warning: generated passwords cannot be kept in the keychain (%1)%2")
                           .arg(failure, m_options.passwordsOut.isEmpty() ? QStringLiteral("; creations with one are not sent: use --passwords-out FILE")
                                                                          : QStringLiteral("; they are in %1 only").arg(m_options.passwordsOut)));
    }));
    if (!m_options.passwordsOut.isEmpty()) {
        // Each password is on disk before its creation is sent, whatever happens next.
        m_applier->setPasswordKeeper([this](const QString &address, const QString &generated, QString *why) {
            const bool fresh = QFileInfo(m_options.passwordsOut).size() == 0;
            QList<QStringList> rows;
            if (fresh)
                rows.append({QStringLiteral("address"), QStringLiteral("password")});
            rows.append({address, generated});
            const bool kept = SecretFile::appendOwnerOnly(m_options.passwordsOut, Csv::write(rows), why);
            m_passwordsKept += kept ? 1 : 0;
            return kept;
        });
    }
    const QString policy = m_options.onConflict;
    m_applier->setConflictResolver([policy](const DraftEntry &, const QString &what, std::function<void(DraftApplier::ConflictChoice)> choose) {
        CtlOutput::err(QStringLiteral("conflict: %1 (--on-conflict %2)").arg(what, policy));
        choose(policy == QLatin1String("apply") ? DraftApplier::ConflictChoice::ApplyAnyway
               : policy == QLatin1String("skip") ? DraftApplier::ConflictChoice::Skip
                                                 : DraftApplier::ConflictChoice::Stop);
    });
    const int total = static_cast<int>(m_draft->entries.size());
    connect(m_applier.get(), &DraftApplier::entryChanged, this, [this, total](int index) {
        const DraftApplier::Outcome &o = m_applier->outcomes().at(index);
        using S = DraftApplier::EntryStatus;
        if (o.status == S::Pending || o.status == S::Checking || o.status == S::Running)
            return;
        CtlOutput::out(QStringLiteral("[%1/%2] %3  %4%5\n").arg(index + 1).arg(total)
                           .arg(DraftApplier::statusName(o.status), -8)
                           .arg(o.description, o.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(o.message)).toUtf8());
    });
    connect(m_applier.get(), &DraftApplier::finished, this, &CtlDraft::applyFinished);
    m_applier->start();
}

std::unique_ptr<OperationSender> CtlDraft::makeSender(const QString &password)
{
    const Account account = draftAccount();
    const ProviderModule *module = ProviderRegistry::instance().find(account.provider);
    if (!module)
        return nullptr;
    // The credential store lets ICE's connection remember what ICE accepted, as a live change's.
    m_connection = module->connect(account, {&m_nam, nullptr, &m_credentials});
    m_connection->setCredentials(account, password);
    m_connection->setTimeoutSeconds(m_options.timeoutSeconds);
    return m_connection->makeSender();
}

void CtlDraft::applyFinished()
{
    const auto &outcomes = m_applier->outcomes();
    int done = 0;
    int refused = 0;
    int other = 0;
    for (const auto &o : outcomes) {
        if (o.status == DraftApplier::EntryStatus::Done)
            ++done;
        else if (o.status == DraftApplier::EntryStatus::Refused)
            ++refused;
        else
            ++other;
    }
    CtlOutput::out(QStringLiteral("\n%1 done, %2 refused, %3 not applied\n").arg(done).arg(refused).arg(other).toUtf8());

    if (!m_options.report.isEmpty()) {
        QSaveFile report(m_options.report);
        if (!report.open(QIODevice::WriteOnly) || report.write(DraftApplier::reportCsv(outcomes)) < 0 || !report.commit())
            CtlOutput::err(QStringLiteral("cannot write the report %1: %2").arg(m_options.report, report.errorString()));
    }
    const auto &generated = m_applier->generatedPasswords();
    if (!m_options.passwordsOut.isEmpty()) {
        // Passwords this run did not write (made by an earlier run kept in the keychain only,
        // or by the provider) join the file too, unless a row already holds them.
        QFile existing(m_options.passwordsOut);
        const QByteArray kept = existing.open(QIODevice::ReadOnly) ? existing.readAll() : QByteArray();
        for (const auto &g : generated) {
            const QByteArray row = Csv::write({{g.address, g.password}});
            if (kept.contains(row))
                continue;
            QString error;
            const QByteArray lines = kept.isEmpty() && m_passwordsKept == 0 ? Csv::write({{QStringLiteral("address"), QStringLiteral("password")}}) + row : row;
            if (SecretFile::appendOwnerOnly(m_options.passwordsOut, lines, &error)) {
                ++m_passwordsKept;
            } else {
                m_passwordsLost = true;   // the keychain keeps them: not deleted below
                CtlOutput::err(QStringLiteral("cannot add the password of %1 to %2 (%3); it stays in the keychain").arg(g.address, m_options.passwordsOut, error));
            }
        }
        if (m_passwordsKept > 0)
            CtlOutput::err(QStringLiteral("%1 generated password(s) added to %2 (each before its request was sent): it holds secrets, give them to their owners and delete it")
                               .arg(m_passwordsKept).arg(m_options.passwordsOut));
    } else if (!generated.isEmpty()) {
        QList<QStringList> rows{{QStringLiteral("address"), QStringLiteral("password")}};
        for (const auto &g : generated)
            rows.append({g.address, g.password});
        CtlOutput::out("\ngenerated passwords (shown once):\n" + CtlOutput::table(rows));
    }
    m_exitCode = m_applier->transportFailed() ? Transport : m_applier->allDone() ? Done : Refused;
    // Once what the connection remembers (ICE's accepted settings, keychain included) is written.
    m_connection->whenSettled(this, [this] { forgetSecretsAndFinish(); });
}

void CtlDraft::verifyJournal(int exitCode)
{
    m_verifier = std::make_unique<DraftVerifier>(*m_draft, *m_journal, m_sender.get());
    connect(m_verifier.get(), &DraftVerifier::finished, this, [this, exitCode] {
        QList<QStringList> rows{{QStringLiteral("#"), QStringLiteral("operation"), QStringLiteral("journal"), QStringLiteral("provider")}};
        const auto &results = m_verifier->results();
        int differs = 0;
        int unchecked = 0;
        for (int i = 0; i < results.size(); ++i) {
            const DraftVerifier::Result &r = results.at(i);
            differs += r.verdict == DraftVerifier::Verdict::Differs ? 1 : 0;
            unchecked += r.verdict == DraftVerifier::Verdict::Failed ? 1 : 0;
            const QString verdict = r.verdict == DraftVerifier::Verdict::Failed
                                        ? QStringLiteral("%1: %2").arg(DraftVerifier::verdictName(r.verdict), r.error.message().section(QLatin1Char('\n'), 0, 0))
                                        : DraftVerifier::verdictName(r.verdict);
            rows.append({QString::number(i + 1), m_draft->entries.at(i).operation->describe(),
                         Journal::stateName(m_journal->state(m_draft->entries.at(i).id)), verdict});
        }
        CtlOutput::out("\n" + CtlOutput::table(rows));
        if (differs > 0)
            CtlOutput::err(QStringLiteral("%1 operation(s) the journal says are done are not what the provider shows").arg(differs));
        if (unchecked > 0)
            CtlOutput::err(QStringLiteral("%1 operation(s) could not be checked: the provider did not answer; run draft verify again").arg(unchecked));
        m_exitCode = differs > 0 ? (exitCode == Transport ? Transport : Refused) : unchecked > 0 ? Transport : exitCode;
        finish(m_exitCode);
    });
    m_verifier->start();
}

void CtlDraft::forgetSecretsAndFinish()
{
    const bool complete = m_exitCode == Done && m_applier && m_applier->allDone() && !m_passwordsLost;
    QStringList keys = complete ? m_draft->secretKeys() : QStringList();
    const auto end = [this] {
        if (m_options.verify)
            return verifyJournal(m_exitCode);
        finish(m_exitCode);
    };
    if (keys.isEmpty())
        return end();
    auto left = std::make_shared<int>(int(keys.size()));
    for (const QString &key : std::as_const(keys)) {
        m_credentials.remove(key, this, [left, end](const CredentialStore::Result &) {
            if (--*left == 0)
                end();
        });
    }
}

