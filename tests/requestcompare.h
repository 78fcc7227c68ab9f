#pragma once

#include "core/net/httprequest.h"
#include "core/net/redaction.h"
#include "sandbox/sandboxexchange.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

/// The fields of a JSON object or a form body, flattened to "a.b" keys.
inline QHash<QString, QString> requestFields(const QByteArray &body)
{
    QHash<QString, QString> fields;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const auto walk = [&fields](const QString &prefix, const QJsonObject &o, const auto &self) -> void {
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.value().isObject())
                    self(prefix + it.key() + QLatin1Char('.'), it.value().toObject(), self);
                else
                    fields.insert(prefix + it.key(), it.value().toVariant().toString());
            }
        };
        walk(QString(), doc.object(), walk);
        return fields;
    }
    const QUrlQuery form(QString::fromUtf8(body));
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
        fields.insert(key, value);
    return fields;
}

/// Compares a previewed request with the one the sandbox received: method, path, each query
/// item and header of the preview, and the body field by field. What the preview masks
/// (Redaction::kMask) and credentials are compared by presence only. Fails the test (QCOMPARE)
/// at the first difference.
inline void compareWithSent(const HttpRequest &preview, const Sandbox::Request &sent)
{
    const QByteArray mask(Redaction::kMask);
    QVERIFY2(!sent.method.isEmpty(), "no request with the preview's method and path reached the sandbox");
    QCOMPARE(sent.method, preview.method);
    QCOMPARE(sent.path, preview.url.path());
    const QUrlQuery previewQuery(preview.url);
    for (const auto &[key, value] : previewQuery.queryItems(QUrl::FullyDecoded)) {
        QVERIFY2(sent.query.hasQueryItem(key), qPrintable(key));
        if (!value.toUtf8().contains(mask))
            QCOMPARE(sent.query.queryItemValue(key, QUrl::FullyDecoded), value);
    }
    for (const auto &[name, value] : preview.headers) {
        QVERIFY2(!sent.header(name).isEmpty(), name.constData());
        if (!Redaction::isSecretHeader(name) && !value.contains(mask))
            QCOMPARE(sent.header(name), value);
    }
    const QHash<QString, QString> previewed = requestFields(preview.body);
    const QHash<QString, QString> received = requestFields(sent.body);
    QVERIFY2(!previewed.isEmpty() || preview.body.isEmpty(), preview.body.constData());
    QCOMPARE(QSet<QString>(received.keyBegin(), received.keyEnd()), QSet<QString>(previewed.keyBegin(), previewed.keyEnd()));
    for (auto it = previewed.cbegin(); it != previewed.cend(); ++it) {
        if (!it.value().toUtf8().contains(mask))
            QCOMPARE(received.value(it.key()), it.value());
    }
}
