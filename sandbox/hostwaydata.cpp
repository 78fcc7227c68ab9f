#include "sandbox/hostwaydata.h"

#include <QJsonArray>

namespace Sandbox {

namespace {

HostwayMailbox regular(const QString &name, int quota, bool master, const QString &webmail,
                       int usage = 0)
{
    HostwayMailbox m;
    m.username = name;
    m.quota = quota;
    m.master = master;
    m.webmailAccess = webmail;
    m.usage = usage;
    m.trialType = QStringLiteral("premium");
    m.trialExpiration = QStringLiteral("2018-10-28");
    return m;
}

/// The Exchange GET example of seed 003 (section "exchange"), adapted to the mailbox's name.
QJsonObject exchangeExample(const QString &name, const QString &domain, const QString &display)
{
    const QString address = name + QLatin1Char('@') + domain;
    return QJsonObject{
        {QStringLiteral("maxReceiveSize"), QStringLiteral("50 MB (52,428,800 bytes)")},
        {QStringLiteral("maxSendSize"), QStringLiteral("50 MB (52,428,800 bytes)")},
        {QStringLiteral("primarySmtpAddress"), address},
        {QStringLiteral("quota"), QStringLiteral("1000 MB (1,048,576,000 bytes)")},
        {QStringLiteral("recipientLimits"), QStringLiteral("100")},
        {QStringLiteral("rejectMessagesFromSendersOrMembers"), QString()},
        {QStringLiteral("requireSenderAuthenticationEnabled"), false},
        {QStringLiteral("totalItemSize"), QStringLiteral("0")},
        {QStringLiteral("activeSyncAllowedDeviceIDs"), QJsonArray()},
        {QStringLiteral("activeSyncBlockedDeviceIDs"), QJsonArray{QString()}},
        {QStringLiteral("activeSyncEnabled"), true},
        {QStringLiteral("activeSyncMailboxPolicy"), QStringLiteral("Default")},
        {QStringLiteral("hasActiveSyncDevicePartnership"), false},
        {QStringLiteral("imapEnabled"), true},
        // The example spells it "mapEnabled", the schema "mapiEnabled": serve the example's.
        {QStringLiteral("mapEnabled"), true},
        {QStringLiteral("owaEnabled"), true},
        {QStringLiteral("popEnabled"), true},
        {QStringLiteral("serverName"), QStringLiteral("uc4-exmbx01")},
        {QStringLiteral("whenChanged"), QStringLiteral("10/11/2013 9:43:48 AM")},
        {QStringLiteral("whenCreated"), QStringLiteral("10/11/2013 9:43:39 AM")},
        {QStringLiteral("city"), QStringLiteral("My City")},
        {QStringLiteral("company"), QStringLiteral("My Company")},
        {QStringLiteral("country"), QStringLiteral("Canada")},
        {QStringLiteral("department"), QStringLiteral("HR")},
        {QStringLiteral("emailAddress"), address},
        {QStringLiteral("recipientType"), QStringLiteral("UserMailbox")},
        {QStringLiteral("resourceType"), QStringLiteral("user")},
        {QStringLiteral("type"), QStringLiteral("standard")},
        {QStringLiteral("displayName"), display},
        {QStringLiteral("firstName"), display.section(QLatin1Char(' '), 0, 0)},
        {QStringLiteral("lastName"), display.section(QLatin1Char(' '), 1)},
        {QStringLiteral("username"), name},
        {QStringLiteral("domain"), domain},
        {QStringLiteral("alias"), QString(name + QStringLiteral("-alias"))},
        {QStringLiteral("database"), QStringLiteral("DAG01-DB01")},
        {QStringLiteral("archiveQuota"), QStringLiteral("50 GB (53,687,091,200 bytes)")},
        {QStringLiteral("deliverToMailboxAndForward"), false},
        {QStringLiteral("emailAddresses"),
         QJsonArray{QJsonObject{{QStringLiteral("address"), address},
                                {QStringLiteral("header"), QStringLiteral("SMTP")}}}},
        {QStringLiteral("forwardingSmtpAddress"), QString()},
        {QStringLiteral("hiddenFromAddressListsEnabled"), false},
        {QStringLiteral("itemCount"), QStringLiteral("0")},
    };
}

HostwayMailbox exchange(const QString &name, const QString &domain, const QString &display)
{
    return makeExchangeMailbox(name, domain, display);
}

void add(HostwayDomain &domain, const HostwayMailbox &mailbox)
{
    domain.mailboxes.insert(mailbox.username.toLower(), mailbox);
}

HostwayAccount baseAccount()
{
    HostwayAccount account;
    account.id = QStringLiteral("test-account123");
    account.user = QStringLiteral("admin");
    account.password = QStringLiteral("sandbox");
    for (const auto *name : {"test.com", "big.example"}) {
        HostwayDomain domain;
        domain.name = QLatin1String(name);
        domain.webmailLimits = {{QStringLiteral("standard"), 0},
                                {QStringLiteral("activesync"), 1},
                                {QStringLiteral("premium"), 500}};
        account.domains.insert(domain.name, domain);
    }
    return account;
}

} // namespace

HostwayMailbox makeExchangeMailbox(const QString &name, const QString &domain, const QString &display)
{
    HostwayMailbox m;
    m.username = name;
    m.exchange = true;
    m.webmailAccess = QStringLiteral("exchange");
    m.quota = 1000;
    m.exchangeDetails = exchangeExample(name, domain, display);
    return m;
}

HostwayData HostwayData::empty()
{
    HostwayData data;
    const HostwayAccount account = baseAccount();
    data.accounts.insert(account.id, account);
    return data;
}

HostwayData HostwayData::demo()
{
    HostwayData data = empty();
    HostwayAccount &account = data.accounts[QStringLiteral("test-account123")];

    // test.com: the names and fields of the seed's examples. "activesync" is full (limit 1),
    // so the documented "Number of mailboxes exceeded" example reproduces.
    HostwayDomain &test = account.domains[QStringLiteral("test.com")];
    add(test, regular(QStringLiteral("test"), 10, false, QStringLiteral("standard"), 3));
    add(test, regular(QStringLiteral("test1"), 10, false, QStringLiteral("activesync"), 1));
    add(test, regular(QStringLiteral("test2"), 10, true, QStringLiteral("standard"), 7));
    add(test, regular(QStringLiteral("john.smith"), 10, true, QStringLiteral("standard"), 10));
    add(test, regular(QStringLiteral("jack.smith"), 250, false, QStringLiteral("premium"), 120));
    add(test, regular(QStringLiteral("mfg-mbox"), 500, false, QStringLiteral("standard"), 42));
    add(test, exchange(QStringLiteral("exchange-mbox"), test.name, QStringLiteral("Exchange Mailbox")));
    add(test, exchange(QStringLiteral("test-mb"), test.name, QStringLiteral("My DisplayName")));
    test.mailboxes[QStringLiteral("john.smith")].passwordHistory = {QStringLiteral("pWord123$")};
    // Forwarding like section 60's example (a local and an external target; its local
    // "mb1@test.com" does not exist here, so test2 stands for it), the autoresponder of
    // section 32's example, and the alias domain of the 409 "Circular target test@test-com-alias.com".
    test.aliases = {QStringLiteral("test-com-alias.com")};
    // An InfoStore in use, so that a quota below its use is refused as section 28 shows.
    test.infoStoreUsageMb = 12;
    // Section 90's example: a premium trial; big.example's product locks upgrades, so turning
    // them on there answers section 92's 409.
    test.trialType = QStringLiteral("premium");
    test.trialExpiration = QStringLiteral("2027-01-31");
    HostwayMailbox &example = test.mailboxes[QStringLiteral("test")];
    example.forwards = {QStringLiteral("test2@test.com"), QStringLiteral("test@test-forward.com")};
    example.autoresponderActive = true;
    example.autoresponderSubject = QStringLiteral("Subject");
    example.autoresponderBody = QStringLiteral("AutoRespond");
    HostwayMailbox &john = test.mailboxes[QStringLiteral("john.smith")];
    john.nestedAutoresponder = true;
    john.autoresponderBody = QStringLiteral("I am out of the office until Monday. For urgent matters, write to jack.smith@test.com.");
    john.autoresponderSubject = QStringLiteral("Out of office");
    test.mailboxes[QStringLiteral("jack.smith")].forwards = {QStringLiteral("jack@home.example")};
    // The black/white list of the seed's examples (sections 8 and 40), for the domain and "test".
    for (const auto &[address, type] : {std::pair{"mb1-white@somedomain.com", "W"}, std::pair{"mb2-black@domain.com", "B"},
                                        std::pair{"mb3-black@somedomain.com", "B"}, std::pair{"@sometestdomain.com", "B"}}) {
        const HostwayListedAddress entry{QLatin1String(address), QLatin1String(type)};
        example.blackWhite.insert(entry.address.toLower(), entry);
        test.blackWhite.insert(entry.address.toLower(), entry);
    }
    // The global address list: the seed's two example contacts (section 23.3.2) and a few
    // that a company's list holds, so filtering and searching have something to find.
    const auto contact = [&test](std::initializer_list<std::pair<const char *, const char *>> fields) {
        QJsonObject stored;
        for (const auto &[key, value] : fields)
            stored.insert(QLatin1String(key), QString::fromUtf8(value));
        test.contacts.insert(stored.value(QStringLiteral("name")).toString().toLower(), stored);
    };
    contact({{"name", "search-contact"}, {"email", "new@test.com"}, {"firstName", "First"}, {"lastName", "Last"}, {"displayName", "Display Name"}});
    contact({{"name", "test-contact"}, {"email", "new@test.com"}, {"firstName", "First"}, {"lastName", "Last"},
             {"displayName", "Display Name"}, {"mobilePhone", "123456789"}});
    contact({{"name", "reception"}, {"email", "reception@test.com"}, {"displayName", "Reception desk"}, {"company", "Test Inc."},
             {"businessPhone", "+1 312 555 0100"}, {"businessFax", "+1 312 555 0199"}, {"streetAddress", "200 West Madison Street"},
             {"postalCode", "60606"}, {"city", "Chicago"}, {"state", "IL"}, {"country", "United States"}, {"roomNumber", "Lobby"}});
    contact({{"name", "it-helpdesk"}, {"email", "helpdesk@outsourced-it.example"}, {"displayName", "IT helpdesk (Outsourced IT)"},
             {"company", "Outsourced IT LLC"}, {"department", "Support"}, {"businessPhone", "+1 312 555 0142"}, {"pager", "555 0143"}});
    contact({{"name", "marie.lefevre"}, {"email", "marie.lefevre@fournisseur.example"}, {"firstName", "Marie"}, {"lastName", "Lefèvre"},
             {"displayName", "Marie Lefèvre (Fournisseur SA)"}, {"title", "Account manager"}, {"company", "Fournisseur SA"},
             {"mobilePhone", "+33 6 12 34 56 78"}, {"city", "Lyon"}, {"country", "France"}});
    contact({{"name", "jonas.becker"}, {"email", "j.becker@lieferant.example"}, {"firstName", "Jonas"}, {"lastName", "Becker"},
             {"displayName", "Jonas Becker"}, {"title", "Logistics"}, {"company", "Lieferant GmbH"}, {"department", "Versand"},
             {"businessPhone", "+49 30 1234567"}, {"city", "Berlin"}, {"country", "Germany"}});
    // mfg-mbox has no webmail account yet (POST webmail creates one).
    test.mailboxes[QStringLiteral("mfg-mbox")].hasWebmail = false;
    // Message counts: test1's IMAP server is out of reach (502), test-mb is virtual (404).
    test.mailboxes[QStringLiteral("test1")].messageStatsStatus = 502;
    test.mailboxes[QStringLiteral("test-mb")].messageStatsStatus = 404;
    // Secret questions: the three of section 117's example and section 119's minimum of 3;
    // john.smith and the Exchange test-mb answered them as section 78's example does.
    data.secretQuestions = {{QStringLiteral("tk1"), QStringLiteral("What is question one?")},
                            {QStringLiteral("tk2"), QStringLiteral("What is question two?")},
                            {QStringLiteral("tk3"), QStringLiteral("What is question three?")}};
    data.secretQuestionMinimum = 3;
    const QMap<QString, QString> answers{{QStringLiteral("tk1"), QStringLiteral("answer1")},
                                         {QStringLiteral("tk2"), QStringLiteral("answer2")},
                                         {QStringLiteral("tk3"), QStringLiteral("answer3")}};
    john.secretAnswers = answers;
    test.mailboxes[QStringLiteral("test-mb")].secretAnswers = answers;

    // big.example: 2,000 generated mailboxes, deterministic, of varied quota, type and flags.
    data.generateDomain(QStringLiteral("big.example"), 2000);
    HostwayDomain &big = account.domains[QStringLiteral("big.example")];
    big.webmailUpgradeAllowed = false;   // the product disables upgrades (webmailUpgrade, section 98)
    big.domainAllowUpgrade = false;
    big.exchangePaid = true;   // an Exchange order there answers a quote and waits for its submit
    return data;
}

void HostwayData::generateDomain(const QString &name, int count)
{
    HostwayAccount &account = accounts[QStringLiteral("test-account123")];
    HostwayDomain domain;
    domain.name = name;
    domain.webmailLimits = {{QStringLiteral("standard"), 0}, {QStringLiteral("activesync"), 1}, {QStringLiteral("premium"), 500}};
    static const char *const first[] = {"alice", "bob", "carol", "dave", "erin", "frank",
                                        "grace", "heidi", "ivan", "judy"};
    static const char *const webmail[] = {"standard", "standard", "premium", "standard"};
    const int width = count > 10000 ? 6 : 4;   // big.example's names stay as they were
    for (int i = 0; i < count; ++i) {
        const QString mailbox = QStringLiteral("%1.%2").arg(QLatin1String(first[i % 10])).arg(i, width, 10, QLatin1Char('0'));
        if (i % 25 == 24) {
            add(domain, exchange(mailbox, domain.name, QStringLiteral("User %1").arg(i)));
            continue;
        }
        const int quota = 100 * (1 + (i * 7919) % 50);
        add(domain, regular(mailbox, quota, i % 97 == 0, QLatin1String(webmail[i % 4]), (i * 31) % quota));
    }
    account.domains.insert(name, domain);
}

} // namespace Sandbox
