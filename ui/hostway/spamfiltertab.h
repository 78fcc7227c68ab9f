#pragma once

#include "core/providers/hostway/hostwaytypes.h"
#include "ui/hostway/mailboxsettingtab.h"

class QComboBox;
class QFormLayout;
class QPushButton;

/// The Spam Filter tab of a Hostway mailbox: its CleanMailPlus attributes (seed 003 sections
/// 43-46), the form built from the attributes and options the server returns (a choice per
/// attribute, in the provider's words; an attribute without options is shown, not changed).
/// Save (Ctrl+S) sends the attributes changed as one SetSpamFilter; Revert goes back.
class SpamFilterTab final : public MailboxSettingTab
{
    Q_OBJECT

public:
    explicit SpamFilterTab(QWidget *parent = nullptr);

private:
    void load(HostwayClient *client, quint64 generation) override;
    void clear() override;
    void build(const QList<Hostway::FilterAttribute> &attributes);
    void updateState();
    void save();

    QWidget *m_formHost;
    QFormLayout *m_form;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_revert;
    QList<Hostway::FilterAttribute> m_loaded;
    QList<QComboBox *> m_choices;   ///< one per attribute of m_loaded, null when it has no options
};
