#pragma once

#include "sandbox/faults.h"
#include "sandbox/sandboxexchange.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QHostAddress>

#include <functional>
#include <memory>

namespace Sandbox {

class HostwaySimulator;
class WebitelSimulator;
class IkoulaSimulator;
class IceSimulator;

/// The provider simulator's HTTP front: parses each request, hands it to the simulator that
/// owns its path (Hostway: /accounts, /email, /orders; Webitel: /login, /api/v2; Ikoula:
/// /wsexch; ICE: /ICEAPI/api) and writes
/// the answer back.
/// Unknown paths answer 404 with no body.
class Server final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    enum class Data { Demo, Empty };

    explicit Server(Data data = Data::Demo, QObject *parent = nullptr);
    ~Server() override;

    /// Listens on 127.0.0.1; port 0 picks a free one. Returns the port, 0 on failure.
    quint16 listenLocal(quint16 port = 0);

    /// The Webitel simulator (tests shorten or expire its tokens).
    [[nodiscard]] WebitelSimulator *webitel() const { return m_webitel.get(); }
    /// The ICE simulator (tests read what it received: ICE has no read call).
    [[nodiscard]] IceSimulator *ice() const { return m_ice.get(); }

    /// Adds to Hostway's demo account the domain `name` with `count` generated mailboxes
    /// (HostwayData::generateDomain), for large-domain tests and benchmarks.
    void generateHostwayDomain(const QString &name, int count);
    /// How long a submitted Hostway Exchange order takes to complete, in seconds (0: at once).
    void setHostwayOrderSeconds(int seconds);
    /// Number of requests served so far (all simulators).
    [[nodiscard]] int requestCount() const { return m_requestCount; }
    /// Answers each request this many milliseconds late (a slow provider, for tests that
    /// interrupt work in the middle). 0 answers at once.
    void setDelayMs(int delayMs) { m_delayMs = delayMs; }
    /// Injects `faults` into the requests from now on (see Faults); an empty one stops.
    void setFaults(Faults faults) { m_faults = std::move(faults); }
    /// Appends a line "METHOD PATH STATUS" (then " dropped" when a fault kept the answer from
    /// the client) for every request a simulator handled, flushed at once, to `path`: tests
    /// read from it what reached the provider, and how often. Empty stops.
    bool setRequestLog(const QString &path);
    /// Calls `observer` with every request a simulator is about to handle, as it arrived
    /// (method, path, query, headers, body): tests compare it with what the client previewed.
    /// Empty stops.
    void setRequestObserver(std::function<void(const Request &request)> observer) { m_observer = std::move(observer); }
    /// Requests handled and then dropped unanswered by a drop-after-apply fault so far.
    [[nodiscard]] int droppedAfterApply() const { return m_droppedAfterApply; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    std::unique_ptr<HostwaySimulator> m_hostway;
    std::unique_ptr<WebitelSimulator> m_webitel;
    std::unique_ptr<IkoulaSimulator> m_ikoula;
    std::unique_ptr<IceSimulator> m_ice;
    int m_requestCount = 0;
    int m_delayMs = 0;
    Faults m_faults;
    std::unique_ptr<QFile> m_log;
    std::function<void(const Request &)> m_observer;
    int m_droppedAfterApply = 0;
};

} // namespace Sandbox
