#pragma once

#include "app/ctl/ctlcommand.h"
#include "app/ctl/ctloptions.h"
#include "core/accounts/account.h"
#include "core/credentials/credentialstore.h"

#include <QNetworkAccessManager>

#include <memory>

class Operation;
class WebitelClient;

/// mailroomctl's server-settings commands for Webitel (seed 004): show, set (create or
/// update, merging the given fields into what is there), delete, test. The SMTP password is
/// never printed: show says only whether one is set. With --draft FILE, set, delete and test
/// are added to a draft (set still reads the current settings to merge into). Emits finished() with the exit code.
class CtlWebitel final : public CtlCommand
{
    Q_OBJECT

public:
    explicit CtlWebitel(CtlOptions options, QObject *parent = nullptr);
    ~CtlWebitel() override;
    void start() override;

private:
    void run(const QString &password);
    void fail(const class ApiError &error);

    CtlOptions m_options;
    Account m_account;
    CredentialStore m_credentials;
    QNetworkAccessManager m_nam;
    std::unique_ptr<WebitelClient> m_client;
};
