// Hostway::Parser accepts every documented response form (shared/api/NOTES.md,
// "Inconsistencies"), using the catalogue's repaired examples of seed 003 as fixtures.
#include "core/providers/hostway/hostwayparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Hostway;

class TestHostwayParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usernamesPageExamples_data();
    void usernamesPageExamples();
    void usernamesRowsShareRepeatedValues();
    void usernamesLinksWithLocation();
    void brokenJsonIsRefused();
    void usernameKind_data();
    void usernameKind();
    void mailboxExample();
    void exchangeMapiSpellings_data();
    void exchangeMapiSpellings();
    void domainLinkForms();
    void statisticsRepairedExample();
    void wrongTypedNumbersAreErrors_data();
    void wrongTypedNumbersAreErrors();
    void messageStatsForms_data();
    void messageStatsForms();
    void cleanMailPlusMixedForms();
    void forwardsForms_data();
    void forwardsForms();
    void autoresponderForms_data();
    void autoresponderForms();
    void secretQuestionsForms_data();
    void secretQuestionsForms();
    void secretKeysAndMinimum();
    void aliasesForms();
    void antiSpamLinkForms_data();
    void antiSpamLinkForms();
    void infoStoreExample();
    void domainWebmailExample();
};

void TestHostwayParser::usernamesPageExamples_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("firstMaster");
    QTest::addColumn<QString>("webmail");
    QTest::addColumn<bool>("hasNext");

    QTest::newRow("success scenario, master false") << QByteArray(R"({"totalCount": 1, "list": [{"username": "test",
        "links": [{"href": "{{APIBaseURL}}/accounts/test-account123/email/test.com/usernames/test/mailbox/", "rel": "self"}],
        "type": "imap", "quota": 10, "master": false, "trialType": "premium", "trialExpiration": "2018-10-28", "allowUpgrade": true}]})")
        << 1 << false << "" << false;
    QTest::newRow("details=1 (repaired)") << QByteArray(R"({"totalCount": 1, "list": [{"username": "test", "webmailAccess": "standard",
        "links": [], "type": "imap", "quota": 10, "master": false, "trialType": "premium", "trialExpiration": "2018-10-28", "allowUpgrade": true}]})")
        << 1 << false << "standard" << false;
    QTest::newRow("paginated with next") << QByteArray(R"({"totalCount": 6, "list": [{"username": "test2", "type": "imap", "quota": 10, "master": true}],
        "links": [{"href": "x?page=1&pageSize=2", "rel": "first"}, {"href": "x?page=3&pageSize=2", "rel": "next"}]})")
        << 6 << true << "" << true;
    QTest::newRow("schema form: totalCount quoted, master 0/1") << QByteArray(R"({"totalCount": "6", "list": [{"username": "a", "quota": 10, "master": 1}]})")
        << 6 << true << "" << false;
    QTest::newRow("master 0") << QByteArray(R"({"totalCount": 1, "list": [{"username": "a", "quota": 10, "master": 0}]})")
        << 1 << false << "" << false;
}

void TestHostwayParser::usernamesPageExamples()
{
    QFETCH(QByteArray, body);
    QFETCH(int, total);
    QFETCH(bool, firstMaster);
    QFETCH(QString, webmail);
    QFETCH(bool, hasNext);

    UsernamesPage page;
    QString error;
    QVERIFY2(Parser::usernamesPage(body, &page, &error), qPrintable(error));
    QCOMPARE(page.totalCount, total);
    QVERIFY(!page.items.isEmpty());
    QCOMPARE(page.items.first().master, firstMaster);
    QCOMPARE(page.items.first().quotaMb, 10);
    QCOMPARE(page.items.first().webmailAccess, webmail);
    QCOMPARE(page.hasNext(), hasNext);
}

void TestHostwayParser::usernamesRowsShareRepeatedValues()
{
    // GIVEN a page whose rows repeat their type and webmail access
    const QByteArray body = R"({"totalCount": 3, "list": [
        {"username": "a", "quota": 10, "type": "imap", "webmailAccess": "standard"},
        {"username": "b", "quota": 10, "type": "imap", "webmailAccess": "standard"},
        {"username": "c", "quota": 10, "type": "imap", "webmailAccess": "premium"}]})";
    UsernamesPage page;
    QString error;
    // WHEN it is read
    QVERIFY2(Parser::usernamesPage(body, &page, &error), qPrintable(error));
    // THEN equal values are one string, not one per row (memory of a 100,000-row table)
    QCOMPARE(page.items.size(), 3);
    QCOMPARE(page.items.at(2).type, QStringLiteral("imap"));
    QCOMPARE(page.items.at(0).type.constData(), page.items.at(2).type.constData());
    QCOMPARE(page.items.at(0).webmailAccess.constData(), page.items.at(1).webmailAccess.constData());
    QCOMPARE(page.items.at(2).webmailAccess, QStringLiteral("premium"));
    QVERIFY(page.items.at(0).trialType.isNull());
}

void TestHostwayParser::usernamesLinksWithLocation()
{
    const QList<Link> links = Parser::links(QJsonDocument::fromJson(
        R"([{"location": "https://h/accounts/a/email/d", "rel": "self"}, {"href": "https://h/x/", "rel": "next"}])").array());
    QCOMPARE(links.size(), 2);
    QCOMPARE(links.at(0).href, QUrl(QStringLiteral("https://h/accounts/a/email/d")));
    QCOMPARE(links.at(1).rel, QStringLiteral("next"));
}

void TestHostwayParser::brokenJsonIsRefused()
{
    // The usernames schema as printed: a trailing comma and a page-break continuation.
    const QByteArray broken = R"({"totalCount": 1, "list": [{"username": "test", "quota": 10,}]})";
    UsernamesPage page;
    QString error;
    QVERIFY(!Parser::usernamesPage(broken, &page, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!Parser::usernamesPage(R"({"totalCount": 1})", &page, &error));
    QVERIFY(!Parser::usernamesPage(R"({"list": [{"quota": 3}]})", &page, &error));
}

void TestHostwayParser::usernameKind_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("Exchange scenario") << QByteArray(R"({"exchange": [{"href": "{{APIBaseURL}}/accounts/test-account123/email/test.com/usernames/exchange-mbox/exchange/", "rel": "related"}],
        "secrets": [{"href": "x", "rel": "related"}], "links": [{"href": "y", "rel": "self"}]})") << int(UsernameKind::Exchange);
    QTest::newRow("MFG2 scenario") << QByteArray(R"({"mailbox": [{"href": "m", "rel": "related"}], "secrets": [], "links": []})")
        << int(UsernameKind::Mailbox);
    QTest::newRow("documented as strings") << QByteArray(R"({"mailbox": "https://h/m", "secrets": "https://h/s"})") << int(UsernameKind::Mailbox);
    QTest::newRow("neither") << QByteArray(R"({"secrets": []})") << int(UsernameKind::Unknown);
}

void TestHostwayParser::usernameKind()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    UsernameKind actual = UsernameKind::Unknown;
    QString error;
    QVERIFY(Parser::usernameKind(body, &actual, &error));
    QCOMPARE(int(actual), kind);
}

void TestHostwayParser::mailboxExample()
{
    // Seed 003's example answers username "test" for a request on john.smith: read as given.
    const QByteArray body = R"({"username": "test", "authToken": "NGA8mH65N63Z", "master": true, "quota": 10, "usage": 10,
        "links": [{"href": "{APIBaseURL}/accounts/test-account123/email/test.com/usernames/john.smith/mailbox/", "rel": "self"}],
        "sitemail_urls": [{"url": "http://sitemaildev7.test", "version": "7"}]})";
    Mailbox m;
    QString error;
    QVERIFY(Parser::mailbox(body, &m, &error));
    QCOMPARE(m.username, QStringLiteral("test"));
    QVERIFY(m.master);
    QCOMPARE(m.quotaMb, 10);
    QCOMPARE(m.usageMb, 10);
}

void TestHostwayParser::exchangeMapiSpellings_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("mapi");
    QTest::newRow("example: mapEnabled") << QByteArray(R"json({"username": "test-mb", "mapEnabled": true, "quota": "1000 MB (1,048,576,000 bytes)",
        "rejectMessagesFromSendersOrMembers": "", "activeSyncBlockedDeviceIDs": [""], "emailAddresses": [{"address": "test-mb@test.com", "header": "SMTP"}]})json") << true;
    QTest::newRow("schema: mapiEnabled") << QByteArray(R"({"username": "test-mb", "mapiEnabled": true, "rejectMessagesFromSendersOrMembers": []})") << true;
    QTest::newRow("disabled") << QByteArray(R"({"username": "test-mb", "mapiEnabled": false})") << false;
}

void TestHostwayParser::exchangeMapiSpellings()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, mapi);
    ExchangeMailbox m;
    QString error;
    QVERIFY2(Parser::exchangeMailbox(body, &m, &error), qPrintable(error));
    QCOMPARE(m.mapiEnabled, mapi);
    QCOMPARE(m.username, QStringLiteral("test-mb"));
}

void TestHostwayParser::domainLinkForms()
{
    DomainInfo info;
    QString error;
    QVERIFY(Parser::domainInfo(R"({"quota": 19320, "links": [{"href": "{APIBaseURL}/accounts/test-account/email/test.com/", "rel": "self"}]})", &info, &error));
    QCOMPARE(info.quotaMb, 19320);
    QVERIFY(Parser::domainInfo(R"({"quota": 19320, "links": [{"location": "{APIBaseURL}/accounts/{account}/email/{domain}", "rel": "self"}]})", &info, &error));
    QVERIFY(!Parser::domainInfo(R"({"links": []})", &info, &error));
}

void TestHostwayParser::statisticsRepairedExample()
{
    MailboxTypeCount count;
    QString error;
    QVERIFY(Parser::mailboxTypeCount(R"({"numStandard": 1, "numActiveSync": 0, "numPremium": 0, "numExchange2013Standard": 5,
        "numExchange2013Premium": 2, "links": [{"href": "x", "rel": "self"}]})", &count, &error));
    QCOMPARE(count.standard, 1);
    QCOMPARE(count.exchangeStandard, 5);
    QCOMPARE(count.exchangePremium, 2);
    // As printed in the seed: a missing comma before "links".
    QVERIFY(!Parser::mailboxTypeCount("{\"numStandard\": 1, \"numExchange2013Premium\": 2\n \"links\": []}", &count, &error));
}

void TestHostwayParser::wrongTypedNumbersAreErrors_data()
{
    // A quota the documentation does not allow is a parse error naming the field (and, in a
    // list, the item), never a 0 on screen (issue 12, item 9).
    QTest::addColumn<QByteArray>("quota");
    QTest::addColumn<QString>("why");
    QTest::newRow("object") << QByteArray(R"({"mb": 10})") << "quota is not a number";
    QTest::newRow("text") << QByteArray(R"("lots")") << "quota is the text \"lots\"";
    QTest::newRow("1e308") << QByteArray("1e308") << "quota is 1e+308";
    QTest::newRow("10.7") << QByteArray("10.7") << "quota is 10.7, not a whole number";
    QTest::newRow("INT64_MAX") << QByteArray("9223372036854775807") << "not a whole number from 0 to 2147483647";
    QTest::newRow("-5") << QByteArray("-5") << "quota is -5";
}

void TestHostwayParser::wrongTypedNumbersAreErrors()
{
    QFETCH(QByteArray, quota);
    QFETCH(QString, why);
    QString error;
    Hostway::UsernamesPage page;
    QVERIFY(!Hostway::Parser::usernamesPage(R"({"totalCount": 2, "list": [{"username": "ok", "quota": 10}, {"username": "bad", "quota": )" + quota + "}]}",
                                            &page, &error));
    QVERIFY2(error.contains(QLatin1String("item 2 (bad)")) && error.contains(why), qPrintable(error));
    Hostway::Mailbox mailbox;
    QVERIFY(!Hostway::Parser::mailbox(R"({"username": "bad", "quota": )" + quota + "}", &mailbox, &error));
    QVERIFY2(error.contains(QLatin1String("the mailbox: ")) && error.contains(why), qPrintable(error));
    Hostway::DomainInfo domain;
    QVERIFY(!Hostway::Parser::domainInfo(R"({"quota": )" + quota + "}", &domain, &error));
    QVERIFY2(error.contains(QLatin1String("the domain: ")) && error.contains(why), qPrintable(error));
    // A quoted whole number is one of the documented forms, and stays readable
    QVERIFY(Hostway::Parser::mailbox(R"({"username": "ok", "quota": "10"})", &mailbox, &error));
    QCOMPARE(mailbox.quotaMb, 10);
}

void TestHostwayParser::messageStatsForms_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<int>("inboxAll");
    QTest::addColumn<int>("spamUnread");
    // The catalogue's repair of sections 49-50 and 71-72 (the seed drops the final brace)
    QTest::newRow("example repaired") << QByteArray(R"({"messageCount": {"inbox": {"allMessages": 3, "unreadMessages": 3},
        "sent": {"allMessages": 0, "unreadMessages": 0}, "spam": {"allMessages": 0, "unreadMessages": 0}},
        "links": [{"href": "https://api.hostway.com/x/messagestats/", "rel": "self"}]})") << true << 3 << 0;
    QTest::newRow("example as printed") << QByteArray(R"({"messageCount": {"inbox": {"allMessages": 3, "unreadMessages": 3}},
        "links": [{"href": "x", "rel": "self"}])") << false << 0 << 0;
    QTest::newRow("folder missing is 0") << QByteArray(R"({"messageCount": {"spam": {"allMessages": "4", "unreadMessages": 2}}})") << true << 0 << 2;
    QTest::newRow("negative count") << QByteArray(R"({"messageCount": {"inbox": {"allMessages": -1}}})") << false << 0 << 0;
    QTest::newRow("no messageCount") << QByteArray(R"({"inbox": {}})") << false << 0 << 0;
}

void TestHostwayParser::messageStatsForms()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, readable);
    QFETCH(int, inboxAll);
    QFETCH(int, spamUnread);
    MessageStats out;
    QString error;
    QCOMPARE(Parser::messageStats(body, &out, &error), readable);
    if (!readable) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(out.inbox.all, inboxAll);
    QCOMPARE(out.spam.unread, spamUnread);
}

void TestHostwayParser::cleanMailPlusMixedForms()
{
    // Section 44's example, as the catalogue repairs it: wrapped items, then bare ones
    const QByteArray body = R"([{"field": {"selected": "6", "fieldName": "SPAM_LEVEL", "description": "SPAM Tag Level",
        "options": [{"name": "Least Aggressive", "value": "6"}, {"name": "Normal", "value": "4"}]}},
        {"selected": "20", "fieldName": "SPAM_DISCARD_LEVEL", "description": "SPAM Discard Level", "options": []},
        {"selected": 1, "fieldName": "SPAM_CHECK", "options": [{"name": "Enable", "value": 1}]}])";
    QList<FilterAttribute> out;
    QString error;
    QVERIFY2(Parser::cleanMailPlus(body, &out, &error), qPrintable(error));
    QCOMPARE(out.size(), 3);
    QCOMPARE(out.at(0).name, QStringLiteral("SPAM_LEVEL"));
    QCOMPARE(out.at(0).options.at(1), (QPair<QString, QString>{QStringLiteral("Normal"), QStringLiteral("4")}));
    QVERIFY(out.at(1).options.isEmpty());
    QCOMPARE(out.at(2).selected, QStringLiteral("1"));   // numbers are taken as text
    QCOMPARE(out.at(2).options.first().second, QStringLiteral("1"));
    // Not a list, or an attribute without a name: refused
    QVERIFY(!Parser::cleanMailPlus(R"({"field": {}})", &out, &error));
    QVERIFY(!Parser::cleanMailPlus(R"([{"selected": "1"}])", &out, &error));
}

void TestHostwayParser::forwardsForms_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QStringList>("targets");
    // Section 60's example: links by "location" with unresolved placeholders
    QTest::newRow("example") << QByteArray(R"({"targets": [{"target": "mb1@test.com"}, {"target": "test@test-forward.com"}],
        "links": [{"location": "{APIBaseURL}/accounts/{account}/email/{domain}/usernames/{mailbox}/forwards/", "rel": "self"}]})")
                             << true << QStringList{QStringLiteral("mb1@test.com"), QStringLiteral("test@test-forward.com")};
    QTest::newRow("no targets") << QByteArray(R"({"links": []})") << true << QStringList();
    QTest::newRow("bare strings") << QByteArray(R"({"targets": ["a@b.example"]})") << true << QStringList{QStringLiteral("a@b.example")};
    QTest::newRow("targets not a list") << QByteArray(R"({"targets": "a@b.example"})") << false << QStringList();
    QTest::newRow("target without address") << QByteArray(R"({"targets": [{"target": ""}]})") << false << QStringList();
    QTest::newRow("not JSON") << QByteArray("{\"targets\": [") << false << QStringList();
}

void TestHostwayParser::forwardsForms()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, readable);
    QFETCH(QStringList, targets);
    QStringList out;
    QString error;
    QCOMPARE(Parser::forwards(body, &out, &error), readable);
    if (readable)
        QCOMPARE(out, targets);
    else
        QVERIFY(!error.isEmpty());
}

void TestHostwayParser::autoresponderForms_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<bool>("active");
    QTest::addColumn<QString>("subject");
    // Section 32: the example is flat, the schema nests under "autoresponder" with "location"
    QTest::newRow("example, flat") << QByteArray(R"({"body": "AutoRespond", "active": true,
        "links": [{"href": "http://coreapi01.ote.chicago.hostway:8095/x", "rel": "self"}], "subject": "Subject"})")
                                   << true << true << QStringLiteral("Subject");
    QTest::newRow("schema, nested") << QByteArray(R"({"autoresponder": {"body": "b", "active": false, "subject": "S"},
        "links": [{"location": "x", "rel": "self"}]})") << true << false << QStringLiteral("S");
    QTest::newRow("active as 1") << QByteArray(R"({"body": "b", "active": 1})") << true << true << QString();
    QTest::newRow("body as a number") << QByteArray(R"({"body": 5, "active": true})") << false << false << QString();
    QTest::newRow("neither") << QByteArray(R"({"links": []})") << false << false << QString();
}

void TestHostwayParser::autoresponderForms()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, readable);
    QFETCH(bool, active);
    QFETCH(QString, subject);
    Autoresponder out;
    QString error;
    QCOMPARE(Parser::autoresponder(body, &out, &error), readable);
    if (!readable) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(out.active, active);
    QCOMPARE(out.subject, subject);
}

void TestHostwayParser::secretQuestionsForms_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QStringList>("keys");
    // Section 117: documented as a dictionary, printed as a list holding one (example 1,
    // repaired as the catalogue does), and {} when none are supported (example 2).
    QTest::newRow("example 1, a list of one dictionary") << QByteArray(R"({"questions": [{"tk1": "What is question one?",
        "tk2": "What is question two?", "tk3": "What is question three?"}],
        "links": [{"location": "https://api.hostway.com/email/secretQuestions/", "rel": "self"}]})")
        << true << QStringList{QStringLiteral("tk1"), QStringLiteral("tk2"), QStringLiteral("tk3")};
    QTest::newRow("the documented dictionary") << QByteArray(R"({"questions": {"b": "Q2", "a": "Q1"}})") << true
                                               << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("example 2, none supported") << QByteArray(R"({"questions": {}, "links": []})") << true << QStringList();
    QTest::newRow("two dictionaries, merged") << QByteArray(R"({"questions": [{"a": "Q1"}, {"b": "Q2"}]})") << true
                                              << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("example 1 as printed (broken)") << QByteArray(R"({"questions": [{"tk1": "What is question one?"},
        "links": [{"location": "https://api.hostway.com/email/secretQuestions/"}]})") << false << QStringList();
    QTest::newRow("a question that is no text") << QByteArray(R"({"questions": {"a": 1}})") << false << QStringList();
    QTest::newRow("questions as text") << QByteArray(R"({"questions": "a"})") << false << QStringList();
}

void TestHostwayParser::secretQuestionsForms()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, readable);
    QFETCH(QStringList, keys);
    SecretQuestions out;
    QString error;
    QCOMPARE(Parser::secretQuestions(body, &out, &error), readable);
    if (!readable) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QStringList got;
    for (const auto &q : std::as_const(out.questions))
        got.append(q.first);
    QCOMPARE(got, keys);
}

void TestHostwayParser::secretKeysAndMinimum()
{
    QStringList keys;
    QString error;
    // Section 76's example, and none on file
    QVERIFY(Parser::secretKeys(R"({"list": ["tk1", "tk2", "tk3"], "links": [{"href": "x", "rel": "self"}]})", &keys, &error));
    QCOMPARE(keys, (QStringList{QStringLiteral("tk1"), QStringLiteral("tk2"), QStringLiteral("tk3")}));
    QVERIFY(Parser::secretKeys(R"({"links": []})", &keys, &error));
    QVERIFY(keys.isEmpty());
    QVERIFY(!Parser::secretKeys(R"({"list": [1]})", &keys, &error));
    QVERIFY(!Parser::secretKeys(R"({"list": "tk1"})", &keys, &error));

    // Section 119: 1 in the schema, 3 in the example, read at run time; quoted numbers too
    SecretQuestions settings;
    QVERIFY(Parser::secretQuestionSettings(R"({"minimum": 3, "links": [{"location": "x", "rel": "self"}]})", &settings, &error));
    QCOMPARE(settings.minimum, 3);
    QVERIFY(Parser::secretQuestionSettings(R"({"minimum": "2"})", &settings, &error));
    QCOMPARE(settings.minimum, 2);
    QVERIFY(Parser::secretQuestionSettings(R"({"minimum": 0})", &settings, &error));
    QCOMPARE(settings.minimum, 1);   // "The minimum value for this parameter is one."
    QVERIFY(!Parser::secretQuestionSettings(R"({"minimum": "three"})", &settings, &error));
    QVERIFY(!Parser::secretQuestionSettings(R"({})", &settings, &error));
}

void TestHostwayParser::antiSpamLinkForms_data()
{
    // No page documents the answer (index 101.21 only): the likely shapes, and what is no link.
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("link");
    const QString panel = QStringLiteral("https://avas.example/sso?t=1");
    QTest::newRow("object link") << QByteArray(R"({"link": "https://avas.example/sso?t=1", "links": []})") << panel;
    QTest::newRow("object url") << QByteArray(R"({"url": "https://avas.example/sso?t=1"})") << panel;
    QTest::newRow("object SSOLink") << QByteArray(R"({"SSOLink": "https://avas.example/sso?t=1"})") << panel;
    QTest::newRow("links list") << QByteArray(R"({"links": [{"href": "https://api.example/self", "rel": "self"}, {"href": "https://avas.example/sso?t=1", "rel": "sso"}]})")
                                << panel;
    QTest::newRow("JSON string") << QByteArray(R"("https://avas.example/sso?t=1")") << panel;
    QTest::newRow("plain text") << QByteArray("https://avas.example/sso?t=1\n") << panel;
    QTest::newRow("no link") << QByteArray(R"({"links": [{"href": "https://api.example/self", "rel": "self"}]})") << QString();
    QTest::newRow("not a web link") << QByteArray(R"x({"link": "javascript:alert(1)"})x") << QString();
    QTest::newRow("no host") << QByteArray(R"({"link": "https:///sso"})") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestHostwayParser::antiSpamLinkForms()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, link);
    QUrl url;
    QString error;
    QCOMPARE(Parser::antiSpamLink(body, &url, &error), !link.isEmpty());
    if (link.isEmpty())
        QVERIFY(!error.isEmpty());
    else
        QCOMPARE(url.toString(), link);
}

void TestHostwayParser::aliasesForms()
{
    QStringList aliases;
    QString error;
    // Section 2's example (joined across its page break): bare names
    const QByteArray example = R"({"list": ["test-alias.com", "test-alias-2.com"], "links": [{"href": "https://api.hostway.com/accounts/test-account123/email/test.com/aliases/", "rel": "self"}]})";
    QVERIFY2(Parser::aliases(example, &aliases, &error), qPrintable(error));
    QCOMPARE(aliases, (QStringList{QStringLiteral("test-alias.com"), QStringLiteral("test-alias-2.com")}));
    // The field list's {"alias": ...} items; no list is no alias
    QVERIFY(Parser::aliases(R"({"list": [{"alias": "a.example"}]})", &aliases, &error));
    QCOMPARE(aliases, QStringList{QStringLiteral("a.example")});
    QVERIFY(Parser::aliases(R"({"links": []})", &aliases, &error));
    QVERIFY(aliases.isEmpty());
    // A list that is not one, or an item without a name, is an error
    QVERIFY(!Parser::aliases(R"({"list": "a.example"})", &aliases, &error));
    QVERIFY(!Parser::aliases(R"({"list": [{"name": "a.example"}]})", &aliases, &error));
    QVERIFY(!error.isEmpty());
}

void TestHostwayParser::infoStoreExample()
{
    InfoStore store;
    QString error;
    // Section 27's example; its schema's "location" link form reads the same
    const QByteArray example = R"({"infoStore": {"usage": 0, "quota": 20}, "links": [{"location": "x/infostore/", "rel": "self"}]})";
    QVERIFY2(Parser::infoStore(example, &store, &error), qPrintable(error));
    QCOMPARE(store.quotaMb, 20);
    QCOMPARE(store.usageMb, 0);
    // No infoStore object, or a quota that is not a number, is an error
    QVERIFY(!Parser::infoStore(R"({"quota": 20})", &store, &error));
    QVERIFY(!Parser::infoStore(R"({"infoStore": {"quota": "20 MB"}})", &store, &error));
}

void TestHostwayParser::domainWebmailExample()
{
    DomainWebmail webmail;
    QString error;
    // Section 90's example ("location" links), then its nulls for no trial
    const QByteArray example = R"({"type": "standard", "allowUpgrade": true, "trialType": "premium", "trialExpiration": "2018-10-28", "links": [{"location": "{APIBaseURL}/accounts/{account}/email/{domain}/webmail/", "rel": "self"}]})";
    QVERIFY2(Parser::domainWebmail(example, &webmail, &error), qPrintable(error));
    QCOMPARE(webmail.type, QStringLiteral("standard"));
    QVERIFY(webmail.allowUpgrade);
    QCOMPARE(webmail.trialType, QStringLiteral("premium"));
    QCOMPARE(webmail.trialExpiration, QStringLiteral("2018-10-28"));
    QVERIFY(Parser::domainWebmail(R"({"type": "standard", "allowUpgrade": false, "trialType": null, "trialExpiration": null})", &webmail, &error));
    QVERIFY(webmail.trialType.isEmpty() && webmail.trialExpiration.isEmpty());
    // allowUpgrade as anything but true or false is an error
    QVERIFY(!Parser::domainWebmail(R"({"type": "standard", "allowUpgrade": "yes"})", &webmail, &error));
}

QTEST_GUILESS_MAIN(TestHostwayParser)
#include "tst_hostwayparser.moc"
