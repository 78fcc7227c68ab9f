#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class ApiJob;

/// Counts the requests in flight and remembers the last error, for the status bar; can
/// cancel everything at once.
class JobTracker final : public QObject
{
    Q_OBJECT

public:
    explicit JobTracker(QObject *parent = nullptr);

    /// Follows `job` until it finishes.
    void track(ApiJob *job);
    [[nodiscard]] int inFlight() const { return static_cast<int>(m_jobs.size()); }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    /// Cancels every request in flight.
    void cancelAll();

Q_SIGNALS:
    void inFlightChanged(int count);
    void errorOccurred(const QString &message);

private:
    QList<QPointer<ApiJob>> m_jobs;
    QString m_lastError;
};
