#pragma once

#include "app/ctl/ctlcommand.h"
#include "app/ctl/ctloptions.h"
#include "core/credentials/credentialstore.h"

#include <QNetworkAccessManager>

#include <memory>

class WebitelClient;

/// mailroomctl's server-settings commands for Webitel (seed 004): show, set (create or
/// update, merging the given fields into what is there), delete, test. The SMTP password is
/// never printed: show says only whether one is set. Emits finished() with the exit code.
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
    CredentialStore m_credentials;
    QNetworkAccessManager m_nam;
    std::unique_ptr<WebitelClient> m_client;
};
