#pragma once

#include <QThread>

namespace Sandbox {
class Server;
}

/// The provider sandbox embedded in `mailroom --demo`, serving on a free loopback port from
/// its own thread so the GUI thread never serves requests.
class DemoSandbox final
{
public:
    DemoSandbox();
    ~DemoSandbox();
    DemoSandbox(const DemoSandbox &) = delete;
    DemoSandbox &operator=(const DemoSandbox &) = delete;

    /// Starts the thread and the server; returns the port, 0 on failure.
    quint16 start();

private:
    QThread m_thread;
    QObject *m_anchor = nullptr;   ///< lives in m_thread; the server is created through it
    Sandbox::Server *m_server = nullptr;
};
