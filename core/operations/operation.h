#pragma once

#include "core/net/httprequest.h"
#include "core/providers/hostway/hostwaytypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

/// A problem validate() found in an operation: which field and what is wrong (translated).
struct ValidationProblem
{
    QString field;
    QString message;
};

/// One change to a provider's data (create a mailbox, set a quota, ...). The same object is
/// behind a live edit, a draft entry, the request preview, the log line and the undo stack:
/// what is previewed is what is sent.
///
/// Operations hold no credentials, and toJson() never writes a secret: a password an
/// operation carries stays in memory (drafts keep it in the keychain, or "generate at apply").
class Operation
{
public:
    virtual ~Operation() = default;

    /// Stable identifier of the operation type in files, e.g. "hostway.mailbox.create".
    [[nodiscard]] virtual QString kind() const = 0;
    /// Checks the operation offline against the provider's documented rules.
    [[nodiscard]] virtual QList<ValidationProblem> validate() const = 0;
    /// One translated sentence for people: "Create mailbox sales@example.com (500 MB)".
    [[nodiscard]] virtual QString describe() const = 0;
    /// The exact request, without credentials. Call prepare() first.
    [[nodiscard]] virtual HttpRequest request(const Hostway::Endpoint &endpoint) const = 0;
    /// Secret-free JSON; fromJson(toJson()) gives an equal operation (minus secrets).
    [[nodiscard]] virtual QJsonObject toJson() const = 0;
    /// Last step before sending: e.g. generates a password asked to be generated.
    virtual void prepare() {}
    /// True when the operation removes data (the GUI confirms it by name).
    [[nodiscard]] virtual bool isDestructive() const { return false; }
    /// The object it changes, e.g. "mailbox:test.com/john.smith" (lower case): operations on
    /// the same object keep their order when a draft is applied in parallel.
    [[nodiscard]] virtual QString targetKey() const = 0;

    /// Reads an operation written by toJson(). On failure returns null and sets *error.
    [[nodiscard]] static std::unique_ptr<Operation> fromJson(const QJsonObject &json, QString *error);
};
