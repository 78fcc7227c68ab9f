#pragma once

#include "core/accounts/provider.h"
#include "core/operations/operation.h"
#include "core/registry/providermodule.h"

/// A fifth provider that exists only in the tests, "testmail": one change (set a mailbox's
/// quota, PUT {base}/mailboxes/{name} with {"quotaMb": N}, HTTP Basic), and an account id that
/// must start with "tm-". No shared file knows it: it comes in through ProviderRegistry::add().
class TestMailModule final : public ProviderModule
{
public:
    TestMailModule();

    [[nodiscard]] const Provider &descriptor() const override { return m_descriptor; }
    [[nodiscard]] std::unique_ptr<ProviderConnection> connect(const Account &account,
                                                              const ConnectionContext &context) const override;
    [[nodiscard]] QStringList accountProblems(const Account &account) const override;
    /// Reads a TestMailQuota ({"kind": "testmail.quota.set", "name", "quotaMb"}).
    [[nodiscard]] std::unique_ptr<Operation> readOperation(const QJsonObject &json, QString *error) const override;

    /// The message accountProblems() gives for an account id without "tm-".
    static QString accountIdProblem();

private:
    Provider m_descriptor;
};

/// testmail's one operation: the quota of mailbox `name`, 1 to 1000 MB.
class TestMailQuota final : public Operation
{
public:
    TestMailQuota(QString name, int quotaMb) : m_name(std::move(name)), m_quotaMb(quotaMb) {}

    [[nodiscard]] QString kind() const override { return QStringLiteral("testmail.quota.set"); }
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] HttpRequest request(const ApiEndpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    [[nodiscard]] QString targetKey() const override { return m_name; }
    [[nodiscard]] OperationTarget target() const override { return {OperationTarget::Kind::Mailbox, m_name.toLower()}; }

private:
    QString m_name;
    int m_quotaMb;
};
