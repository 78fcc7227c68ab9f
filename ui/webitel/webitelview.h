#pragma once

#include "ui/registry/providerview.h"

class WebitelSettingsPage;

/// Webitel's side of the window: one thing per domain the user adds, its email settings
/// (the domain node and its Email Settings child show the same page).
class WebitelView final : public ProviderView
{
    Q_OBJECT

public:
    WebitelView(const Host &host, QObject *parent);

    [[nodiscard]] QList<QWidget *> pages() const override;
    QWidget *show(const Node &node) override;
    [[nodiscard]] QString accountSummary(const Account &account) const override;
    /// Asks for a Webitel domain name and adds it under the account.
    void addDomain(const QString &accountId) override;
    void draftModeChanged() override;

private:
    WebitelSettingsPage *m_page;
};
