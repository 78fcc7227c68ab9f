#pragma once

#include <QWidget>

class HostwayClient;
class QFormLayout;
class QLabel;

/// What the centre shows for a selected domain: its quota (the sum of its mailboxes', MB)
/// and the mailbox count per type (statistics/mailboxTypeCount).
class DomainPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DomainPage(QWidget *parent = nullptr);
    /// Loads `domain` of `client` (not owned).
    void setSource(HostwayClient *client, const QString &domain);

private:
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_quota;
    QLabel *m_standard;
    QLabel *m_activeSync;
    QLabel *m_premium;
    QLabel *m_exchangeStandard;
    QLabel *m_exchangePremium;
    quint64 m_generation = 0;
};
