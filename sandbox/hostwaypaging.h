#pragma once

#include "sandbox/sandboxexchange.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <optional>

namespace Sandbox {

/// Paging of Hostway's lists as seed 003 and shared/api/BEYOND-SEEDS.md describe it: `page`
/// (from 1) and `pageSize` come together; a list of more than 100 items asked without them
/// answers 303 to page 1 of 100, a pageSize over 400 answers 303 to the same page of 400;
/// links first/previous (not on page 1), next/last (not on the last page) and self keep every
/// other parameter of the query.
class HostwayPaging final
{
public:
    /// Reads `query`'s paging of the list at `listUrl`; check error() first.
    HostwayPaging(QString listUrl, QUrlQuery query);

    /// A 400 for page or pageSize of the wrong form, else nullopt.
    [[nodiscard]] std::optional<Response> error() const { return m_error; }
    /// The 303 a list of `total` items answers, else nullopt.
    [[nodiscard]] std::optional<Response> redirect(int total) const;
    /// The items of the page asked for: [first, first + count) of `total`.
    void window(int total, int *first, int *count) const;
    /// The page's links.
    [[nodiscard]] QJsonArray links(int total) const;

private:
    [[nodiscard]] QString pageUrl(int page, int size) const;

    QString m_listUrl;
    QUrlQuery m_kept;   ///< the query without page and pageSize
    bool m_paged = false;
    int m_page = 0;
    int m_pageSize = 0;
    std::optional<Response> m_error;
};

} // namespace Sandbox
