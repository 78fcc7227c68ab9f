#pragma once

#include "core/net/apijob.h"
#include "core/net/jobtracker.h"
#include "core/providers/hostway/contacts.h"
#include "core/providers/hostway/hostwaytypes.h"

#include <QObject>
#include <QPointer>

#include <algorithm>
#include <functional>
#include <memory>

class QNetworkAccessManager;

/// Talks to one Hostway account over the Email API (seed 003_aa31f808b2178cb3.txt) with
/// HTTP Basic credentials. Each call starts an ApiJob and returns it (for cancelling); the
/// callback runs on the caller's thread, once, unless `context` was destroyed first.
/// Answers are read by Hostway::Parser; an unreadable 2xx becomes ApiError::Kind::Malformed.
class HostwayClient final : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const ApiError &error, const T &value)>;

    HostwayClient(QNetworkAccessManager *nam, Hostway::Endpoint endpoint, QObject *parent = nullptr);

    [[nodiscard]] const Hostway::Endpoint &endpoint() const { return m_endpoint; }
    /// HTTP Basic credentials; the password stays in memory only.
    void setCredentials(const QString &user, const QString &password);
    /// Every job started by this client is reported to `tracker` (may be null).
    void setTracker(JobTracker *tracker) { m_tracker = tracker; }
    /// The limit of each call, in seconds: its whole duration, retries included, and the
    /// longest pause in a transfer.
    void setTimeoutSeconds(int seconds) { m_policy.setTimeoutSeconds(seconds); }

    /// Sends any request with this account's credentials (used by operations). A mailbox
    /// owner's client (Requests::isOwnerEndpoint) sends only the /email/{domain} shortcuts:
    /// any other request finishes with ApiError::Kind::Setup, nothing sent.
    ApiJob *send(const HttpRequest &request, QObject *context, std::function<void(ApiJob *)> done);

    ApiJob *fetchDomain(const QString &domain, QObject *context, Callback<Hostway::DomainInfo> done);
    ApiJob *fetchMailboxTypeCount(const QString &domain, QObject *context, Callback<Hostway::MailboxTypeCount> done);
    /// The domain's own webmail settings (seed 003 sections 89-90).
    ApiJob *fetchDomainWebmail(const QString &domain, QObject *context, Callback<Hostway::DomainWebmail> done);
    /// The domain's InfoStore usage and quota, MB (seed 003 sections 26-27).
    ApiJob *fetchInfoStore(const QString &domain, QObject *context, Callback<Hostway::InfoStore> done);
    /// The anti-spam panel's single sign-on link for `domain` (seed 003 index 101.21;
    /// Parser::antiSpamLink): a secret, to open in the browser, never to keep or log.
    ApiJob *fetchAntiSpamLink(const QString &domain, QObject *context, Callback<QUrl> done);
    /// The domain's global address list, as `query` asks (seed 003 sections 21-23).
    ApiJob *fetchContacts(const QString &domain, const Hostway::ContactQuery &query, QObject *context,
                          Callback<Hostway::ContactList> done);
    /// One contact of the global address list by its name (sections 17-18); 404: none.
    ApiJob *fetchContact(const QString &domain, const QString &name, QObject *context, Callback<Hostway::Contact> done);
    /// The domain's aliases, other domain names (seed 003 sections 1-2; Requests::aliases).
    ApiJob *fetchAliases(const QString &domain, QObject *context, Callback<QStringList> done);
    ApiJob *fetchUsernames(const QString &domain, const Hostway::UsernamesQuery &query, QObject *context,
                           Callback<Hostway::UsernamesPage> done);
    ApiJob *fetchUsernameKind(const QString &domain, const QString &name, QObject *context,
                              Callback<Hostway::UsernameKind> done);
    ApiJob *fetchMailbox(const QString &domain, const QString &name, QObject *context, Callback<Hostway::Mailbox> done);
    ApiJob *fetchExchange(const QString &domain, const QString &name, QObject *context,
                          Callback<Hostway::ExchangeMailbox> done);

    /// A mailbox's message counts (GET .../mailbox/messagestats, seed 003 section 71-72; with
    /// `exchange`, .../exchange/messagestats, section 49-50). 404: a virtual mailbox has none;
    /// 500: Hostway lacks the domain's records; 502: Hostway could not reach the mailbox.
    ApiJob *fetchMessageStats(const QString &domain, const QString &name, bool exchange, QObject *context,
                              Callback<Hostway::MessageStats> done);
    /// One page of a black/white list: the mailbox `name`'s, or the domain's when `name` is
    /// empty (GET .../blackwhitelist, seed 003 sections 7-8, 39-40).
    ApiJob *fetchBlackWhitePage(const QString &domain, const QString &name, const Hostway::BlackWhiteQuery &query,
                                QObject *context, Callback<Hostway::BlackWhitePage> done);
    /// GET .../blackwhitelist/{address} (seed 003 sections 5-6 for a domain, empty `name`;
    /// 37-38 for a mailbox): one listed address and its list. An address on neither list
    /// answers 404 (ApiError::Kind::NotFound).
    ApiJob *fetchBlackWhiteEntry(const QString &domain, const QString &name, const QString &address, QObject *context,
                                 Callback<Hostway::BlackWhiteEntry> done);
    /// The spam filter's attributes: the mailbox `name`'s, or the domain's when `name` is empty
    /// (GET .../cleanmailplus, seed 003 sections 11-12, 43-44).
    ApiJob *fetchCleanMailPlus(const QString &domain, const QString &name, QObject *context,
                               Callback<QList<Hostway::FilterAttribute>> done);
    /// A mailbox's OpenXchange account (GET .../webmail, seed 003 section 79-80); NotFound
    /// when it has none (or the mailbox is not there).
    ApiJob *fetchWebmail(const QString &domain, const QString &name, QObject *context, Callback<Hostway::Webmail> done);
    /// A domain's webmail plans: webmailNames, webmailLimits and webmailUpgrade (sections
    /// 93-98), read one after the other; the first error ends it.
    void fetchWebmailPlans(const QString &domain, QObject *context, Callback<Hostway::WebmailPlans> done);
    /// The secret questions supported and the least number of answers on file:
    /// /email/secretQuestions then /email/secretQuestionSettings (sections 116-119).
    void fetchSecretQuestions(QObject *context, Callback<Hostway::SecretQuestions> done);
    /// The text keys of the questions a mailbox has answered (GET .../secrets, section 75-76).
    ApiJob *fetchSecretKeys(const QString &domain, const QString &name, QObject *context, Callback<QStringList> done);
    /// The forwarding targets of a mailbox (GET .../forwards, seed 003 section 59-60).
    ApiJob *fetchForwards(const QString &domain, const QString &name, QObject *context, Callback<QStringList> done);
    /// A mailbox's autoresponder (GET .../autoresponder, seed 003 section 31-32).
    ApiJob *fetchAutoresponder(const QString &domain, const QString &name, QObject *context,
                               Callback<Hostway::Autoresponder> done);

    /// Fetches every page of the usernames list (pages of 400, following "next").
    /// `progress` gets the count so far and the total; may be empty.
    void fetchAllUsernames(const QString &domain, Hostway::UsernamesQuery query, QObject *context,
                           Callback<QList<Hostway::MailboxSummary>> done,
                           std::function<void(int fetched, int total)> progress = {});

private:
    struct AllUsernames;
    void fetchNextUsernames(const std::shared_ptr<AllUsernames> &state);

    /// Sends `request` and reads its answer into *into with `parse`; `next` gets the error.
    template<typename T>
    void fetchPart(const HttpRequest &request, QObject *context, std::shared_ptr<T> into,
                   bool (*parse)(const QByteArray &, T *, QString *), std::function<void(const ApiError &)> next);
    template<typename T>
    ApiJob *fetch(const HttpRequest &request, QObject *context,
                  bool (*parse)(const QByteArray &, T *, QString *), Callback<T> done);

    QPointer<QNetworkAccessManager> m_nam;
    Hostway::Endpoint m_endpoint;
    RequestPolicy m_policy;
    QPointer<JobTracker> m_tracker;
};
