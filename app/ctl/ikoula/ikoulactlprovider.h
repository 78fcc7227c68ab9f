#pragma once

#include "app/ctl/registry/ctlprovider.h"

/// Ikoula Exchange's commands (CtlIkoula, which checks their options): subscriptions,
/// billing, mailboxes, lists, list members and contacts (wsexch, seed
/// 000_ff00a10b076e969b.txt), for an account given by --base-url, --user and --public-key.
class IkoulaCtlProvider final : public CtlProvider
{
public:
    [[nodiscard]] QString id() const override { return QStringLiteral("ikoula"); }
    [[nodiscard]] QString usage() const override;
    [[nodiscard]] QStringList commands() const override;
    [[nodiscard]] QString commandProblem(const QString &noun, const QString &verb) const override;
    [[nodiscard]] QString accountProblem(const CtlOptions &options) const override;
    [[nodiscard]] QStringList valueOptions() const override;
    [[nodiscard]] QStringList flagOptions() const override;
    bool readOptions(const QCommandLineParser &parser, CtlOptions &options, QString *error) const override;
    [[nodiscard]] std::unique_ptr<CtlCommand> makeCommand(const CtlOptions &options) const override;
};
