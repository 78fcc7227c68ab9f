#pragma once

#include "core/providers/hostway/contacts.h"

#include <QDialog>

#include <array>
#include <optional>

class ApiError;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Adds a contact to a Hostway domain's global address list, or changes one (seed 003
/// sections 17-25): every field, in four groups (the contact, its organisation, its phone
/// numbers, its postal address). A new contact needs a name (its key), an email and a display
/// name; an existing contact's name is shown, not edited, as the PUT cannot change it. Emits
/// submitted() and stays open until the caller accepts it or calls showRefusal(), which says
/// what to correct and puts the focus on the first field named, so nothing typed is lost.
class ContactDialog final : public QDialog
{
    Q_OBJECT

public:
    /// A new contact of `domain` when `existing` is none, else that contact as read.
    ContactDialog(const QString &domain, const std::optional<Hostway::Contact> &existing, QWidget *parent = nullptr);

    [[nodiscard]] bool isNew() const { return !m_existing; }
    /// The contact as typed, each field trimmed.
    [[nodiscard]] Hostway::Contact contact() const;
    /// The fields that differ from the contact as read, in the schema's order; every field
    /// set for a new contact.
    [[nodiscard]] QList<QPair<Hostway::ContactField, QString>> changedFields() const;
    /// Shows `words` (Operation::explainRefusal), else the error's message and each field's,
    /// named by its label; allows submitting again.
    void showRefusal(const ApiError &error, const QStringList &words = {});
    /// The submit button's text ("Add to Draft" in Draft Mode).
    void setSubmitText(const QString &text);

Q_SIGNALS:
    void submitted();

private:
    /// The edit of `field`.
    [[nodiscard]] QLineEdit *edit(Hostway::ContactField field) const { return m_edits[std::size_t(field)]; }
    /// Save is offered when a new contact has its required fields or an edit changed one.
    void updateState();

    std::optional<Hostway::Contact> m_existing;
    std::array<QLineEdit *, Hostway::kContactFieldCount> m_edits{};
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_pending = false;   ///< submitted, no answer yet: Save stays off, never sent twice
};
