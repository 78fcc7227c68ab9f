#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class ApiJob;

/// Counts the requests in flight and remembers the last error, for the status bar; can
/// cancel everything at once. A failure its caller shows itself (ApiJob::failureShownByCaller)
/// is not repeated; a later success clears the error, so an error never outlives its cause.
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
    /// The last request failed with `message`; empty when a request succeeded since.
    void errorOccurred(const QString &message);

private:
    QList<QPointer<ApiJob>> m_jobs;
    QString m_lastError;
};
