#include "core/accounts/provider.h"

const QList<Provider> &Provider::all()
{
    // Names are translated when first used, after the translators are installed.
    static const QList<Provider> providers = [] {
        QList<Provider> out;
        Provider hostway;
        hostway.id = QStringLiteral("hostway");
        hostway.name = tr("Hostway Email API");
        hostway.icon = QStringLiteral(":/icons/provider-hostway.svg");
        hostway.defaultBaseUrl = QStringLiteral("https://api.hostway.com");
        hostway.capabilities = Mailboxes | Drafts;
        hostway.needsAccountId = true;
        hostway.userAddsDomains = true;
        out.append(hostway);

        Provider ikoula;
        ikoula.id = QStringLiteral("ikoula");
        ikoula.name = tr("Ikoula Exchange");
        ikoula.icon = QStringLiteral(":/icons/provider-ikoula.svg");
        ikoula.defaultBaseUrl = QStringLiteral("https://api.ikoula.com");
        ikoula.capabilities = Mailboxes | Drafts | DistributionLists | Contacts | Subscriptions | Billing;
        ikoula.needsPublicKey = true;
        out.append(ikoula);

        Provider ice;
        ice.id = QStringLiteral("ice");
        ice.name = tr("ICE EmailAdmin");
        ice.icon = QStringLiteral(":/icons/provider-ice.svg");
        ice.defaultBaseUrl = QStringLiteral("https://www.enterice.com");
        ice.capabilities = ServerSettings | Drafts;
        ice.needsAccountId = true;
        ice.userAddsDomains = true;
        out.append(ice);

        Provider webitel;
        webitel.id = QStringLiteral("webitel");
        webitel.name = tr("Webitel email settings");
        webitel.icon = QStringLiteral(":/icons/provider-webitel.svg");
        webitel.defaultBaseUrl = QStringLiteral("https://app.webitel.com/engine");
        webitel.capabilities = ServerSettings | ReadSettingsBack | Drafts;
        webitel.userAddsDomains = true;
        out.append(webitel);
        return out;
    }();
    return providers;
}

const Provider &Provider::of(const QString &id)
{
    for (const Provider &p : all()) {
        if (p.id == id)
            return p;
    }
    return all().constFirst();
}
