#include "core/providers/hostway/hostwayclient.h"

#include "core/providers/hostway/hostwayerrors.h"

#include "core/net/jobtracker.h"
#include "core/providers/hostway/hostwayparser.h"
#include "core/providers/hostway/hostwayrequests.h"

#include <QNetworkAccessManager>
#include <QSet>

using namespace Hostway;

HostwayClient::HostwayClient(QNetworkAccessManager *nam, Endpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_endpoint(std::move(endpoint))
{
    m_policy.errorBody = Hostway::readErrorBody;
}

void HostwayClient::setCredentials(const QString &user, const QString &password)
{
    m_policy.authorization = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

ApiJob *HostwayClient::send(const HttpRequest &request, QObject *context, std::function<void(ApiJob *)> done)
{
    auto *job = new ApiJob(m_nam, request, m_policy, this);
    // The tracker first: a callback that starts the next request must not see this one
    // still counted in flight.
    if (m_tracker)
        m_tracker->track(job);
    connect(job, &ApiJob::finished, context, [done = std::move(done)](ApiJob *finished) { done(finished); });
    // A mailbox owner's credentials go to the /email/{domain} shortcuts only, never to a path
    // of the administrator's (it would be /accounts//email/...: Requests::isOwnerEndpoint).
    QString base = m_endpoint.baseUrl.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (Hostway::Requests::isOwnerEndpoint(m_endpoint) && !request.url.path().startsWith(base + QLatin1String("/email/")))
        job->refuse(ApiError(ApiError::Kind::Setup, tr("A mailbox owner's sign-in reaches only that mailbox's password, secret questions and "
                                                        "webmail; this needs the account administrator's sign-in.")));
    else
        job->start();
    return job;
}

template<typename T>
ApiJob *HostwayClient::fetch(const HttpRequest &request, QObject *context,
                             bool (*parse)(const QByteArray &, T *, QString *), Callback<T> done)
{
    return send(request, context, [parse, done = std::move(done)](ApiJob *job) {
        T value{};
        if (!job->succeeded()) {
            done(job->error(), value);
            return;
        }
        QString reason;
        if (!parse(job->responseBody(), &value, &reason)) {
            done(ApiError(ApiError::Kind::Malformed, reason, job->httpStatus()), T{});
            return;
        }
        done(ApiError(), value);
    });
}

ApiJob *HostwayClient::fetchDomain(const QString &domain, QObject *context, Callback<DomainInfo> done)
{
    return fetch<DomainInfo>(Requests::domain(m_endpoint, domain), context, &Parser::domainInfo, std::move(done));
}

ApiJob *HostwayClient::fetchDomainWebmail(const QString &domain, QObject *context, Callback<DomainWebmail> done)
{
    return fetch<DomainWebmail>(Requests::domainWebmail(m_endpoint, domain), context, &Parser::domainWebmail, std::move(done));
}

ApiJob *HostwayClient::fetchInfoStore(const QString &domain, QObject *context, Callback<InfoStore> done)
{
    return fetch<InfoStore>(Requests::infoStore(m_endpoint, domain), context, &Parser::infoStore, std::move(done));
}

ApiJob *HostwayClient::fetchAntiSpamLink(const QString &domain, QObject *context, Callback<QUrl> done)
{
    return fetch<QUrl>(Requests::antiSpamLink(m_endpoint, domain), context, &Parser::antiSpamLink, std::move(done));
}

ApiJob *HostwayClient::fetchContacts(const QString &domain, const ContactQuery &query, QObject *context, Callback<ContactList> done)
{
    return fetch<ContactList>(Requests::contacts(m_endpoint, domain, query), context, &Parser::contacts, std::move(done));
}

ApiJob *HostwayClient::fetchContact(const QString &domain, const QString &name, QObject *context, Callback<Contact> done)
{
    // The seed's example answer has no "name": the one asked for is the contact's.
    return fetch<Contact>(Requests::contact(m_endpoint, domain, name), context, &Parser::contact,
                          [name, done = std::move(done)](const ApiError &error, const Contact &read) {
                              Contact contact = read;
                              if (!error.isError() && contact.name().isEmpty())
                                  contact.set(ContactField::Name, name);
                              done(error, contact);
                          });
}

ApiJob *HostwayClient::fetchAliases(const QString &domain, QObject *context, Callback<QStringList> done)
{
    return fetch<QStringList>(Requests::aliases(m_endpoint, domain), context, &Parser::aliases, std::move(done));
}

ApiJob *HostwayClient::fetchMailboxTypeCount(const QString &domain, QObject *context, Callback<MailboxTypeCount> done)
{
    return fetch<MailboxTypeCount>(Requests::mailboxTypeCount(m_endpoint, domain), context,
                                   &Parser::mailboxTypeCount, std::move(done));
}

ApiJob *HostwayClient::fetchUsernames(const QString &domain, const UsernamesQuery &query, QObject *context,
                                      Callback<UsernamesPage> done)
{
    return fetch<UsernamesPage>(Requests::usernames(m_endpoint, domain, query), context,
                                &Parser::usernamesPage, std::move(done));
}

ApiJob *HostwayClient::fetchUsernameKind(const QString &domain, const QString &name, QObject *context,
                                         Callback<UsernameKind> done)
{
    return fetch<UsernameKind>(Requests::username(m_endpoint, domain, name), context, &Parser::usernameKind,
                               std::move(done));
}

ApiJob *HostwayClient::fetchMailbox(const QString &domain, const QString &name, QObject *context, Callback<Mailbox> done)
{
    return fetch<Mailbox>(Requests::mailbox(m_endpoint, domain, name), context, &Parser::mailbox, std::move(done));
}

ApiJob *HostwayClient::fetchExchange(const QString &domain, const QString &name, QObject *context,
                                     Callback<ExchangeMailbox> done)
{
    return fetch<ExchangeMailbox>(Requests::exchange(m_endpoint, domain, name), context,
                                  &Parser::exchangeMailbox, std::move(done));
}

ApiJob *HostwayClient::fetchMessageStats(const QString &domain, const QString &name, bool exchange, QObject *context,
                                         Callback<MessageStats> done)
{
    return fetch<MessageStats>(Requests::messageStats(m_endpoint, domain, name, exchange), context, &Parser::messageStats,
                               std::move(done));
}

ApiJob *HostwayClient::fetchBlackWhitePage(const QString &domain, const QString &name, const BlackWhiteQuery &query,
                                           QObject *context, Callback<BlackWhitePage> done)
{
    return fetch<BlackWhitePage>(Requests::blackWhiteList(m_endpoint, domain, name, query), context, &Parser::blackWhitePage,
                                 std::move(done));
}

ApiJob *HostwayClient::fetchCleanMailPlus(const QString &domain, const QString &name, QObject *context,
                                          Callback<QList<FilterAttribute>> done)
{
    return fetch<QList<FilterAttribute>>(Requests::cleanMailPlus(m_endpoint, domain, name), context, &Parser::cleanMailPlus,
                                         std::move(done));
}

ApiJob *HostwayClient::fetchWebmail(const QString &domain, const QString &name, QObject *context, Callback<Webmail> done)
{
    return fetch<Webmail>(Requests::webmail(m_endpoint, domain, name), context, &Parser::webmail, std::move(done));
}

template<typename T>
void HostwayClient::fetchPart(const HttpRequest &request, QObject *context, std::shared_ptr<T> into,
                              bool (*parse)(const QByteArray &, T *, QString *), std::function<void(const ApiError &)> next)
{
    send(request, context, [into = std::move(into), parse, next = std::move(next)](ApiJob *job) {
        if (!job->succeeded())
            return next(job->error());
        QString reason;
        if (!parse(job->responseBody(), into.get(), &reason))
            return next(ApiError(ApiError::Kind::Malformed, reason, job->httpStatus()));
        next(ApiError());
    });
}

void HostwayClient::fetchWebmailPlans(const QString &domain, QObject *context, Callback<WebmailPlans> done)
{
    // Three small GETs of the domain, each filling its part of one WebmailPlans.
    auto plans = std::make_shared<WebmailPlans>();
    fetchPart(Requests::webmailPlans(m_endpoint, domain, "webmailNames"), context, plans, &Parser::webmailNames, [=](const ApiError &error) {
        if (error.isError())
            return done(error, {});
        fetchPart(Requests::webmailPlans(m_endpoint, domain, "webmailLimits"), context, plans, &Parser::webmailLimits,
                  [=](const ApiError &limitsError) {
            if (limitsError.isError())
                return done(limitsError, {});
            fetchPart(Requests::webmailPlans(m_endpoint, domain, "webmailUpgrade"), context, plans, &Parser::webmailUpgrade,
                      [=](const ApiError &upgradeError) { done(upgradeError, upgradeError.isError() ? WebmailPlans() : *plans); });
        });
    });
}

void HostwayClient::fetchSecretQuestions(QObject *context, Callback<SecretQuestions> done)
{
    auto questions = std::make_shared<SecretQuestions>();
    fetchPart(Requests::secretQuestions(m_endpoint), context, questions, &Parser::secretQuestions, [=](const ApiError &error) {
        if (error.isError())
            return done(error, {});
        fetchPart(Requests::secretQuestionSettings(m_endpoint), context, questions, &Parser::secretQuestionSettings,
                  [=](const ApiError &settingsError) { done(settingsError, settingsError.isError() ? SecretQuestions() : *questions); });
    });
}

ApiJob *HostwayClient::fetchSecretKeys(const QString &domain, const QString &name, QObject *context, Callback<QStringList> done)
{
    return fetch<QStringList>(Requests::secrets(m_endpoint, domain, name), context, &Parser::secretKeys, std::move(done));
}

ApiJob *HostwayClient::fetchBlackWhiteEntry(const QString &domain, const QString &name, const QString &address, QObject *context,
                                            Callback<BlackWhiteEntry> done)
{
    return fetch<BlackWhiteEntry>(Requests::blackWhiteEntry(m_endpoint, domain, name, address), context, &Parser::blackWhiteEntry,
                                  std::move(done));
}

ApiJob *HostwayClient::fetchForwards(const QString &domain, const QString &name, QObject *context, Callback<QStringList> done)
{
    return fetch<QStringList>(Requests::forwards(m_endpoint, domain, name), context, &Parser::forwards, std::move(done));
}

ApiJob *HostwayClient::fetchAutoresponder(const QString &domain, const QString &name, QObject *context,
                                          Callback<Autoresponder> done)
{
    return fetch<Autoresponder>(Requests::autoresponder(m_endpoint, domain, name), context, &Parser::autoresponder,
                                std::move(done));
}

/// What fetchAllUsernames() carries from one page to the next.
struct HostwayClient::AllUsernames
{
    QString domain;
    UsernamesQuery query;
    QPointer<QObject> context;
    Callback<QList<MailboxSummary>> done;
    std::function<void(int, int)> progress;
    QList<MailboxSummary> collected;
    QSet<QString> pageSignatures;   ///< first and last username of each page read
};

namespace {

/// The most pages fetchAllUsernames() reads: 4,000,000 mailboxes in pages of 400.
constexpr int kMaxPages = 10000;

/// Why a list that keeps going must stop, or empty: a page seen before (a `next` link back
/// to an earlier page), or more items than the provider's own total allows.
QString runawayList(const UsernamesPage &page, int pageNumber, int pageSize, int collected, QSet<QString> *signatures)
{
    if (!page.items.isEmpty()) {
        const QString signature = page.items.first().username + QLatin1Char('\n') + page.items.last().username
                                  + QLatin1Char('\n') + QString::number(page.items.size());
        if (signatures->contains(signature))
            return QCoreApplication::translate("HostwayClient", "page %1 repeats an earlier page").arg(pageNumber);
        signatures->insert(signature);
    }
    if (page.totalCount > 0 && collected > page.totalCount + pageSize)
        return QCoreApplication::translate("HostwayClient", "%1 mailboxes read, more than the %2 the provider counts").arg(collected).arg(page.totalCount);
    if (pageNumber >= kMaxPages)
        return QCoreApplication::translate("HostwayClient", "more than %1 pages").arg(kMaxPages);
    return {};
}

} // namespace

void HostwayClient::fetchAllUsernames(const QString &domain, UsernamesQuery query, QObject *context,
                                      Callback<QList<MailboxSummary>> done,
                                      std::function<void(int, int)> progress)
{
    query.page = 1;
    query.pageSize = 400;
    auto state = std::make_shared<AllUsernames>(AllUsernames{domain, query, context, std::move(done), std::move(progress), {}, {}});
    fetchNextUsernames(state);
}

void HostwayClient::fetchNextUsernames(const std::shared_ptr<AllUsernames> &state)
{
    if (!state->context)
        return;
    fetchUsernames(state->domain, state->query, state->context, [this, state](const ApiError &error, const UsernamesPage &page) {
        if (error.isError()) {
            state->done(error, {});
            return;
        }
        state->collected.append(page.items);
        const QString runaway = runawayList(page, state->query.page, state->query.pageSize, int(state->collected.size()), &state->pageSignatures);
        if (!runaway.isEmpty()) {
            state->done(ApiError(ApiError::Kind::Malformed, tr("The provider's list of mailboxes does not end (%1); it was not read further.").arg(runaway)), {});
            return;
        }
        if (state->progress)
            state->progress(static_cast<int>(state->collected.size()), page.totalCount);
        // Follow the links rather than totalCount (the documented example pages disagree with
        // their own totals); a page without links ends when it is not full.
        const bool more = page.links.isEmpty() ? page.items.size() == state->query.pageSize : page.hasNext();
        if (more && !page.items.isEmpty()) {
            ++state->query.page;
            fetchNextUsernames(state);
            return;
        }
        state->done(ApiError(), state->collected);
    });
}
