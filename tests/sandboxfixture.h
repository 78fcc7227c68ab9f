#pragma once

#include "sandbox/sandboxserver.h"

#include <QUrl>

#include <memory>

/// A sandbox on a free loopback port for the length of a test: the client under test talks
/// to it over real HTTP.
class SandboxFixture
{
public:
    /// `port` 0 picks a free one; a given port restarts a sandbox where an earlier one was.
    explicit SandboxFixture(Sandbox::Server::Data data = Sandbox::Server::Data::Demo, quint16 port = 0)
        : m_server(std::make_unique<Sandbox::Server>(data))
    {
        m_port = m_server->listenLocal(port);
    }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] bool isListening() const { return m_port != 0; }
    [[nodiscard]] QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    [[nodiscard]] Sandbox::Server *server() const { return m_server.get(); }

    static QString accountId() { return QStringLiteral("test-account123"); }
    static QString user() { return QStringLiteral("admin"); }
    static QString password() { return QStringLiteral("sandbox"); }

private:
    std::unique_ptr<Sandbox::Server> m_server;
    quint16 m_port = 0;
};
