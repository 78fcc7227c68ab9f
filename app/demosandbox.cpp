#include "app/demosandbox.h"

#include "sandbox/sandboxserver.h"

DemoSandbox::DemoSandbox()
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

DemoSandbox::~DemoSandbox()
{
    if (m_anchor) {
        QMetaObject::invokeMethod(m_anchor, [this] {
            delete m_server;
            m_server = nullptr;
            delete m_anchor;
        }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

quint16 DemoSandbox::start()
{
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    quint16 port = 0;
    QMetaObject::invokeMethod(m_anchor, [this, &port] {
        m_server = new Sandbox::Server(Sandbox::Server::Data::Demo);
        port = m_server->listenLocal(0);
    }, Qt::BlockingQueuedConnection);
    return port;
}
