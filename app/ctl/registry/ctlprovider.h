#pragma once

#include "app/ctl/ctloptions.h"

#include <QString>
#include <QStringList>

#include <memory>

class CtlCommand;
class QCommandLineParser;

/// One provider's side of mailroomctl: its commands, its section of --help, what an account
/// of it needs on the command line, the checks of its commands' options, and the command
/// that runs them. CtlProviders lists one per provider; parseCtlOptions() and main() ask the
/// account's and never compare provider ids themselves. The draft and log commands are
/// every provider's and are not here.
class CtlProvider
{
public:
    virtual ~CtlProvider() = default;

    /// The provider id (Account::provider) whose commands these are.
    [[nodiscard]] virtual QString id() const = 0;
    /// Its section of --help: the options its account needs, then its commands.
    [[nodiscard]] virtual QString usage() const = 0;
    /// Every command it offers, as "noun verb".
    [[nodiscard]] virtual QStringList commands() const = 0;
    /// Why `noun verb` (a command of mailroomctl) is not one of its, naming the ones it has.
    [[nodiscard]] virtual QString commandProblem(const QString &noun, const QString &verb) const = 0;
    /// What the command line lacks for an account of it given without --profile; empty when
    /// nothing does.
    [[nodiscard]] virtual QString accountProblem(const CtlOptions &options) const = 0;
    /// The account id given on the command line (--account; ICE: --organisation).
    [[nodiscard]] virtual QString accountId(const CtlOptions &options) const { return options.accountId; }
    /// The kind of account the command line signs in as (Account::kind; Hostway: --owner, a
    /// mailbox's owner); empty for the provider's default.
    [[nodiscard]] virtual QString accountKind(const CtlOptions &options) const { Q_UNUSED(options) return {}; }
    /// True when its command `command` ("noun verb") takes words after it (CtlOptions::arguments),
    /// such as Hostway's `spamfilter set FIELD=VALUE...`.
    [[nodiscard]] virtual bool takesArguments(const QString &command) const { Q_UNUSED(command) return false; }
    /// True when `command` ("noun verb") writes CSV with --format csv (a list); false by default.
    [[nodiscard]] virtual bool writesCsv(const QString &command) const { Q_UNUSED(command) return false; }
    /// The options of its own that take a value (without "--"), read into CtlOptions::values.
    [[nodiscard]] virtual QStringList valueOptions() const { return {}; }
    /// Its own options without a value, read into CtlOptions::flags.
    [[nodiscard]] virtual QStringList flagOptions() const { return {}; }
    /// Reads and checks the options its commands take into `options`; false and *error on a
    /// usage error (exit code 2).
    virtual bool readOptions(const QCommandLineParser &parser, CtlOptions &options, QString *error) const = 0;
    /// The command `options` names (one of commands()).
    [[nodiscard]] virtual std::unique_ptr<CtlCommand> makeCommand(const CtlOptions &options) const = 0;

protected:
    /// Reads --smtp-user and --smtp-password-stdin, which the server settings commands take.
    static void readSmtpOptions(const QCommandLineParser &parser, CtlOptions &options);
};
