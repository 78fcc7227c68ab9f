#pragma once

#include "app/ctl/registry/ctlprovider.h"

/// Webitel's commands (CtlWebitel): server-settings show|set|delete|test of a domain (seed
/// 004_ccfa19ff1fa62297.txt), for an account given by --base-url and --user.
class WebitelCtlProvider final : public CtlProvider
{
public:
    [[nodiscard]] QString id() const override { return QStringLiteral("webitel"); }
    [[nodiscard]] QString usage() const override;
    [[nodiscard]] QStringList commands() const override;
    [[nodiscard]] QString commandProblem(const QString &noun, const QString &verb) const override;
    [[nodiscard]] QString accountProblem(const CtlOptions &options) const override;
    bool readOptions(const QCommandLineParser &parser, CtlOptions &options, QString *error) const override;
    [[nodiscard]] std::unique_ptr<CtlCommand> makeCommand(const CtlOptions &options) const override;
};
