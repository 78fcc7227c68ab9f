#include "core/net/jobtracker.h"

#include "core/net/apijob.h"

JobTracker::JobTracker(QObject *parent)
    : QObject(parent)
{
}

void JobTracker::track(ApiJob *job)
{
    m_jobs.append(job);
    Q_EMIT inFlightChanged(inFlight());
    connect(job, &ApiJob::finished, this, [this](ApiJob *done) {
        m_jobs.removeAll(done);
        m_jobs.removeAll(nullptr);
        if (!done->error().isError()) {
            if (!m_lastError.isEmpty()) {   // the last error is past: say so
                m_lastError.clear();
                Q_EMIT errorOccurred(m_lastError);
            }
        } else if (done->error().kind() != ApiError::Kind::Cancelled && !done->failureShownByCaller()) {
            m_lastError = done->error().message();
            Q_EMIT errorOccurred(m_lastError);
        }
        Q_EMIT inFlightChanged(inFlight());
    });
}

void JobTracker::cancelAll()
{
    const auto jobs = m_jobs;
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            job->cancel();
    }
}
