#pragma once

#include "app/ctl/ctlcommand.h"
#include "app/ctl/ctloptions.h"
#include "core/accounts/account.h"
#include "core/credentials/credentialstore.h"

#include <QNetworkAccessManager>

#include <memory>

class ApiError;
class IceClient;
class IceSettingsStore;

/// mailroomctl's ICE commands (seed 001): `server-settings show` prints the settings Mailroom
/// last sent for a skill (ICE cannot be read back; passwords only as set/not set);
/// `server-settings set` merges the given options into them, validates, sends
/// UpdateEmailServer and remembers the result. Emits finished() with the exit code.
class CtlIce final : public CtlCommand
{
    Q_OBJECT

public:
    explicit CtlIce(CtlOptions options, QObject *parent = nullptr);
    ~CtlIce() override;
    void start() override;

private:
    void show();
    void set(const QString &password);
    void usage(const QString &text);

    CtlOptions m_options;
    Account m_account;
    int m_skill = 0;
    CredentialStore m_credentials;
    QNetworkAccessManager m_nam;
    std::unique_ptr<IceSettingsStore> m_store;
    std::unique_ptr<IceClient> m_client;
};
