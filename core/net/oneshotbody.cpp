#include "core/net/oneshotbody.h"

#include <cstring>

OneShotBody::OneShotBody(QByteArray body, QObject *parent)
    : QIODevice(parent)
    , m_body(std::move(body))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    // Qt may never read an empty body, but rewinds it all the same before a resend.
    m_read = m_body.isEmpty();
}

bool OneShotBody::seek(qint64 pos)
{
    if (m_read)
        return false;   // Qt wants to send the request again: refused (see the class)
    if (pos < 0 || pos > m_body.size() || !QIODevice::seek(pos))
        return false;
    m_offset = pos;
    return true;
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, qint64(m_body.size()) - m_offset);
    m_read = true;
    if (count <= 0)
        return -1;
    std::memcpy(data, m_body.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}
