#include "core/accounts/accountstore.h"

#include "core/accounts/provider.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

AccountStore::AccountStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    load();
}

void AccountStore::load()
{
    if (!m_settings)
        return;
    // The array's size is read from the file: a damaged one may claim billions of entries.
    // Only as many as the file holds groups for are read.
    m_settings->beginGroup(QStringLiteral("accounts"));
    const qsizetype present = m_settings->childGroups().size();
    m_settings->endGroup();
    const int count = int(std::min<qsizetype>(m_settings->beginReadArray(QStringLiteral("accounts")), present));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Account a;
        a.id = m_settings->value(QStringLiteral("id")).toString();
        a.provider = m_settings->value(QStringLiteral("provider"), QStringLiteral("hostway")).toString();
        a.displayName = m_settings->value(QStringLiteral("displayName")).toString();
        a.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
        a.accountId = m_settings->value(QStringLiteral("accountId")).toString();
        a.userName = m_settings->value(QStringLiteral("userName")).toString();
        a.domains = m_settings->value(QStringLiteral("domains")).toStringList();
        a.publicKeyPem = m_settings->value(QStringLiteral("publicKey")).toByteArray();
        // "iceFieldNames" is where earlier versions kept ICE's, the only provider with spellings.
        a.fieldSpelling = m_settings->value(QStringLiteral("fieldSpelling"), m_settings->value(QStringLiteral("iceFieldNames"))).toString();
        a.kind = m_settings->value(QStringLiteral("kind")).toString();
        if (!a.id.isEmpty())
            m_accounts.append(a);
    }
    m_settings->endArray();
}

void AccountStore::save() const
{
    if (!m_settings)
        return;
    m_settings->remove(QStringLiteral("accounts"));
    m_settings->beginWriteArray(QStringLiteral("accounts"), static_cast<int>(m_accounts.size()));
    for (int i = 0; i < m_accounts.size(); ++i) {
        const Account &a = m_accounts.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), a.id);
        m_settings->setValue(QStringLiteral("provider"), a.provider);
        m_settings->setValue(QStringLiteral("displayName"), a.displayName);
        m_settings->setValue(QStringLiteral("baseUrl"), a.baseUrl.toString());
        m_settings->setValue(QStringLiteral("accountId"), a.accountId);
        m_settings->setValue(QStringLiteral("userName"), a.userName);
        m_settings->setValue(QStringLiteral("domains"), a.domains);
        if (!a.publicKeyPem.isEmpty())
            m_settings->setValue(QStringLiteral("publicKey"), a.publicKeyPem);
        if (!a.fieldSpelling.isEmpty())
            m_settings->setValue(QStringLiteral("fieldSpelling"), a.fieldSpelling);
        if (!a.kind.isEmpty())
            m_settings->setValue(QStringLiteral("kind"), a.kind);
    }
    m_settings->endArray();
    m_settings->sync();
}

int AccountStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<Account> AccountStore::find(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? std::nullopt : std::optional<Account>(m_accounts.at(i));
}

std::optional<Account> AccountStore::findByName(const QString &name) const
{
    for (const Account &a : m_accounts) {
        if (a.displayName.compare(name, Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

QString AccountStore::add(Account account)
{
    if (account.id.isEmpty())
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_accounts.append(account);
    save();
    Q_EMIT accountAdded(account.id);
    return account.id;
}

void AccountStore::update(const Account &account)
{
    const int i = indexOf(account.id);
    if (i < 0)
        return;
    m_accounts[i] = account;
    save();
    Q_EMIT accountChanged(account.id);
}

void AccountStore::remove(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    m_accounts.removeAt(i);
    save();
    Q_EMIT accountRemoved(id);
}

void AccountStore::addDomain(const QString &id, const QString &domain)
{
    const int i = indexOf(id);
    const QString name = domain.trimmed().toLower();
    if (i < 0 || name.isEmpty() || m_accounts.at(i).domains.contains(name))
        return;
    m_accounts[i].domains.append(name);
    save();
    Q_EMIT accountChanged(id);
}

void AccountStore::removeDomain(const QString &id, const QString &domain)
{
    const int i = indexOf(id);
    if (i < 0 || !m_accounts[i].domains.removeOne(domain))
        return;
    save();
    Q_EMIT accountChanged(id);
}
