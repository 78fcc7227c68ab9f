#pragma once

#include "core/providers/hostway/hostwaytypes.h"

#include <QDialog>
#include <QHash>

#include <memory>

class ApiError;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class UpdateExchange;

/// Edit Exchange Details: the fields of a Hostway Exchange mailbox that its PUT changes (seed
/// 003 section 55-56), each held to its documented length: display name, type (standard or
/// premium), names, title, company, department, address and phones; and "ask for a new
/// password at the next logon". The resource type (user, room, equipment) is shown, never
/// offered: Hostway refuses to change it. Emits submitted() with the fields changed; stays
/// open with the refusal (showRefusal()) until accepted.
class ExchangeDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Edits `shown`, the Exchange mailbox `name`@`domain` as GET .../exchange read it.
    ExchangeDialog(const QString &domain, const QString &name, const Hostway::ExchangeMailbox &shown, QWidget *parent = nullptr);
    ~ExchangeDialog() override;

    /// The change as typed: the fields that differ from what was read; what was read of them
    /// as its expected state.
    [[nodiscard]] std::shared_ptr<UpdateExchange> operation() const;
    /// Shows Hostway's refusal in words and allows Save again.
    void showRefusal(const ApiError &error);

Q_SIGNALS:
    void submitted();

private:
    void check();

    QString m_domain;
    QString m_name;
    QHash<QString, QString> m_read;           ///< field -> value as read
    QHash<QString, QLineEdit *> m_fields;     ///< the text fields, by API name
    QComboBox *m_type;
    QCheckBox *m_resetPassword;
    QLabel *m_problem;
    QPushButton *m_save;
    bool m_busy = false;   ///< sent, not answered yet: Save stays off
};
