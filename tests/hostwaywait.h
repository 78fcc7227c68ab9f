#pragma once

#include "core/net/apijob.h"
#include "core/providers/hostway/hostwayclient.h"

#include <QTest>

#include <utility>

/// Sends `request` through `client` and waits for the answer (10 s at most): {HTTP status,
/// error}; {-2, a Timeout error} when none came.
inline std::pair<int, ApiError> sendAndWait(HostwayClient *client, const HttpRequest &request, QObject *context)
{
    int status = -1;
    ApiError error;
    bool done = false;
    client->send(request, context, [&](ApiJob *job) {
        status = job->httpStatus();
        error = job->error();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return {-2, ApiError(ApiError::Kind::Timeout, QStringLiteral("test timeout"))};
    return {status, error};
}

/// Calls `fetch(done)` with a callback that keeps its value, and waits (10 s at most):
/// {error, value}; a Timeout error when no answer came.
template<typename T, typename Fetch>
std::pair<ApiError, T> fetchAndWait(Fetch fetch)
{
    std::pair<ApiError, T> result{ApiError(ApiError::Kind::Timeout, QStringLiteral("test timeout")), T()};
    bool done = false;
    fetch([&](const ApiError &error, const T &value) {
        result = {error, value};
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return result;
}
