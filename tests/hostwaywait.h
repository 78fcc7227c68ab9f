#pragma once

#include "core/net/apijob.h"
#include "core/providers/hostway/hostwayclient.h"

#include <QTest>

#include <memory>

#include <utility>

/// Sends `request` through `client` and waits for the answer (10 s at most): {HTTP status,
/// error}; {-2, a Timeout error} when none came.
inline std::pair<int, ApiError> sendAndWait(HostwayClient *client, const HttpRequest &request, QObject *context)
{
    // Shared, not on this stack: an answer after the timeout must not write to a dead frame.
    struct State
    {
        int status = -1;
        ApiError error;
        bool done = false;
    };
    auto state = std::make_shared<State>();
    client->send(request, context, [state](ApiJob *job) {
        state->status = job->httpStatus();
        state->error = job->error();
        state->done = true;
    });
    if (!QTest::qWaitFor([state] { return state->done; }, 10000))
        return {-2, ApiError(ApiError::Kind::Timeout, QStringLiteral("test timeout"))};
    return {state->status, state->error};
}

/// Calls `fetch(done)` with a callback that keeps its value, and waits (10 s at most):
/// {error, value}; a Timeout error when no answer came.
template<typename T, typename Fetch>
std::pair<ApiError, T> fetchAndWait(Fetch fetch)
{
    struct State
    {
        std::pair<ApiError, T> result{ApiError(ApiError::Kind::Timeout, QStringLiteral("test timeout")), T()};
        bool done = false;
    };
    auto state = std::make_shared<State>();   // outlives a timeout, as in sendAndWait()
    fetch([state](const ApiError &error, const T &value) {
        state->result = {error, value};
        state->done = true;
    });
    (void)QTest::qWaitFor([state] { return state->done; }, 10000);
    return state->result;
}
