#pragma once

#include "ui/registry/providerview.h"

class IceSettingsPage;
class IceSettingsStore;

/// ICE EmailAdmin's side of the window: the email server form of each skill the user adds
/// (ICE cannot list them), with the settings last accepted kept by IceSettingsStore since
/// ICE cannot read them back.
class IceView final : public ProviderView
{
    Q_OBJECT

public:
    IceView(const Host &host, QObject *parent);

    [[nodiscard]] QList<QWidget *> pages() const override;
    QWidget *show(const Node &node) override;
    [[nodiscard]] QString accountSummary(const Account &account) const override;
    /// Asks for a skill id (a number) and adds it under the account.
    void addDomain(const QString &accountId) override;
    void draftModeChanged() override;

private:
    IceSettingsPage *m_page;
    IceSettingsStore *m_store;
};
