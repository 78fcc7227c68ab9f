#pragma once

#include <QByteArray>
#include <QIODevice>

/// A request body that can be read once and never rewound, for requests that change data.
///
/// When a connection closes before any answer, Qt's HTTP layer sends the request again by
/// itself, on a new connection, without telling the application: a PUT that had reached the
/// provider then reaches it twice. Before resending, Qt rewinds the body
/// (QNonContiguousByteDevice::reset()); this device refuses to rewind once reading has
/// begun, so Qt fails the reply with QNetworkReply::ContentReSendError instead, and the
/// caller decides what to do (ApiJob reports the outcome as unknown). Qt rewinds the same way
/// to follow a 307 or 308, so those are not followed for a change either (ApiJob says so).
class OneShotBody final : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray body, QObject *parent = nullptr);

    [[nodiscard]] bool isSequential() const override { return false; }
    [[nodiscard]] qint64 size() const override { return m_body.size(); }
    /// Seeking is refused once reading has begun (see the class).
    bool seek(qint64 pos) override;
    bool reset() override { return seek(0); }
    [[nodiscard]] bool atEnd() const override { return m_offset >= m_body.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_read = false;
};
