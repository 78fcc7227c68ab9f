#include "sandbox/sandboxserver.h"

#include "sandbox/hostwaysimulator.h"
#include "sandbox/icesimulator.h"
#include "sandbox/ikoulasimulator.h"
#include "sandbox/sandboxexchange.h"
#include "sandbox/webitelsimulator.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Sandbox {

Server::Server(Data data, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_hostway(std::make_unique<HostwaySimulator>(data == Data::Demo))
    , m_webitel(std::make_unique<WebitelSimulator>(data == Data::Demo))
    , m_ikoula(std::make_unique<IkoulaSimulator>(data == Data::Demo))
    , m_ice(std::make_unique<IceSimulator>())
{
}

Server::~Server() = default;

bool Server::setRequestLog(const QString &path)
{
    m_log.reset();
    if (path.isEmpty())
        return true;
    m_log = std::make_unique<QFile>(path);
    if (!m_log->open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_log.reset();
        return false;
    }
    return true;
}

void Server::generateHostwayDomain(const QString &name, int count)
{
    m_hostway->generateDomain(name, count);
}

void Server::setHostwayOrderSeconds(int seconds)
{
    m_hostway->setOrderSeconds(seconds);
}

quint16 Server::listenLocal(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

static QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    default: return QByteArrayLiteral("OTHER");
    }
}

/// Closes `socket` once the server is done with the current request: no answer at all.
static void dropConnection(QTcpSocket *socket)
{
    QTimer::singleShot(0, socket, [socket = QPointer<QTcpSocket>(socket)] {
        if (socket)
            socket->abort();
    });
}

bool Server::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    ++m_requestCount;
    const Faults::Decision fault = m_faults.next(methodName(httpRequest.method()));
    if (fault.kind == Faults::Kind::Reset) {
        dropConnection(socket);
        return true;
    }
    if (fault.kind == Faults::Kind::Status) {
        QHttpServerResponder responder = makeResponder(httpRequest, socket);
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(fault.value));
        responder.writeHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArrayLiteral("0"));
        responder.writeBody(QByteArray());
        return true;
    }
    Request request;
    request.method = methodName(httpRequest.method());
    request.path = httpRequest.url().path();
    request.query = httpRequest.query();
    request.authorization = httpRequest.value(QByteArrayLiteral("Authorization"));
    request.body = httpRequest.body();
    request.headers = httpRequest.headers();
    request.origin = QStringLiteral("http://%1:%2")
                         .arg(socket->localAddress().toString())
                         .arg(socket->localPort());

    if (m_observer)
        m_observer(request);
    Response response = Response::empty(404);
    if (HostwaySimulator::owns(request.path))
        response = m_hostway->handle(request);
    else if (WebitelSimulator::owns(request.path))
        response = m_webitel->handle(request);
    else if (IkoulaSimulator::owns(request.path))
        response = m_ikoula->handle(request);
    else if (IceSimulator::owns(request.path))
        response = m_ice->handle(request);

    if (m_log) {
        m_log->write(request.method + ' ' + request.path.toUtf8() + ' ' + QByteArray::number(response.status)
                     + (fault.kind == Faults::Kind::DropAfterApply ? " dropped\n" : "\n"));
        m_log->flush();
    }
    if (fault.kind == Faults::Kind::DropAfterApply) {
        ++m_droppedAfterApply;
        dropConnection(socket);
        return true;
    }

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(httpRequest, socket));
    const auto write = [responder, response, socket = QPointer<QTcpSocket>(socket)] {
        if (!socket)
            return;   // the client went away meanwhile
        responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        for (const auto &header : std::as_const(response.headers))
            responder->writeHeader(header.first, header.second);
        responder->writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
        responder->writeBody(response.body);
    };
    const int delayMs = m_delayMs + (fault.kind == Faults::Kind::Delay ? fault.value : 0);
    if (delayMs > 0)
        QTimer::singleShot(delayMs, this, write);
    else
        write();
    return true;
}

void Server::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace Sandbox
