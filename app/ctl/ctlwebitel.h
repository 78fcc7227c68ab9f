#pragma once

#include "app/ctl/ctloptions.h"
#include "core/credentials/credentialstore.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

class WebitelClient;

/// mailroomctl's server-settings commands for Webitel (seed 004): show, set (create or
/// update, merging the given fields into what is there), delete, test. The SMTP password is
/// never printed: show says only whether one is set. Emits finished() with the exit code.
class CtlWebitel final : public QObject
{
    Q_OBJECT

public:
    explicit CtlWebitel(CtlOptions options, QObject *parent = nullptr);
    ~CtlWebitel() override;
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void run(const QString &password);
    void fail(const class ApiError &error);
    void finish(int code);

    CtlOptions m_options;
    CredentialStore m_credentials;
    QNetworkAccessManager m_nam;
    std::unique_ptr<WebitelClient> m_client;
    bool m_finished = false;
};
