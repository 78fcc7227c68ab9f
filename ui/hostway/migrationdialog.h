#pragma once

#include <QDialog>

#include <memory>

class ApiError;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class ReportMigration;

/// Report Failed Migration: the subject and text of the support ticket Hostway opens for a
/// mailbox whose migration failed (seed 003 section 73-74). Emits submitted() with its
/// operation; stays open with the refusal (showRefusal()) until accepted.
class MigrationDialog final : public QDialog
{
    Q_OBJECT

public:
    MigrationDialog(const QString &domain, const QString &name, bool drafting, QWidget *parent = nullptr);

    [[nodiscard]] std::shared_ptr<ReportMigration> operation() const;
    void showRefusal(const ApiError &error);

Q_SIGNALS:
    void submitted();

private:
    void check();

    QString m_domain;
    QString m_name;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_problem;
    QPushButton *m_send;
};
