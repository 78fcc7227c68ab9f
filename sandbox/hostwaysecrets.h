#pragma once

#include "sandbox/hostwaydata.h"
#include "sandbox/sandboxexchange.h"

namespace Sandbox {

/// Secret questions as seed 003 documents them: the questions supported and the least number
/// of answers (GET /email/secretQuestions and /email/secretQuestionSettings, sections
/// 116-119), a mailbox's answers (GET and PUT .../usernames/{name}/secrets, 75-78) and the
/// password reset by answers (POST .../mailbox/action, 63-64; .../exchange/action, 47-48).
///
/// Choices where the seed is silent:
/// - /email/secretQuestions and /email/secretQuestionSettings document no Authorization and
///   hold no account's data: they answer without credentials.
/// - GET .../secrets and the reset actions document no Authorization either (NOTES.md), but
///   their paths name an account under /accounts: they ask for its credentials, as every
///   other /accounts call does.
/// - "questions" is served as the schema and first example print it, a list holding one
///   dictionary; with no questions, as the second example, {}.
/// - PUT secrets: a key that is not a supported question answers 400 {"<key>": "Unknown
///   secret question"}; an answer shorter than two characters 400 {"<key>": "Shorter than
///   minimum length 2"}; fewer pairs than the minimum the documented 400 {"details": {"":
///   "Shorter than minimum length N"}} inside a badRequest envelope (the seed prints a bare
///   fragment with a garbled key). The answers replace every earlier one ("Set or update all").
/// - The reset action reads "secretQuestionsAnswers" and, as the failure examples send it,
///   "secretQuestionsAnswersList". Every pair given must match one on file (answers compared
///   as typed, spaces around them trimmed), and at least one must be given; otherwise the
///   documented 409. A mailbox with no answers on file answers 409 too. Malformed data is
///   checked first (400), then the answers (409), then the password rules (400 {"password":
///   rule}, as the mailbox PUT); Exchange passwords must also start with a letter.
/// - The Exchange action on a regular mailbox, or the mailbox action on an Exchange one, is
///   404 ("The resource does not exist.").
/// - The seed documents 403 for PUT secrets but no way to lack the permission: under
///   /accounts it is never answered (the shortcut's, HostwayShortcuts, answers it).
struct HostwaySecrets
{
    /// GET /email/secretQuestions.
    static Response questions(const HostwayData &data, const QString &origin);
    /// GET /email/secretQuestionSettings.
    static Response settings(const HostwayData &data, const QString &origin);

    const HostwayData &data;
    const HostwayDomain &domain;
    HostwayMailbox &mailbox;
    QString mailboxUrl;   ///< .../usernames/{name}/, for links

    /// GET or PUT .../secrets.
    Response secrets(const QByteArray &method, const Request &request);
    /// POST .../{mailbox|exchange}/action; `exchange`: the path's resource.
    Response action(bool exchange, const Request &request);
};

} // namespace Sandbox
