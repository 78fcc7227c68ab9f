#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Sandbox {

/// One HTTP request as the simulators see it: transport details already stripped.
struct Request
{
    QByteArray method;          ///< "GET", "PUT", ...
    QString path;               ///< decoded path, e.g. "/accounts/a/email/test.com"
    QUrlQuery query;
    QByteArray authorization;   ///< raw Authorization header value
    QByteArray body;
    QString origin;             ///< "http://127.0.0.1:PORT", for absolute links
    QList<QPair<QByteArray, QByteArray>> headers;

    /// The value of header `name` (case-insensitive), or empty.
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

/// One HTTP response a simulator produces.
struct Response
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static Response json(int status, const QJsonDocument &doc)
    {
        Response r;
        r.status = status;
        r.headers.append({QByteArrayLiteral("Content-Type"),
                          QByteArrayLiteral("application/json; charset=UTF-8")});
        r.body = doc.toJson(QJsonDocument::Compact);
        return r;
    }
    static Response empty(int status)
    {
        Response r;
        r.status = status;
        return r;
    }
    static Response text(int status, const QByteArray &text)
    {
        Response r;
        r.status = status;
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=UTF-8")});
        r.body = text;
        return r;
    }
};

} // namespace Sandbox
