#pragma once

#include "core/providers/hostway/hostwaytypes.h"
#include "ui/hostway/mailboxsettingtab.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

/// The Autoresponder tab of a Hostway mailbox (seed 003 sections 31-34): on or off, the
/// subject and the plain text of the automatic reply, with a preview of the reply as it is
/// sent. Save (Ctrl+S) sends what changed as one SetAutoresponder; Revert goes back to what
/// Hostway has. The text is required even to turn the reply off, as Hostway documents.
class AutoresponderTab final : public MailboxSettingTab
{
    Q_OBJECT

public:
    explicit AutoresponderTab(QWidget *parent = nullptr);

private:
    void load(HostwayClient *client, quint64 generation) override;
    void clear() override;
    void showSettings(const Hostway::Autoresponder &settings);
    [[nodiscard]] Hostway::Autoresponder edited() const;
    void updateState();
    void save();

    QCheckBox *m_active;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_preview;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_revert;
    Hostway::Autoresponder m_loaded;
    bool m_known = false;   ///< m_loaded was read (or drafted)
    QString m_loadedStatus;   ///< what the status line says of m_loaded
};
