#pragma once

#include "app/ctl/ctlcommand.h"
#include "app/ctl/ctloptions.h"
#include "core/credentials/credentialstore.h"

#include <QNetworkAccessManager>

#include <memory>

class HostwayClient;
struct Draft;

/// mailroomctl draft import-csv --kind mailboxes: a draft of Hostway mailbox creations from a
/// CSV file (MailboxCsvImport), checked against the domain's mailboxes when the account's
/// password is at hand (without it, at apply time). Passwords of the file go to the keychain
/// under the draft's id before the draft is written; a bad row imports nothing. With --kind
/// contacts: contact creations (ContactCsv), checked against the domain's address list when
/// the password is at hand.
class CtlImportCsv final : public CtlCommand
{
    Q_OBJECT

public:
    explicit CtlImportCsv(CtlOptions options, QObject *parent = nullptr);
    ~CtlImportCsv() override;
    void start() override;

private:
    void importWith(const QString &password);
    /// --kind contacts: reads the address list (with a password), then the file.
    void importContacts(const QByteArray &csv, std::shared_ptr<Draft> draft);
    /// Prints each bad row of the file (its line and why), then that nothing was imported; exit 1.
    template<typename Problems>
    void refuseRows(const Problems &problems);
    void saveImported(std::shared_ptr<Draft> draft, QList<QPair<QString, QString>> secrets);

    CtlOptions m_options;
    CredentialStore m_credentials;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HostwayClient> m_client;   ///< for the domain's snapshot
};
