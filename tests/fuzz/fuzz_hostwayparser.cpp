// Every Hostway response parser (seed 003) on arbitrary bytes: the first byte picks the parser.
#include "core/providers/hostway/hostwayparser.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QString error;
    switch (data[0] % 17) {
    case 0: { Hostway::DomainInfo out; (void)Hostway::Parser::domainInfo(body, &out, &error); break; }
    case 1: { Hostway::MailboxTypeCount out; (void)Hostway::Parser::mailboxTypeCount(body, &out, &error); break; }
    case 2: { Hostway::UsernamesPage out; if (Hostway::Parser::usernamesPage(body, &out, &error)) (void)out.hasNext(); break; }
    case 3: { Hostway::UsernameKind out; (void)Hostway::Parser::usernameKind(body, &out, &error); break; }
    case 4: { Hostway::Mailbox out; (void)Hostway::Parser::mailbox(body, &out, &error); break; }
    case 5: { Hostway::ExchangeMailbox out; (void)Hostway::Parser::exchangeMailbox(body, &out, &error); break; }
    case 6: { QStringList out; (void)Hostway::Parser::aliases(body, &out, &error); break; }
    case 7: { QStringList out; (void)Hostway::Parser::forwards(body, &out, &error); break; }
    case 8: { Hostway::Autoresponder out; (void)Hostway::Parser::autoresponder(body, &out, &error); break; }
    case 9: { Hostway::BlackWhitePage out; if (Hostway::Parser::blackWhitePage(body, &out, &error)) (void)out.hasNext(); break; }
    case 10: { Hostway::BlackWhiteEntry out; (void)Hostway::Parser::blackWhiteEntry(body, &out, &error); break; }
    case 11: { Hostway::MessageStats out; (void)Hostway::Parser::messageStats(body, &out, &error); break; }
    case 12: { QList<Hostway::FilterAttribute> out; (void)Hostway::Parser::cleanMailPlus(body, &out, &error); break; }
    case 13: { QStringList out; (void)Hostway::Parser::secretKeys(body, &out, &error); break; }
    case 14: { Hostway::SecretQuestions out; if (Hostway::Parser::secretQuestions(body, &out, &error)) (void)out.question(QStringLiteral("tk1")); break; }
    case 15: { Hostway::SecretQuestions out; (void)Hostway::Parser::secretQuestionSettings(body, &out, &error); break; }
    case 16: { Hostway::InfoStore out; (void)Hostway::Parser::infoStore(body, &out, &error); break; }
    default: (void)Hostway::Parser::links(QJsonDocument::fromJson(body).object().value(QLatin1String("links"))); break;
    }
    return 0;
}
