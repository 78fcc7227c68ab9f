#pragma once

#include "app/ctl/registry/ctlprovider.h"

/// ICE EmailAdmin's commands (CtlIce, which checks their options): server-settings show|set
/// of a skill (seed 001_15ceedbe4445e338.txt), for an account given by --base-url,
/// --organisation and --user.
class IceCtlProvider final : public CtlProvider
{
public:
    [[nodiscard]] QString id() const override { return QStringLiteral("ice"); }
    [[nodiscard]] QString usage() const override;
    [[nodiscard]] QStringList commands() const override;
    [[nodiscard]] QString commandProblem(const QString &noun, const QString &verb) const override;
    [[nodiscard]] QString accountProblem(const CtlOptions &options) const override;
    /// ICE's organisation id, --organisation.
    [[nodiscard]] QString accountId(const CtlOptions &options) const override { return options.organisation; }
    [[nodiscard]] QStringList valueOptions() const override;
    [[nodiscard]] QStringList flagOptions() const override;
    /// Also --ice-field-names, the account's spelling of ICE's fields (example or table).
    bool readOptions(const QCommandLineParser &parser, CtlOptions &options, QString *error) const override;
    [[nodiscard]] std::unique_ptr<CtlCommand> makeCommand(const CtlOptions &options) const override;
};
