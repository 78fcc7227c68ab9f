// The Hostway readers added with the domain's pages, on arbitrary bytes: the global address
// list (seed 003 sections 17-23) and its CSV import, the anti-spam panel's link (index
// 101.21), and an Exchange order's 202 and status (seed 002). The first byte picks the reader.
#include "core/providers/hostway/contactcsv.h"
#include "core/providers/hostway/contacts.h"
#include "core/providers/hostway/exchangeorders.h"
#include "core/providers/hostway/hostwayparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QString error;
    switch (data[0] % 6) {
    case 0: { Hostway::ContactList out; if (Hostway::Parser::contacts(body, &out, &error)) (void)out.contacts.size(); break; }
    case 1: { Hostway::Contact out; if (Hostway::Parser::contact(body, &out, &error)) (void)out.toJson(); break; }
    case 2: { QUrl out; if (Hostway::Parser::antiSpamLink(body, &out, &error)) (void)out.host(); break; }
    case 3: { Hostway::OrderState out; if (Hostway::Parser::orderState(body, &out, &error)) (void)out.progress(); break; }
    case 4: {
        // "Location\nSet-Cookie\nbody"
        const QList<QByteArray> parts = body.split('\n');
        Hostway::PlacedOrder out;
        (void)Hostway::Parser::placedOrder(parts.value(0), parts.value(1), body.mid(parts.value(0).size() + parts.value(1).size() + 2), &out, &error);
        break;
    }
    default: {
        static const QSet<QString> existing{QStringLiteral("reception")};
        const auto result = ContactCsv::read(body, QStringLiteral("test.com"), size % 2 ? &existing : nullptr);
        for (const auto &op : result.operations)
            (void)op->request(Hostway::Endpoint{QUrl(QStringLiteral("https://api.example")), QStringLiteral("a")}).body;
        break;
    }
    }
    return 0;
}
