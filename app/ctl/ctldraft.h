#pragma once

#include "app/ctl/ctlcommand.h"
#include "app/ctl/ctloptions.h"
#include "core/accounts/account.h"
#include "core/credentials/credentialstore.h"
#include "core/drafts/draft.h"

#include <QNetworkAccessManager>

#include <memory>

class DraftApplier;
class DraftVerifier;
class Journal;
class OperationSender;
class ProviderConnection;

/// mailroomctl's draft commands of every provider: show, validate, apply (resumable through
/// the draft's journal) and verify. Emits finished() with the exit code (CtlCommand::ExitCode).
/// import-csv, Hostway's, is CtlImportCsv.
class CtlDraft final : public CtlCommand
{
    Q_OBJECT

public:
    explicit CtlDraft(CtlOptions options, QObject *parent = nullptr);
    ~CtlDraft() override;
    void start() override;

private:
    void show();
    void validate();
    void apply();
    void applyWith(const QString &password);
    /// The client of the draft's provider, with `password`, and a sender over it.
    [[nodiscard]] std::unique_ptr<OperationSender> makeSender(const QString &password);
    void applyFinished();
    /// Once every operation is done: deletes the draft's secrets from the keychain (their
    /// passwords were reported), then finishes with m_exitCode.
    void forgetSecretsAndFinish();
    /// Reads back every operation the journal says is done, prints the table, and finishes
    /// with `exitCode`, or 1 (refused) when any differs or cannot be checked.
    void verifyJournal(int exitCode);
    bool loadDraft();
    [[nodiscard]] Account draftAccount() const;

    CtlOptions m_options;
    CredentialStore m_credentials;
    QNetworkAccessManager m_nam;
    std::optional<Draft> m_draft;
    std::unique_ptr<ProviderConnection> m_connection;   ///< made by the draft's provider module
    std::unique_ptr<OperationSender> m_sender;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<DraftApplier> m_applier;
    std::unique_ptr<DraftVerifier> m_verifier;
    int m_exitCode = -1;   ///< set when the applier finished
    int m_passwordsKept = 0;        ///< generated passwords added to --passwords-out
    bool m_keychainWarned = false;
    bool m_passwordsLost = false;   ///< a password could not join --passwords-out: keep the keychain's
};
