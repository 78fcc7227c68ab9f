#pragma once

#include "app/ctl/registry/ctlprovider.h"

/// Hostway's commands: domain show, mailboxes list, mailbox show|create|set|delete (CtlRunner);
/// mailbox stats, exchange stats, forwards list|add|remove, autoresponder show|set|off,
/// spamfilter show|set, blackwhitelist list|add|remove (CtlMailboxSettings), for an account given by --base-url, --account and --user (Hostway Email API, seed 003_aa31f808b2178cb3.txt).
class HostwayCtlProvider final : public CtlProvider
{
public:
    [[nodiscard]] QString id() const override { return QStringLiteral("hostway"); }
    [[nodiscard]] QString usage() const override;
    [[nodiscard]] QStringList commands() const override;
    [[nodiscard]] QString commandProblem(const QString &noun, const QString &verb) const override;
    [[nodiscard]] QString accountProblem(const CtlOptions &options) const override;
    /// None with --owner: a mailbox owner's calls have no {account} (seed 003 sections 93-115).
    [[nodiscard]] QString accountId(const CtlOptions &options) const override;
    /// A mailbox owner's kind with --owner (or an owner's --profile): Hostway::MailboxOwner.
    [[nodiscard]] QString accountKind(const CtlOptions &options) const override;
    [[nodiscard]] QStringList valueOptions() const override;
    [[nodiscard]] QStringList flagOptions() const override;
    [[nodiscard]] bool takesArguments(const QString &command) const override;
    [[nodiscard]] bool writesCsv(const QString &command) const override;
    bool readOptions(const QCommandLineParser &parser, CtlOptions &options, QString *error) const override;
    [[nodiscard]] std::unique_ptr<CtlCommand> makeCommand(const CtlOptions &options) const override;
};
