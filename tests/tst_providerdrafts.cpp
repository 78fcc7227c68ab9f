// Drafts of Ikoula, Webitel and ICE applied to the sandbox over loopback through their
// OperationSenders: the changes land, secrets come from the keychain (here a map), generated
// and provider-made passwords are reported once, conflicts are found before sending, and a
// run interrupted after sending resumes without applying anything twice.
#include "core/drafts/draftapplier.h"
#include "core/drafts/journal.h"
#include "core/providers/ice/iceclient.h"
#include "core/providers/ice/iceoperation.h"
#include "core/providers/ice/icesender.h"
#include "core/providers/ikoula/ikoulaclient.h"
#include "core/providers/ikoula/ikoulaoperation.h"
#include "core/providers/ikoula/ikoulasender.h"
#include "core/providers/webitel/webitelclient.h"
#include "core/providers/webitel/webiteloperation.h"
#include "core/providers/webitel/webitelsender.h"
#include "sandbox/icesimulator.h"
#include "sandbox/ikoulasimulator.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ikoula;

namespace {
const QString kSubscription = QStringLiteral("10442");
const QString kOrganisation = QStringLiteral("2031");
QString addr(const char *local)
{
    return QLatin1String(local) + QStringLiteral("@brasserie-lumiere.fr");
}
} // namespace

class TestProviderDrafts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ikoulaDraftApplies();
    void ikoulaConflictsAreFoundBeforeSending();
    void ikoulaResumeFindsWhatTheInterruptedRunDid();
    void ikoulaChangeSinceDraftingIsAConflict();
    void ikoulaMissingPasswordIsRefusedNotSent();
    void webitelDraftApplies();
    void webitelConflictAndResume();
    void iceDraftTakesItsPasswordsFromTheKeychain();

private:
    /// A draft of `provider` for the sandbox.
    Draft draft(const QString &provider, const QString &accountId = {}) const
    {
        return Draft::create({provider, m_sandbox->baseUrl(), accountId, QStringLiteral("admin")});
    }
    /// Runs `draft` to the end through `sender`; `resolver` decides conflicts (none: stop).
    std::unique_ptr<DraftApplier> apply(const Draft &draft, OperationSender *sender, DraftApplier::ConflictResolver resolver = {})
    {
        auto applier = std::make_unique<DraftApplier>(draft, m_journal.get(), sender, DraftApplier::Options{});
        applier->setSecrets(
            [this](const QString &key, auto answer) { answer(m_keychain.contains(key) ? std::optional<QString>(m_keychain.value(key)) : std::nullopt); },
            [this](const QString &key, const QString &secret, auto stored) { m_keychain.insert(key, secret); stored(true); });
        if (resolver)
            applier->setConflictResolver(std::move(resolver));
        QSignalSpy finished(applier.get(), &DraftApplier::finished);
        applier->start();
        if (finished.isEmpty())
            [[maybe_unused]] const bool ended = finished.wait(30000);
        return applier;
    }
    OrganisationSchema schema()
    {
        OrganisationSchema out;
        bool done = false;
        m_ikoula->fetchSchema(kSubscription, kOrganisation, this, [&](const ApiError &, const OrganisationSchema &s) {
            out = s;
            done = true;
        });
        [[maybe_unused]] const bool answered = QTest::qWaitFor([&] { return done; }, 10000);
        return out;
    }
    static QList<DraftApplier::EntryStatus> statuses(const DraftApplier &a)
    {
        QList<DraftApplier::EntryStatus> list;
        for (const auto &o : a.outcomes())
            list.append(o.status);
        return list;
    }
    std::shared_ptr<IkoulaOperation> ikoula(const IkoulaCall &call, PasswordSource source = PasswordSource::Provided)
    {
        return std::make_shared<IkoulaOperation>(call, kSubscription, kOrganisation, source);
    }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<IkoulaClient> m_ikoula;
    std::unique_ptr<WebitelClient> m_webitel;
    std::unique_ptr<IceClient> m_ice;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    QHash<QString, QString> m_keychain;
};

void TestProviderDrafts::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_ikoula = std::make_unique<IkoulaClient>(m_nam.get(), m_sandbox->baseUrl());
    m_ikoula->setCredentials(QStringLiteral("admin"), QStringLiteral("sandbox"));
    m_ikoula->setPublicKey(Sandbox::IkoulaSimulator::demoPublicKey());
    m_webitel = std::make_unique<WebitelClient>(m_nam.get(), m_sandbox->baseUrl());
    m_webitel->setCredentials(QStringLiteral("admin@demo.webitel"), QStringLiteral("sandbox"));
    m_ice = std::make_unique<IceClient>(m_nam.get(), m_sandbox->baseUrl());
    m_ice->setCredentials(59, QStringLiteral("admin"), QStringLiteral("sandbox"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<Journal>(m_dir->filePath(QStringLiteral("draft.journal")));
    QString error;
    QVERIFY(m_journal->open(&error));
    m_keychain.clear();
}

void TestProviderDrafts::cleanup()
{
    m_journal.reset();
    m_ikoula.reset();
    m_webitel.reset();
    m_ice.reset();
    m_nam.reset();
    m_sandbox.reset();
}

void TestProviderDrafts::ikoulaDraftApplies()
{
    // GIVEN a draft that makes a mailbox with a generated password, a list holding it, a
    // quota change, an alias, and resets a password
    NewBal bal;
    bal.email = addr("sophie.leroy");
    bal.organisationId = kOrganisation;
    bal.displayName = QStringLiteral("Sophie Leroy");
    Draft d = draft(QStringLiteral("ikoula"));
    d.append(ikoula(IkoulaCalls::addBal(bal), PasswordSource::Generate));
    d.append(ikoula(IkoulaCalls::addDistributionList(kOrganisation, addr("salle"), QStringLiteral("Salle"), addr("claire.martin"))));
    d.append(ikoula(IkoulaCalls::addListMember(addr("salle"), bal.email)));
    d.append(ikoula(IkoulaCalls::updateQuotas(bal.email, Quotas{100 * 1024, 120 * 1024, 150 * 1024, 10})));
    d.append(ikoula(IkoulaCalls::addAlias(bal.email, addr("sophie"))));
    d.append(ikoula(IkoulaCalls::resetPassword(addr("lea.petit"))));
    QVERIFY(d.validate().isEmpty());
    IkoulaSender sender(m_ikoula.get());

    // WHEN it is applied
    const auto applier = apply(d, &sender);

    // THEN every change is on the server, in order, and both passwords are reported once
    QVERIFY2(applier->allDone(), qPrintable(applier->outcomes().last().message));
    const OrganisationSchema s = schema();
    const Bal *made = s.findBal(bal.email);
    QVERIFY(made);
    QCOMPARE(made->quotas.prohibitSendKb, 120 * 1024);
    QCOMPARE(made->aliases, QStringList{addr("sophie")});
    QVERIFY(s.findList(addr("salle")) && s.findList(addr("salle"))->members.contains(bal.email));
    QCOMPARE(applier->generatedPasswords().size(), 2);
    QCOMPARE(applier->generatedPasswords().at(0).address, bal.email);
    QCOMPARE(applier->generatedPasswords().at(0).password, m_keychain.value(d.passwordKey(d.entries.first().id)));
    QCOMPARE(applier->generatedPasswords().at(1).address, addr("lea.petit"));
    QVERIFY(!applier->generatedPasswords().at(1).password.isEmpty());
    QCOMPARE(m_journal->state(d.entries.last().id), Journal::State::Done);
}

void TestProviderDrafts::ikoulaConflictsAreFoundBeforeSending()
{
    // GIVEN a draft creating a mailbox someone else created meanwhile, and changing a list
    // that was deleted meanwhile
    NewBal bal;
    bal.email = addr("hugo.bernard");
    bal.password = QStringLiteral("Another-Pass-77");
    bal.organisationId = kOrganisation;
    bal.displayName = QStringLiteral("Hugo");
    Draft d = draft(QStringLiteral("ikoula"));
    d.append(ikoula(IkoulaCalls::addBal(bal)));
    d.append(ikoula(IkoulaCalls::addListMember(addr("gone"), addr("lea.petit"))));
    d.append(ikoula(IkoulaCalls::setForward(addr("lea.petit"), addr("claire.martin"), true)));
    IkoulaSender sender(m_ikoula.get());
    QStringList conflicts;

    // WHEN applied with "skip" for every conflict
    const auto applier = apply(d, &sender, [&](const DraftEntry &, const QString &what, auto choose) {
        conflicts.append(what);
        choose(DraftApplier::ConflictChoice::Skip);
    });

    // THEN both conflicts were seen and skipped, and the rest applied
    QCOMPARE(conflicts.size(), 2);
    QVERIFY(conflicts.at(0).contains(addr("hugo.bernard")));
    QVERIFY(conflicts.at(1).contains(addr("gone")));
    using S = DraftApplier::EntryStatus;
    QCOMPARE(statuses(*applier), (QList<S>{S::Skipped, S::Skipped, S::Done}));
    QCOMPARE(schema().findBal(addr("lea.petit"))->forwardTo, addr("claire.martin"));
}

void TestProviderDrafts::ikoulaResumeFindsWhatTheInterruptedRunDid()
{
    // GIVEN a run killed after sending two changes (the journal says "started"); the first
    // had landed, the second had not
    Draft d = draft(QStringLiteral("ikoula"));
    d.append(ikoula(IkoulaCalls::addContact(kOrganisation, QStringLiteral("cave@vins-rhone.fr"), QStringLiteral("Cave"))));
    d.append(ikoula(IkoulaCalls::deleteAlias(addr("direction"))));
    IkoulaSender sender(m_ikoula.get());
    bool sent = false;
    m_ikoula->send(IkoulaCalls::addContact(kOrganisation, QStringLiteral("cave@vins-rhone.fr"), QStringLiteral("Cave")), this,
                   [&](const ApiError &error, const QJsonObject &) { sent = !error.isError(); });
    QTRY_VERIFY(sent);
    for (const DraftEntry &entry : std::as_const(d.entries))
        QVERIFY(m_journal->record(entry.id, Journal::State::Started));

    // WHEN the draft is applied again
    const auto applier = apply(d, &sender);

    // THEN the contact is found made (not made twice, which Ikoula would refuse) and the alias
    // removal is sent
    QVERIFY2(applier->allDone(), qPrintable(applier->outcomes().first().message));
    QCOMPARE(applier->outcomes().at(0).message, QStringLiteral("found applied after an interruption"));
    QVERIFY(applier->outcomes().at(1).message.isEmpty());
    const OrganisationSchema s = schema();
    QCOMPARE(std::count_if(s.contacts.cbegin(), s.contacts.cend(), [](const Contact &c) { return c.email == QLatin1String("cave@vins-rhone.fr"); }), 1);
    QVERIFY(s.findBal(addr("claire.martin"))->aliases.isEmpty());
}

void TestProviderDrafts::ikoulaChangeSinceDraftingIsAConflict()
{
    // GIVEN new quotas and protocols for lea drafted against her mailbox as it was
    const Bal lea = *schema().findBal(addr("lea.petit"));
    Draft d = draft(QStringLiteral("ikoula"));
    auto quotas = ikoula(IkoulaCalls::updateQuotas(lea.email, Quotas{200 * 1024, 300 * 1024, 400 * 1024, 7}));
    quotas->setExpected(IkoulaCalls::stateOf(quotas->action(), lea));
    Features noImap = lea.features;
    noImap.imap = false;
    auto features = ikoula(IkoulaCalls::updateFeatures(lea.email, noImap));
    features->setExpected(IkoulaCalls::stateOf(features->action(), lea));
    d.append(quotas);
    d.append(features);
    QString error;
    const Draft fromFile = *Draft::fromJson(d.toJson(), &error);   // the expected state goes through the file
    // AND someone else changes her quotas meanwhile
    bool sent = false;
    m_ikoula->send(IkoulaCalls::updateQuotas(lea.email, Quotas{0, 0, 0, 14}), this,
                   [&](const ApiError &e, const QJsonObject &) { sent = !e.isError(); });
    QTRY_VERIFY(sent);
    IkoulaSender sender(m_ikoula.get());
    QStringList conflicts;

    // WHEN the draft is applied, skipping conflicts
    const auto applier = apply(fromFile, &sender, [&](const DraftEntry &, const QString &what, auto choose) {
        conflicts.append(what);
        choose(DraftApplier::ConflictChoice::Skip);
    });

    // THEN the quotas are a conflict naming what changed, the protocols (untouched) apply
    QCOMPARE(conflicts.size(), 1);
    QVERIFY2(conflicts.first().contains(QLatin1String("prohibit_send_kb")), qPrintable(conflicts.first()));
    using S = DraftApplier::EntryStatus;
    QCOMPARE(statuses(*applier), (QList<S>{S::Skipped, S::Done}));
    const Bal after = *schema().findBal(lea.email);
    QCOMPARE(after.quotas.prohibitSendKb, 0);
    QCOMPARE(after.features.imap, false);
}

void TestProviderDrafts::ikoulaMissingPasswordIsRefusedNotSent()
{
    // GIVEN a drafted password change whose password is no longer in the keychain
    QString error;
    const QJsonObject json{{QStringLiteral("kind"), QStringLiteral("ikoula.change-password")},
                           {QStringLiteral("subscription"), kSubscription},
                           {QStringLiteral("organisation"), kOrganisation},
                           {QStringLiteral("parameters"), QJsonArray{QJsonValue(QJsonArray{QStringLiteral("email_bal"), addr("lea.petit")})}},
                           {QStringLiteral("password"), QStringLiteral("provided")}};
    std::unique_ptr<Operation> op = Operation::fromJson(json, &error);
    QVERIFY2(op, qPrintable(error));
    Draft d = draft(QStringLiteral("ikoula"));
    d.append(std::shared_ptr<Operation>(std::move(op)));
    IkoulaSender sender(m_ikoula.get());

    const auto applier = apply(d, &sender);

    QCOMPARE(applier->outcomes().first().status, DraftApplier::EntryStatus::Refused);
    QVERIFY(applier->outcomes().first().message.contains(QLatin1String("keychain")));
    QCOMPARE(m_journal->state(d.entries.first().id), Journal::State::Refused);

    // AND with the password back in the keychain, it is sent
    m_keychain.insert(d.passwordKey(d.entries.first().id), QStringLiteral("Fresh-Pass-2026"));
    QVERIFY(m_journal->record(d.entries.first().id, Journal::State::None));
    const auto again = apply(d, &sender);
    QVERIFY(again->allDone());
}

void TestProviderDrafts::webitelDraftApplies()
{
    Webitel::EmailSettings settings;
    settings.from = QStringLiteral("alerts@other.webitel");
    settings.host = QStringLiteral("smtp.other.webitel");
    settings.port = 587;
    settings.secure = false;
    settings.user = QStringLiteral("alerts");
    settings.password = QStringLiteral("smtp-secret");
    Draft d = draft(QStringLiteral("webitel"));
    d.append(std::make_shared<WebitelOperation>(WebitelOperation::Action::Create, QStringLiteral("other.webitel"), settings));
    d.append(std::make_shared<WebitelOperation>(WebitelOperation::Action::Test, QStringLiteral("other.webitel"), Webitel::EmailSettings{},
                                                QStringLiteral("ops@other.webitel")));
    d.append(std::make_shared<WebitelOperation>(WebitelOperation::Action::Delete, QStringLiteral("demo.webitel")));
    // The typed SMTP password went to the keychain when drafted; the file does not hold it.
    m_keychain.insert(d.passwordKey(d.entries.first().id), QStringLiteral("smtp-secret"));
    QString error;
    QVERIFY(!QJsonDocument(d.toJson()).toJson().contains("smtp-secret"));
    Draft fromFile = *Draft::fromJson(d.toJson(), &error);
    WebitelSender sender(m_webitel.get());

    const auto applier = apply(fromFile, &sender);

    QVERIFY2(applier->allDone(), qPrintable(applier->outcomes().first().message));
    Webitel::EmailSettings stored;
    bool done = false;
    m_webitel->fetchSettings(QStringLiteral("other.webitel"), this, [&](const ApiError &, const Webitel::EmailSettings &s) {
        stored = s;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(stored.host, QStringLiteral("smtp.other.webitel"));
    QCOMPARE(stored.password, QStringLiteral("smtp-secret"));
    ApiError gone;
    done = false;
    m_webitel->fetchSettings(QStringLiteral("demo.webitel"), this, [&](const ApiError &e, const Webitel::EmailSettings &) {
        gone = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(gone.kind(), ApiError::Kind::NotFound);
}

void TestProviderDrafts::webitelConflictAndResume()
{
    Webitel::EmailSettings settings;
    settings.from = QStringLiteral("pbx@demo.webitel");
    settings.host = QStringLiteral("smtp.demo.webitel");
    Draft d = draft(QStringLiteral("webitel"));
    d.append(std::make_shared<WebitelOperation>(WebitelOperation::Action::Create, QStringLiteral("demo.webitel"), settings));
    d.append(std::make_shared<WebitelOperation>(WebitelOperation::Action::Delete, QStringLiteral("nothing.webitel")));
    WebitelSender sender(m_webitel.get());
    QStringList conflicts;
    const auto applier = apply(d, &sender, [&](const DraftEntry &, const QString &what, auto choose) {
        conflicts.append(what);
        choose(DraftApplier::ConflictChoice::Skip);
    });
    QCOMPARE(conflicts.size(), 2);
    QVERIFY(conflicts.at(0).contains(QLatin1String("demo.webitel")));
    QVERIFY(conflicts.at(1).contains(QLatin1String("nothing.webitel")));

    // A delete whose answer was lost is found applied, not sent again.
    Draft resumed = draft(QStringLiteral("webitel"));
    resumed.append(std::make_shared<WebitelOperation>(WebitelOperation::Action::Delete, QStringLiteral("nothing.webitel")));
    QVERIFY(m_journal->record(resumed.entries.first().id, Journal::State::Started));
    const auto again = apply(resumed, &sender);
    QVERIFY(again->allDone());
    QCOMPARE(again->outcomes().first().message, QStringLiteral("found applied after an interruption"));
}

void TestProviderDrafts::iceDraftTakesItsPasswordsFromTheKeychain()
{
    // GIVEN a drafted ICE change read from its file (no password in it) and its SMTP password
    // in the keychain
    Ice::ServerSettings settings;
    settings.organisationId = 59;
    settings.skillId = 664;
    settings.smtp = {QStringLiteral("smtp.mail.com"), QStringLiteral("harry"), QStringLiteral("Smtp-Pass1"),
                     QStringLiteral("harry@mail.com"), QStringLiteral("587"), QStringLiteral("10")};
    settings.pop3 = {QStringLiteral("pop3.mail.com"), QStringLiteral("alex"), QString(), QStringLiteral("alex@mail.com"),
                     QStringLiteral("995"), QStringLiteral("10")};
    Draft d = draft(QStringLiteral("ice"), QStringLiteral("59"));
    d.append(std::make_shared<IceOperation>(settings));
    m_keychain.insert(d.secretKey(d.entries.first().id, QStringLiteral("smtp")), QStringLiteral("Smtp-Pass1"));
    QString error;
    const Draft fromFile = *Draft::fromJson(d.toJson(), &error);
    QList<Ice::ServerSettings> remembered;
    IceSender sender(m_ice.get(), [&](const Ice::ServerSettings &s) { remembered.append(s); });

    // WHEN applied
    const auto applier = apply(fromFile, &sender);

    // THEN ICE got the password, and the caller was told what to remember
    QVERIFY2(applier->allDone(), qPrintable(applier->outcomes().first().message));
    const QJsonObject received = m_sandbox->server()->ice()->settings(59, 664);
    QCOMPARE(received.value(QLatin1String("SMTPPassword")).toString(), QStringLiteral("Smtp-Pass1"));
    QCOMPARE(received.value(QLatin1String("Pop3Port")).toString(), QStringLiteral("995"));
    QCOMPARE(remembered.size(), 1);
    QCOMPARE(remembered.first().smtp.password, QStringLiteral("Smtp-Pass1"));
}

QTEST_GUILESS_MAIN(TestProviderDrafts)
#include "tst_providerdrafts.moc"
