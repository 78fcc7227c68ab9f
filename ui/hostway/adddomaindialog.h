#pragma once

#include <QDialog>

class HostwayClient;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Adds a domain to an account's tree after checking it exists with
/// GET /accounts/{account}/email/{domain} (Hostway has no call that lists domains).
class AddDomainDialog final : public QDialog
{
    Q_OBJECT

public:
    AddDomainDialog(HostwayClient *client, QWidget *parent = nullptr);
    /// The verified domain, lower-case; valid after accept().
    [[nodiscard]] QString domain() const;

private:
    void check();

    HostwayClient *m_client;
    QLineEdit *m_domain;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};
