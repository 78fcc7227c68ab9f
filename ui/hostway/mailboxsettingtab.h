#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class ApiError;
class HostwayClient;
class Operation;
class QLabel;

/// One tab of a Hostway mailbox's properties (MailboxDetailsPane): a setting of the mailbox
/// shown, read when the tab is first shown (a loading line, then the setting or the error in
/// words), changed through the one change path: drafted in Draft Mode, else sent and audited.
class MailboxSettingTab : public QWidget
{
    Q_OBJECT

public:
    /// Drafts or sends an operation for the account shown; `done` gets the refusal or the
    /// failure, none when it was done or drafted.
    using Submit = std::function<void(std::shared_ptr<Operation> operation, std::function<void(const ApiError &)> done)>;

    /// Several changes at once, one per selected row (ProviderView::Host::changeMany): in
    /// Draft Mode drafted together, else one batch in its own window titled `title`, whose
    /// end gives `sent` how many the provider accepted. False when nothing was drafted (the
    /// user was told why).
    using SubmitMany = std::function<bool(QList<std::shared_ptr<Operation>> operations, const QString &title,
                                          std::function<void(int accepted)> sent)>;

    /// The page's way to the change path, and whether Draft Mode is on.
    void setChangePath(Submit submit, std::function<bool()> drafting);
    /// The page's way to change several rows at once (tables with several rows selected).
    void setChangeManyPath(SubmitMany submitMany) { m_submitMany = std::move(submitMany); }
    /// Shows the setting of `name`@`domain`, read when the tab is visible; a null client
    /// clears it (no mailbox, or one that cannot be read: offline, drafted, Exchange).
    void setMailbox(HostwayClient *client, const QString &domain, const QString &name);
    /// Makes the tab the domain's own (its black/white list, its spam filter: seed 003
    /// sections 3-14): setMailbox() then takes an empty name. Call before setMailbox().
    void setDomainLevel(bool domainLevel) { m_domainLevel = domainLevel; }

protected:
    explicit MailboxSettingTab(QWidget *parent);

    /// Reads the setting again (after a change is sent, or on first showing).
    void reload();
    /// Starts reading the setting of the mailbox shown; calls loaded() or failed() unless a
    /// newer mailbox is shown first (isCurrent()).
    virtual void load(HostwayClient *client, quint64 generation) = 0;
    /// Forgets what the previous mailbox showed.
    virtual void clear() = 0;
    /// Sends `operation`; after it is done or drafted, `after` runs (the tab shows the
    /// outcome in its status line; a refusal is handed to `refused`).
    void submit(std::shared_ptr<Operation> operation, std::function<void()> after,
                std::function<void(const ApiError &)> refused);

    /// Changes several rows at once (see SubmitMany). In Draft Mode the status line then says
    /// how many changes wait in the draft; after a batch, `sent(accepted)` runs unless another
    /// mailbox is shown by then. False when nothing was drafted or there is no such path.
    bool submitMany(QList<std::shared_ptr<Operation>> operations, const QString &title, std::function<void(int accepted)> sent);
    /// True when the page has a way to change several rows at once (setChangeManyPath()).
    [[nodiscard]] bool canSubmitMany() const { return static_cast<bool>(m_submitMany); }

    /// The change path itself, for a change whose answer must reach its dialog even when
    /// another mailbox is shown by then (submit() drops such answers).
    [[nodiscard]] const Submit &changePath() const { return m_submit; }
    /// Changes each time another mailbox (or none) is shown: a question answered later acts
    /// only while the mailbox it asked about is still the one shown.
    [[nodiscard]] quint64 mailboxShown() const { return m_mailboxGeneration; }
    /// True when `generation` (given to load()) is the latest load of the mailbox shown.
    [[nodiscard]] bool isCurrent(quint64 generation) const { return generation == m_loadGeneration; }
    [[nodiscard]] bool drafting() const { return m_drafting && m_drafting(); }
    [[nodiscard]] const QString &domain() const { return m_domain; }
    [[nodiscard]] const QString &name() const { return m_name; }
    /// What the setting belongs to, for the tab's texts: name@domain, or the domain.
    [[nodiscard]] QString subject() const;
    [[nodiscard]] bool hasMailbox() const;
    /// The client of the mailbox shown; null when none is.
    [[nodiscard]] HostwayClient *client() const;
    /// The status line at the top of the tab.
    void setStatus(const QString &text, bool error = false);
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    /// Installs eventFilter() on `widget` and its children (call for widgets made later).
    void claimDeleteKey(QWidget *widget);

    void showEvent(QShowEvent *event) override;
    /// Claims Del from the window's shortcuts (Delete Mailbox) in every widget of the tab:
    /// a Del pressed in a setting never deletes the mailbox. Subclasses handle the key
    /// themselves where it removes something, and call this for the rest.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_status;
    QPointer<HostwayClient> m_client;
    QString m_domain;
    QString m_name;
    quint64 m_mailboxGeneration = 0;   ///< a change's answer is shown while the same mailbox is
    quint64 m_loadGeneration = 0;      ///< a load's answer is shown when no later load started
    bool m_loaded = false;
    bool m_domainLevel = false;
    Submit m_submit;
    SubmitMany m_submitMany;
    std::function<bool()> m_drafting;
};
