#pragma once

#include "ui/registry/providerview.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

/// testmail's side of the window (tests only, registered through ProviderViews::add()): one
/// page for a domain and its child, with a mailbox name, a quota and a Set button that
/// submits a TestMailQuota through the window's change hook; the outcome shows in a label.
class TestMailView final : public ProviderView
{
    Q_OBJECT

public:
    TestMailView(const Host &host, QObject *parent);

    [[nodiscard]] QList<QWidget *> pages() const override { return {m_page}; }
    QWidget *show(const Node &node) override;
    [[nodiscard]] QString accountSummary(const Account &account) const override;
    void draftModeChanged() override;

private:
    QWidget *m_page;
    QLineEdit *m_mailbox;
    QSpinBox *m_quota;
    QPushButton *m_set;
    QLabel *m_outcome;
    QString m_accountId;
};
