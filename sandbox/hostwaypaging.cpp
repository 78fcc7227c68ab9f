#include "sandbox/hostwaypaging.h"

#include "sandbox/hostwayresponses.h"

#include <algorithm>

namespace Sandbox {

HostwayPaging::HostwayPaging(QString listUrl, QUrlQuery query)
    : m_listUrl(std::move(listUrl))
    , m_kept(std::move(query))
{
    const bool hasPage = m_kept.hasQueryItem(QStringLiteral("page"));
    const bool hasPageSize = m_kept.hasQueryItem(QStringLiteral("pageSize"));
    if (hasPage != hasPageSize) {
        m_error = HostwayResponses::fieldError(hasPage ? QStringLiteral("pageSize") : QStringLiteral("page"),
                                               QStringLiteral("page and pageSize must be given together"));
        return;
    }
    bool pageOk = true;
    bool sizeOk = true;
    m_paged = hasPage;
    m_page = hasPage ? m_kept.queryItemValue(QStringLiteral("page")).toInt(&pageOk) : 0;
    m_pageSize = hasPageSize ? m_kept.queryItemValue(QStringLiteral("pageSize")).toInt(&sizeOk) : 0;
    if (!pageOk || !sizeOk || (hasPage && (m_page < 1 || m_pageSize < 1))) {
        m_error = HostwayResponses::fieldError(!pageOk || m_page < 1 ? QStringLiteral("page") : QStringLiteral("pageSize"),
                                               QStringLiteral("Must be a whole number of at least 1"));
        return;
    }
    m_kept.removeAllQueryItems(QStringLiteral("page"));
    m_kept.removeAllQueryItems(QStringLiteral("pageSize"));
}

QString HostwayPaging::pageUrl(int page, int size) const
{
    QUrlQuery q = m_kept;
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(size));
    return m_listUrl + QLatin1Char('?') + q.toString(QUrl::FullyEncoded);
}

std::optional<Response> HostwayPaging::redirect(int total) const
{
    const auto to = [this](int page, int size) {
        Response r = Response::empty(303);
        r.headers.append({QByteArrayLiteral("Location"), pageUrl(page, size).toUtf8()});
        return r;
    };
    if (!m_paged && total > 100)
        return to(1, 100);
    if (m_pageSize > 400)
        return to(m_page, 400);
    return std::nullopt;
}

void HostwayPaging::window(int total, int *first, int *count) const
{
    *first = m_paged ? std::min(total, (m_page - 1) * m_pageSize) : 0;
    *count = m_paged ? std::min(m_pageSize, total - *first) : total;
}

QJsonArray HostwayPaging::links(int total) const
{
    using HostwayResponses::link;
    QJsonArray links;
    if (!m_paged) {
        links.append(link(m_listUrl + QLatin1Char('/'), QStringLiteral("self")).first());
        return links;
    }
    const int lastPage = std::max(1, (total + m_pageSize - 1) / m_pageSize);
    if (m_page > 1) {
        links.append(link(pageUrl(1, m_pageSize), QStringLiteral("first")).first());
        links.append(link(pageUrl(std::min(m_page - 1, lastPage), m_pageSize), QStringLiteral("previous")).first());
    }
    if (m_page < lastPage) {
        links.append(link(pageUrl(m_page + 1, m_pageSize), QStringLiteral("next")).first());
        links.append(link(pageUrl(lastPage, m_pageSize), QStringLiteral("last")).first());
    }
    links.append(link(pageUrl(m_page, m_pageSize), QStringLiteral("self")).first());
    return links;
}

} // namespace Sandbox
