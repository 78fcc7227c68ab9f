#pragma once

#include <QDialog>
#include <QJsonObject>

class ApiError;
class PasswordEditor;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Orders a new Hostway Exchange mailbox (seed 002 "Order-Exchange-mailbox-free"): its name,
/// the owner's display name and password (PasswordEditor: the rules, Generate), and the
/// optional company, department, job title, phones and city of the example's body. Emits
/// submitted() and stays open until the caller accepts it or calls showRefusal().
class OrderExchangeDialog final : public QDialog
{
    Q_OBJECT

public:
    OrderExchangeDialog(const QString &domain, QWidget *parent = nullptr);

    [[nodiscard]] QString name() const;
    [[nodiscard]] QString password() const;
    /// The body's fields by their dotted keys ("name.name", "phones.mobile"...), the empty ones left out.
    [[nodiscard]] QJsonObject fields() const;
    /// Shows the refusal (`words`, else the provider's) and allows ordering again.
    void showRefusal(const ApiError &error, const QStringList &words = {});

Q_SIGNALS:
    void submitted();

private:
    void updateState();

    QString m_domain;
    QLineEdit *m_name;
    QLineEdit *m_displayName;
    PasswordEditor *m_password;
    QList<QPair<QString, QLineEdit *>> m_optional;   ///< dotted key, edit
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_pending = false;
};
