#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QList>

#include <optional>

namespace Sandbox {

/// Seeded, reproducible faults the sandbox injects into its answers, for the tests' fault and
/// kill runs and the demo (`mailroom-sandbox --faults SPEC --seed N`). The seeds document no
/// failure behaviour at all: these are the ways a real network and a real provider fail, not
/// a reading of the documentation.
///
/// SPEC is a comma-separated list of `name=value`, each with a probability from 0 to 1 per
/// request (their sum at most 1); one draw per request picks at most one fault:
/// - `status=503:0.10`: answers that status (with `Retry-After: 1`) without handling it;
/// - `reset=0.05`: closes the connection before the request is handled (nothing applied);
/// - `drop-after-apply=0.05`: handles the request, then closes without answering (applied,
///   but the client never hears it);
/// - `delay=3000:0.05`: answers this many milliseconds late;
/// - `only=changes`: draws for PUT, POST and DELETE only (reads always answer).
class Faults final
{
public:
    enum class Kind { None, Status, Reset, DropAfterApply, Delay };

    /// What to do with one request.
    struct Decision
    {
        Kind kind = Kind::None;
        int value = 0;   ///< the HTTP status for Status, milliseconds for Delay
    };

    /// No faults.
    Faults() = default;
    /// Reads SPEC (see the class); nullopt and *error for anything else.
    static std::optional<Faults> parse(const QString &spec, QString *error);

    /// Restarts the sequence of draws: the same seed gives the same faults in the same order.
    void setSeed(quint32 seed) { m_random.seed(seed); }
    [[nodiscard]] bool isEmpty() const { return m_rules.isEmpty(); }
    /// Draws the fault of the next request, made with `method`.
    Decision next(const QByteArray &method = QByteArrayLiteral("PUT"));

private:
    struct Rule
    {
        Kind kind;
        double probability;
        int value;
    };
    QList<Rule> m_rules;
    bool m_changesOnly = false;
    QRandomGenerator m_random{1};
};

} // namespace Sandbox
