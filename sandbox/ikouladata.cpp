#include "sandbox/ikouladata.h"

#include <QJsonArray>

namespace Sandbox {

QJsonObject IkoulaData::newBalFields(const QString &email, const QString &type)
{
    QJsonObject o;
    o.insert(QStringLiteral("email_bal"), email);
    o.insert(QStringLiteral("type"), type);
    for (const char *key : {"display_name", "first_name", "last_name", "address", "job", "office", "company", "department",
                            "city", "state", "business_phone", "fax", "home_phone", "initials", "mobile_phone", "zip"})
        o.insert(QLatin1String(key), QString());
    o.insert(QStringLiteral("disabled"), 0);
    o.insert(QStringLiteral("hide_address_book"), 0);
    for (const char *key : {"enable_pop", "enable_imap", "enable_owa", "enable_mapi", "enable_active_sync"})
        o.insert(QLatin1String(key), 1);
    o.insert(QStringLiteral("issue_warning_kb"), 1'900'000);
    o.insert(QStringLiteral("prohibit_send_kb"), 2'000'000);
    o.insert(QStringLiteral("prohibit_send_receive_kb"), 2'097'152);
    o.insert(QStringLiteral("keep_deleted_items_days"), 14);
    o.insert(QStringLiteral("used_kb"), 0);
    o.insert(QStringLiteral("aliases"), QJsonArray());
    o.insert(QStringLiteral("email_to_forward"), QString());
    o.insert(QStringLiteral("deliver_bal_and_forward"), 0);
    o.insert(QStringLiteral("smtp_email_to_forward"), QString());
    return o;
}

namespace {

void addBal(IkoulaOrganisation &orga, const QString &email, const QString &type, const QString &first, const QString &last,
            const QString &job, qint64 usedKb)
{
    IkoulaBal bal;
    bal.fields = IkoulaData::newBalFields(email, type);
    bal.fields.insert(QStringLiteral("display_name"), last.isEmpty() ? first : first + QLatin1Char(' ') + last);
    bal.fields.insert(QStringLiteral("first_name"), first);
    bal.fields.insert(QStringLiteral("last_name"), last);
    bal.fields.insert(QStringLiteral("job"), job);
    bal.fields.insert(QStringLiteral("company"), orga.name);
    bal.fields.insert(QStringLiteral("used_kb"), usedKb);
    bal.password = QStringLiteral("Lumiere-2026!");
    orga.bals.insert(email.toLower(), bal);
}

} // namespace

IkoulaData IkoulaData::make(bool withObjects)
{
    IkoulaData data;
    IkoulaOrganisation brasserie{QStringLiteral("2031"), QStringLiteral("Brasserie Lumière"), {QStringLiteral("brasserie-lumiere.fr")}, {}, {}, {}};
    IkoulaOrganisation atelier{QStringLiteral("2032"), QStringLiteral("Atelier Noir"), {QStringLiteral("atelier-noir.fr")}, {}, {}, {}};
    IkoulaOrganisation morel{QStringLiteral("2107"), QStringLiteral("Cabinet Morel"), {QStringLiteral("cabinet-morel.fr")}, {}, {}, {}};
    if (withObjects) {
        const QString d = QStringLiteral("@brasserie-lumiere.fr");
        addBal(brasserie, QStringLiteral("claire.martin") + d, QStringLiteral("user"), QStringLiteral("Claire"), QStringLiteral("Martin"), QStringLiteral("Gérante"), 1'254'000);
        addBal(brasserie, QStringLiteral("hugo.bernard") + d, QStringLiteral("user"), QStringLiteral("Hugo"), QStringLiteral("Bernard"), QStringLiteral("Chef de cuisine"), 412'500);
        addBal(brasserie, QStringLiteral("lea.petit") + d, QStringLiteral("user"), QStringLiteral("Léa"), QStringLiteral("Petit"), QStringLiteral("Salle"), 88'000);
        addBal(brasserie, QStringLiteral("nina.roux") + d, QStringLiteral("user"), QStringLiteral("Nina"), QStringLiteral("Roux"), QStringLiteral("Comptable"), 1'960'000);
        addBal(brasserie, QStringLiteral("reservations") + d, QStringLiteral("user"), QStringLiteral("Réservations"), QString(), QString(), 730'000);
        addBal(brasserie, QStringLiteral("salle.privee") + d, QStringLiteral("room"), QStringLiteral("Salle privée"), QString(), QString(), 2'000);
        addBal(brasserie, QStringLiteral("projecteur") + d, QStringLiteral("equipment"), QStringLiteral("Projecteur"), QString(), QString(), 0);
        IkoulaBal &claire = brasserie.bals[QStringLiteral("claire.martin") + d];
        claire.fields.insert(QStringLiteral("aliases"), QJsonArray{QString(QStringLiteral("direction") + d)});
        IkoulaBal &nina = brasserie.bals[QStringLiteral("nina.roux") + d];
        nina.fields.insert(QStringLiteral("email_to_forward"), QString(QStringLiteral("claire.martin") + d));
        nina.fields.insert(QStringLiteral("deliver_bal_and_forward"), 1);
        nina.fields.insert(QStringLiteral("enable_pop"), 0);
        brasserie.lists.insert(QStringLiteral("equipe") + d, {QStringLiteral("equipe") + d, QStringLiteral("Toute l'équipe"), QStringLiteral("claire.martin") + d,
                                                              {QStringLiteral("claire.martin") + d, QStringLiteral("hugo.bernard") + d, QStringLiteral("lea.petit") + d}});
        brasserie.lists.insert(QStringLiteral("cuisine") + d, {QStringLiteral("cuisine") + d, QStringLiteral("Cuisine"), QStringLiteral("hugo.bernard") + d,
                                                               {QStringLiteral("hugo.bernard") + d}});
        brasserie.contacts.insert(QStringLiteral("4101"), {QStringLiteral("4101"), QStringLiteral("commandes@primeurs-du-marche.fr"), QStringLiteral("Primeurs du marché")});
        brasserie.contacts.insert(QStringLiteral("4102"), {QStringLiteral("4102"), QStringLiteral("expert@cabinet-morel.fr"), QStringLiteral("Expert-comptable")});
        addBal(atelier, QStringLiteral("contact@atelier-noir.fr"), QStringLiteral("user"), QStringLiteral("Atelier"), QStringLiteral("Noir"), QString(), 52'000);
        addBal(morel, QStringLiteral("p.morel@cabinet-morel.fr"), QStringLiteral("user"), QStringLiteral("Pierre"), QStringLiteral("Morel"), QStringLiteral("Associé"), 3'100'000);
    }
    IkoulaSubscription main{QStringLiteral("10442"), QStringLiteral("Exchange 2019 – 25 BAL"), QStringLiteral("active"), {brasserie, atelier}, {}};
    IkoulaSubscription lite{QStringLiteral("10587"), QStringLiteral("Exchange Lite – 5 BAL"), QStringLiteral("active"), {morel}, {}};
    const char *months[] = {"2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01"};
    int invoice = 8801;
    for (const char *month : months) {
        main.billing.append({{QStringLiteral("date"), QLatin1String(month)}, {QStringLiteral("label"), QStringLiteral("Exchange 2019 BAL")},
                             {QStringLiteral("quantity"), 9}, {QStringLiteral("amount"), QStringLiteral("44.91")},
                             {QStringLiteral("currency"), QStringLiteral("EUR")}, {QStringLiteral("invoice"), QStringLiteral("FA-2026-%1").arg(invoice++)}});
        lite.billing.append({{QStringLiteral("date"), QLatin1String(month)}, {QStringLiteral("label"), QStringLiteral("Exchange Lite BAL")},
                             {QStringLiteral("quantity"), 1}, {QStringLiteral("amount"), QStringLiteral("2.99")},
                             {QStringLiteral("currency"), QStringLiteral("EUR")}, {QStringLiteral("invoice"), QStringLiteral("FA-2026-%1").arg(invoice++)}});
    }
    data.subscriptions = {main, lite};
    return data;
}

} // namespace Sandbox
