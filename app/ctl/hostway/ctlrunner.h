#pragma once

#include "app/ctl/hostway/ctlhostwaycommand.h"

#include <memory>

class ApiError;
class HostwayClient;
class Operation;

/// Runs Hostway's domain and mailbox commands of mailroomctl (the account and client from
/// CtlHostwayCommand): sends the request(s) and prints the result.
/// Emits finished() with the exit code: 0 done, 1 refused, 2 usage, 3 network/TLS/auth.
class CtlRunner final : public CtlHostwayCommand
{
    Q_OBJECT

public:
    explicit CtlRunner(CtlOptions options, QObject *parent = nullptr);

private:
    void run() override;
    void domainShow();
    /// aliases list: the domain's aliases (seed 003 sections 1-2).
    void aliasesList();
    /// infostore show: the domain's InfoStore usage and quota, MB (sections 26-27).
    /// antispam link: the anti-spam panel's sign-in link (a secret: printed, never logged).
    void antiSpamLink();
    void infoStoreShow();
    /// infostore set --quota MB: SetInfoStoreQuota through the change path (section 28).
    void infoStoreSet();
    void mailboxesList();
    void mailboxShow();
    void mailboxCreate();
    void mailboxSet();
    void mailboxDelete();
    /// Prints `error` to stderr, field by field, and finishes with its exit code.
    void fail(const ApiError &error);
    /// Prints the outcome's error and finishes with exitCodeOf(outcome).
    void fail(const ChangeOutcome &outcome);
};
