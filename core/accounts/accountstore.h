#pragma once

#include "core/accounts/account.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QSettings;

/// The accounts the user has added, persisted in QSettings (group "accounts"), or in memory
/// only when constructed without settings (the demo). Never stores a password.
class AccountStore final : public QObject
{
    Q_OBJECT

public:
    /// `settings` may be null (memory only); it is not owned.
    explicit AccountStore(QSettings *settings, QObject *parent = nullptr);

    [[nodiscard]] const QList<Account> &accounts() const { return m_accounts; }
    [[nodiscard]] std::optional<Account> find(const QString &id) const;
    /// The account whose display name is `name` (case-insensitive), for --profile.
    [[nodiscard]] std::optional<Account> findByName(const QString &name) const;

    /// Adds `account`, giving it an id when it has none; returns the id.
    QString add(Account account);
    void update(const Account &account);
    void remove(const QString &id);
    /// Adds `domain` (lower-cased) to the account, once.
    void addDomain(const QString &id, const QString &domain);
    void removeDomain(const QString &id, const QString &domain);

Q_SIGNALS:
    void accountAdded(const QString &id);
    void accountChanged(const QString &id);
    void accountRemoved(const QString &id);

private:
    void load();
    void save() const;
    [[nodiscard]] int indexOf(const QString &id) const;

    QSettings *m_settings = nullptr;
    QList<Account> m_accounts;
};
