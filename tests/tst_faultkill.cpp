// Issue 12's fault-and-kill test, with real processes: a 1,000-operation Hostway draft
// (creations with generated passwords, quota changes and deletions mixed) applied by
// `mailroomctl draft apply` through a `mailroom-sandbox` injecting seeded faults (503s,
// resets before the request is handled, answers dropped after it is applied, slow answers),
// killed with SIGKILL at a random moment, then resumed until it is done; 20 times, each on a
// fresh sandbox, the seeds printed. Every run must end in exactly the intended state, with
// each operation applied once (the sandbox's request log says so), every generated password
// in the owner's file and really the mailbox's, and the journal saying done for each.
#include "core/drafts/draft.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "core/providers/ikoula/ikoulaclient.h"
#include "core/providers/webitel/webitelclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include <csignal>

namespace {

const QString kDomain = QStringLiteral("big.example");
const QString kFaults = QStringLiteral("status=503:0.01,reset=0.02,drop-after-apply=0.04,delay=150:0.02");

/// A sandbox process for one run, with its faults, seed and request log.
class SandboxProcess
{
public:
    bool start(quint32 seed, const QString &log)
    {
        m_process.start(QStringLiteral(SANDBOX_PATH), {QStringLiteral("--faults"), kFaults, QStringLiteral("--seed"), QString::number(seed),
                                                      QStringLiteral("--log"), log});
        if (!m_process.waitForStarted() || !m_process.waitForReadyRead(10000))
            return false;
        const auto match = QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)")).match(QString::fromUtf8(m_process.readLine()));
        m_base = QUrl(match.captured(1));
        return match.hasMatch();
    }
    ~SandboxProcess()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }
    [[nodiscard]] QUrl base() const { return m_base; }

private:
    QProcess m_process;
    QUrl m_base;
};

/// The last state the journal of the draft at `draftPath` records for each entry.
QHash<QString, QString> journalStates(const QString &draftPath)
{
    QHash<QString, QString> states;
    QFile journal(draftPath + QStringLiteral(".journal"));
    if (!journal.open(QIODevice::ReadOnly))
        return states;
    for (const QByteArray &line : journal.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.isEmpty())
            states.insert(o.value(QLatin1String("entry")).toString(), o.value(QLatin1String("state")).toString());
    }
    return states;
}

} // namespace

class TestFaultKill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("mailroom.http.warning=false")); }   // the checks' own refusals
    void hostwayDraftSurvivesFaultsAndKills();
    void ikoulaAndWebitelDraftsSurviveFaultsAndKills();

private:
    struct Plan
    {
        QStringList created;             ///< names
        QHash<QString, int> quotas;      ///< name -> new quota
        QStringList deleted;
    };
    Draft makeDraft(const QUrl &base, const QList<Hostway::MailboxSummary> &existing, int run, Plan *plan) const;
    int apply(const QString &draftPath, const QString &passwords, int killAfterMs);
    /// Runs mailroomctl with `arguments` to the end; its exit code.
    static int ctl(const QStringList &arguments, QByteArray *err = nullptr);
    QList<Hostway::MailboxSummary> list(HostwayClient &client);
};

QList<Hostway::MailboxSummary> TestFaultKill::list(HostwayClient &client)
{
    // The sandbox injects faults into these reads too: a listing the faults cut short is
    // read again (up to 10 times), never taken as the provider's state.
    for (int attempt = 0; attempt < 10; ++attempt) {
        auto out = std::make_shared<std::optional<QList<Hostway::MailboxSummary>>>();   // outlives a timeout
        client.fetchAllUsernames(kDomain, {}, this, [out](const ApiError &error, const QList<Hostway::MailboxSummary> &all) {
            *out = error.isError() ? QList<Hostway::MailboxSummary>() : all;
            if (error.isError())
                qInfo().noquote() << "  listing again after:" << error.message().section(QLatin1Char('\n'), 0, 0);
        });
        if (QTest::qWaitFor([out] { return out->has_value(); }, 60000) && !(*out)->isEmpty())
            return **out;
    }
    qWarning("the domain could not be listed in 10 attempts");
    return {};
}

Draft TestFaultKill::makeDraft(const QUrl &base, const QList<Hostway::MailboxSummary> &existing, int run, Plan *plan) const
{
    Draft draft = Draft::create({QStringLiteral("hostway"), base, QStringLiteral("test-account123"), QStringLiteral("admin")});
    QList<Hostway::MailboxSummary> regular;
    for (const auto &m : existing) {
        if (m.type == QLatin1String("imap") && !m.master)
            regular.append(m);
    }
    // 300 creations, 400 quota changes and 300 deletions, interleaved.
    for (int i = 0; i < 1000; ++i) {
        if (i % 10 < 3) {
            const QString name = QStringLiteral("kill%1.new%2").arg(run).arg(i);
            draft.append(std::make_shared<CreateMailbox>(kDomain, name, 100 + i, false, PasswordSource::Generate));
            plan->created.append(name);
        } else if (i % 10 < 7) {
            const QString name = regular.at(i).username;
            auto update = std::make_shared<UpdateMailbox>(kDomain, name);
            update->setQuotaMb(5000 + i);
            draft.append(update);
            plan->quotas.insert(name, 5000 + i);
        } else {
            const QString name = regular.at(i).username;
            draft.append(std::make_shared<DeleteMailbox>(kDomain, name));
            plan->deleted.append(name);
        }
    }
    return draft;
}

int TestFaultKill::apply(const QString &draftPath, const QString &passwords, int killAfterMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILROOM_PASSWORD"), QStringLiteral("sandbox"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MAILROOMCTL_PATH), {QStringLiteral("draft"), QStringLiteral("apply"), draftPath, QStringLiteral("--parallel"),
                                                     QStringLiteral("4"), QStringLiteral("--continue-on-error"),
                                                     QStringLiteral("--passwords-out"), passwords});
    if (!process.waitForStarted())
        return -1;
    if (killAfterMs > 0 && !process.waitForFinished(killAfterMs)) {
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        process.waitForFinished(5000);
        return -9;
    }
    process.waitForFinished(180000);
    if (process.exitCode() != 0)
        qInfo().noquote() << "  apply exit" << process.exitCode() << process.readAllStandardError().right(400);
    return process.exitCode();
}

void TestFaultKill::hostwayDraftSurvivesFaultsAndKills()
{
    const quint32 base = qEnvironmentVariableIsSet("MAILROOM_FAULT_SEED") ? quint32(qEnvironmentVariableIntValue("MAILROOM_FAULT_SEED"))
                                                                          : QRandomGenerator::global()->generate() % 100000;
    QRandomGenerator kills(base);
    for (int run = 0; run < 20; ++run) {
        // GIVEN a fresh sandbox with seeded faults and the draft of this run
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("requests.log"));
        const quint32 seed = base + quint32(run);
        const int killAfterMs = 200 + int(kills.bounded(2500));
        qInfo("run %d: sandbox --seed %u, SIGKILL after %d ms (MAILROOM_FAULT_SEED=%u reproduces the whole test)", run, seed, killAfterMs, base);
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(seed, log));
        QNetworkAccessManager nam;
        HostwayClient client(&nam, Hostway::Endpoint{sandbox.base(), QStringLiteral("test-account123")});
        client.setCredentials(QStringLiteral("admin"), QStringLiteral("sandbox"));
        const auto before = list(client);
        QVERIFY(before.size() >= 1900);
        Plan plan;
        const Draft draft = makeDraft(sandbox.base(), before, run, &plan);
        const QString draftPath = dir.filePath(QStringLiteral("kill.mailroom-draft"));
        QString error;
        QVERIFY(draft.save(draftPath, &error));
        const QString passwords = dir.filePath(QStringLiteral("passwords.csv"));

        // WHEN the apply is killed at a random moment, then resumed until it is done
        int code = apply(draftPath, passwords, killAfterMs);
        for (int attempt = 0; code != 0 && attempt < 8; ++attempt)
            code = apply(draftPath, passwords, 0);
        QVERIFY2(code == 0, qPrintable(QStringLiteral("run %1 (seed %2) never finished").arg(run).arg(seed)));

        // THEN the provider holds exactly the intended state
        QHash<QString, int> now;
        for (const auto &m : list(client))
            now.insert(m.username, m.quotaMb);
        for (int i = 0; i < plan.created.size(); ++i)
            QVERIFY2(now.contains(plan.created.at(i)), qPrintable(plan.created.at(i)));
        for (auto it = plan.quotas.cbegin(); it != plan.quotas.cend(); ++it)
            QCOMPARE(now.value(it.key()), it.value());
        for (const QString &name : std::as_const(plan.deleted))
            QVERIFY2(!now.contains(name), qPrintable(name));

        // AND each change reached the provider and was applied exactly once
        QFile requests(log);
        QVERIFY(requests.open(QIODevice::ReadOnly));
        QHash<QByteArray, int> applied;
        for (const QByteArray &line : requests.readAll().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() >= 3 && parts.at(0) != "GET" && parts.at(2).startsWith('2'))
                ++applied[parts.at(0) + ' ' + parts.at(1)];
        }
        QCOMPARE(applied.size(), 1000);
        for (auto it = applied.cbegin(); it != applied.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 applied %2 times (run %3, seed %4)").arg(QString::fromUtf8(it.key())).arg(it.value()).arg(run).arg(seed)));

        // AND every generated password is in the owner's file, and is the mailbox's own
        QFile file(passwords);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QHash<QString, QString> kept;   // the last row of an address is its password
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> fields = line.trimmed().split(',');
            if (fields.size() == 2)
                kept.insert(QString::fromUtf8(fields.at(0)).remove(QLatin1Char('"')), QString::fromUtf8(fields.at(1)).remove(QLatin1Char('"')));
        }
        for (const QString &name : std::as_const(plan.created)) {
            const QString address = name + QLatin1Char('@') + kDomain;
            QVERIFY2(kept.contains(address), qPrintable(address));
        }
        for (int i = 0; i < plan.created.size(); i += 30) {   // a sample: the provider refuses its own password again
            const QString name = plan.created.at(i);
            UpdateMailbox again(kDomain, name);
            again.setPassword(kept.value(name + QLatin1Char('@') + kDomain));
            ApiError refusal;
            bool done = false;
            client.send(again.request(client.endpoint()), this, [&](ApiJob *job) {
                refusal = job->error();
                done = true;
            });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
            if (refusal.kind() == ApiError::Kind::Server || refusal.kind() == ApiError::Kind::Network)
                continue;   // a fault of the sandbox's, not an answer
            QVERIFY2(refusal.message().contains(QLatin1String("more than once")), qPrintable(name + QStringLiteral(": ") + refusal.message()));
        }

        // AND the journal says done for each
        const QHash<QString, QString> states = journalStates(draftPath);
        for (const DraftEntry &entry : draft.entries)
            QCOMPARE(states.value(entry.id), QStringLiteral("done"));
    }
}

int TestFaultKill::ctl(const QStringList &arguments, QByteArray *err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILROOM_PASSWORD"), QStringLiteral("sandbox"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MAILROOMCTL_PATH), arguments);
    if (!process.waitForStarted() || !process.waitForFinished(60000))
        return -1;
    if (err)
        *err = process.readAllStandardError();
    return process.exitCode();
}

void TestFaultKill::ikoulaAndWebitelDraftsSurviveFaultsAndKills()
{
    // Ikoula and Webitel at their sizes: an organisation's new mailboxes and list members, a
    // domain's SMTP settings changed and tested. Drafted with mailroomctl --draft.
    const quint32 base = qEnvironmentVariableIsSet("MAILROOM_FAULT_SEED") ? quint32(qEnvironmentVariableIntValue("MAILROOM_FAULT_SEED"))
                                                                          : QRandomGenerator::global()->generate() % 100000;
    QRandomGenerator kills(base + 1000);
    const QString keyFile = QStringLiteral(SANDBOX_DEMO_DIR "/ikoula-public.pem");
    QFile key(keyFile);
    QVERIFY(key.open(QIODevice::ReadOnly));
    const QByteArray publicKey = key.readAll();
    for (int run = 0; run < 20; ++run) {
        QTemporaryDir dir;
        const quint32 seed = base + 1000 + quint32(run);
        const int killAfterMs = 50 + int(kills.bounded(600));
        qInfo("run %d: sandbox --seed %u, SIGKILL after %d ms (MAILROOM_FAULT_SEED=%u reproduces the whole test)", run, seed, killAfterMs, base);
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(seed, dir.filePath(QStringLiteral("requests.log"))));
        const QStringList ikoula{QStringLiteral("--provider"), QStringLiteral("ikoula"), QStringLiteral("--base-url"), sandbox.base().toString(),
                                 QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--public-key"), keyFile};
        const QString ikoulaDraft = dir.filePath(QStringLiteral("ikoula.mailroom-draft"));
        const QStringList into{QStringLiteral("--subscription"), QStringLiteral("10442"), QStringLiteral("--organisation"), QStringLiteral("2031"),
                               QStringLiteral("--draft"), ikoulaDraft};
        QStringList created;
        for (int i = 0; i < 6; ++i) {
            const QString email = QStringLiteral("k%1n%2@brasserie-lumiere.fr").arg(run).arg(i);
            created.append(email);
            QByteArray err;
            QVERIFY2(ctl(ikoula + into + QStringList{QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("--email"), email,
                                                     QStringLiteral("--display-name"), QStringLiteral("K%1").arg(i), QStringLiteral("--generate-password")}, &err) == 0,
                     err.constData());
            QCOMPARE(ctl(ikoula + into + QStringList{QStringLiteral("list-members"), QStringLiteral("add"), QStringLiteral("--email"),
                                                     QStringLiteral("equipe@brasserie-lumiere.fr"), QStringLiteral("--member"), email}), 0);
        }
        const QStringList webitel{QStringLiteral("--provider"), QStringLiteral("webitel"), QStringLiteral("--base-url"), sandbox.base().toString(),
                                  QStringLiteral("--user"), QStringLiteral("admin@demo.webitel")};
        const QString webitelDraft = dir.filePath(QStringLiteral("webitel.mailroom-draft"));
        for (int i = 0; i < 3; ++i) {
            QByteArray err;
            QVERIFY2(ctl(webitel + QStringList{QStringLiteral("--draft"), webitelDraft, QStringLiteral("server-settings"), QStringLiteral("set"),
                                               QStringLiteral("--domain"), QStringLiteral("demo.webitel"), QStringLiteral("--host"),
                                               QStringLiteral("smtp%1.run%2.example").arg(i).arg(run), QStringLiteral("--port"), QString::number(2500 + i),
                                               QStringLiteral("--secure"), QStringLiteral("no"), QStringLiteral("--from"), QStringLiteral("pbx@demo.webitel")}, &err) == 0,
                     err.constData());
        }
        QCOMPARE(ctl(webitel + QStringList{QStringLiteral("--draft"), webitelDraft, QStringLiteral("server-settings"), QStringLiteral("test"),
                                           QStringLiteral("--domain"), QStringLiteral("demo.webitel"), QStringLiteral("--to"), QStringLiteral("you@demo.webitel")}), 0);

        // WHEN each is applied, killed at a random moment, then resumed until it is done
        for (const QString &draftPath : {ikoulaDraft, webitelDraft}) {
            const QString passwords = draftPath + QStringLiteral(".passwords.csv");
            int code = apply(draftPath, passwords, killAfterMs);
            for (int attempt = 0; code != 0 && attempt < 8; ++attempt)
                code = apply(draftPath, passwords, 0);
            QVERIFY2(code == 0, qPrintable(QStringLiteral("%1, run %2 (seed %3) never finished").arg(draftPath).arg(run).arg(seed)));
            // THEN the journal says done for each operation
            QString error;
            const auto draft = Draft::load(draftPath, &error);
            QVERIFY2(draft, qPrintable(error));
            const QHash<QString, QString> states = journalStates(draftPath);
            for (const DraftEntry &entry : draft->entries)
                QCOMPARE(states.value(entry.id), QStringLiteral("done"));
        }

        // AND the organisation holds each new mailbox once, in the list, its password on file
        QNetworkAccessManager nam;
        IkoulaClient client(&nam, sandbox.base());
        client.setCredentials(QStringLiteral("admin"), QStringLiteral("sandbox"));
        client.setPublicKey(publicKey);
        Ikoula::OrganisationSchema schema;
        bool done = false;
        client.fetchSchema(QStringLiteral("10442"), QStringLiteral("2031"), this, [&](const ApiError &e, const Ikoula::OrganisationSchema &s) {
            if (!e.isError())
                schema = s;
            done = !e.isError() || e.kind() == ApiError::Kind::NotFound;
            if (!done)   // a sandbox fault: ask again
                client.fetchSchema(QStringLiteral("10442"), QStringLiteral("2031"), this, [&](const ApiError &, const Ikoula::OrganisationSchema &again) {
                    schema = again;
                    done = true;
                });
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
        QFile passwords(ikoulaDraft + QStringLiteral(".passwords.csv"));
        QVERIFY(passwords.open(QIODevice::ReadOnly));
        const QByteArray kept = passwords.readAll();
        const Ikoula::DistributionList *team = schema.findList(QStringLiteral("equipe@brasserie-lumiere.fr"));
        QVERIFY(team);
        for (const QString &email : std::as_const(created)) {
            QCOMPARE(std::count_if(schema.bals.cbegin(), schema.bals.cend(), [&](const Ikoula::Bal &b) { return b.email.compare(email, Qt::CaseInsensitive) == 0; }), 1);
            QVERIFY2(team->members.contains(email, Qt::CaseInsensitive), qPrintable(email));
            QVERIFY2(kept.contains(email.toUtf8()), qPrintable(email));
        }
        // AND the domain's SMTP settings are the last ones drafted
        WebitelClient webitelClient(&nam, sandbox.base());
        webitelClient.setCredentials(QStringLiteral("admin@demo.webitel"), QStringLiteral("sandbox"));
        Webitel::EmailSettings settings;
        bool read = false;
        const std::function<void()> readSettings = [&] {
            webitelClient.fetchSettings(QStringLiteral("demo.webitel"), this, [&](const ApiError &e, const Webitel::EmailSettings &s) {
                if (e.kind() == ApiError::Kind::Server || e.kind() == ApiError::Kind::Network)
                    return readSettings();   // a sandbox fault: ask again
                settings = s;
                read = true;
            });
        };
        readSettings();
        QVERIFY(QTest::qWaitFor([&] { return read; }, 30000));
        QCOMPARE(settings.host, QStringLiteral("smtp2.run%1.example").arg(run));
        QCOMPARE(settings.port, 2502);
    }
}

QTEST_GUILESS_MAIN(TestFaultKill)
#include "tst_faultkill.moc"
