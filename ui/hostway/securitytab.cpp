#include "ui/hostway/securitytab.h"

#include "core/net/apierror.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/secretoperations.h"
#include "ui/hostway/resetbyanswersdialog.h"
#include "ui/uistyle.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

SecurityTab::SecurityTab(QWidget *parent)
    : MailboxSettingTab(parent)
    , m_summary(new QLabel(this))
    , m_answersHost(new QWidget(this))
    , m_answersForm(new QFormLayout(m_answersHost))
    , m_showAnswers(new QCheckBox(tr("Sh&ow answers"), this))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(tr("Save Answers"), this))
    , m_reset(new QPushButton(tr("&Reset Password by Answers\u2026"), this))
{
    setObjectName(QStringLiteral("securityTab"));
    m_summary->setObjectName(QStringLiteral("securitySummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_answersForm->setContentsMargins(0, 0, 0, 0);
    m_answersForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_showAnswers->setObjectName(QStringLiteral("securityShowAnswers"));
    m_problem->setObjectName(QStringLiteral("securityProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_save->setObjectName(QStringLiteral("securitySave"));
    m_save->setToolTip(tr("Send the answers to Hostway, or add them to the draft (Ctrl+S); they replace every answer on file"));
    m_reset->setObjectName(QStringLiteral("securityReset"));
    m_reset->setToolTip(tr("Set a new password with the answers the mailbox's owner gives"));

    auto *newAnswers = new QLabel(tr("New answers (saving replaces every answer on file):"), this);
    newAnswers->setWordWrap(true);
    // One above the other: side by side, French and German clip them in a narrow pane.
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_save, 0, Qt::AlignLeft);
    buttons->addWidget(m_reset, 0, Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(statusLabel());
    layout->addWidget(m_summary);
    layout->addWidget(newAnswers);
    layout->addWidget(m_answersHost);
    layout->addWidget(m_showAnswers);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addStretch();

    auto *saveKey = new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &SecurityTab::save);
    connect(m_save, &QPushButton::clicked, this, &SecurityTab::save);
    connect(m_reset, &QPushButton::clicked, this, &SecurityTab::resetPassword);
    connect(m_showAnswers, &QCheckBox::toggled, this, [this](bool shown) {
        for (const auto &answer : std::as_const(m_answers))
            answer.second->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    clear();
}

void SecurityTab::clear()
{
    m_known = false;
    m_busy = false;
    m_questions = {};
    m_onFile.clear();
    m_summary->clear();
    showQuestions();
}

void SecurityTab::load(HostwayClient *client, quint64 generation)
{
    QPointer<HostwayClient> guard(client);
    const auto withQuestions = [this, guard, generation](const Hostway::SecretQuestions &questions) {
        if (!isCurrent(generation) || !guard)
            return;
        guard->fetchSecretKeys(domain(), name(), this, [this, questions, generation](const ApiError &keysError, const QStringList &keys) {
            if (!isCurrent(generation))
                return;
            if (keysError.isError())
                return setStatus(tr("The secret questions of %1@%2 could not be read: %3").arg(name(), domain(), keysError.message()), true);
            m_known = true;
            m_questions = questions;
            m_onFile = keys;
            setStatus(QString());
            showQuestions();
        });
    };
    if (m_questionsFrom == client)
        return withQuestions(m_questionsRead);
    client->fetchSecretQuestions(this, [this, guard, generation, withQuestions](const ApiError &error, const Hostway::SecretQuestions &questions) {
        if (!isCurrent(generation) || !guard)
            return;
        if (error.isError())
            return setStatus(tr("The secret questions could not be read: %1").arg(error.message()), true);
        m_questionsFrom = guard;
        m_questionsRead = questions;
        withQuestions(questions);
    });
}

void SecurityTab::showQuestions()
{
    while (m_answersForm->rowCount() > 0)
        m_answersForm->removeRow(0);
    m_answers.clear();
    for (const auto &[key, question] : std::as_const(m_questions.questions)) {
        auto *field = new QLineEdit(m_answersHost);
        field->setObjectName(QStringLiteral("newAnswer_") + key);
        field->setEchoMode(m_showAnswers->isChecked() ? QLineEdit::Normal : QLineEdit::Password);
        field->setAccessibleName(tr("New answer to: %1").arg(question));
        field->setPlaceholderText(m_onFile.contains(key) ? tr("answered; type to replace") : tr("not answered"));
        auto *label = new QLabel(question, m_answersHost);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setBuddy(field);
        m_answersForm->addRow(label, field);
        m_answers.append({key, field});
        connect(field, &QLineEdit::textChanged, this, &SecurityTab::updateState);
    }
    claimDeleteKey(m_answersHost);
    setFocusProxy(m_answers.isEmpty() ? static_cast<QWidget *>(m_reset) : m_answers.first().second);
    if (!m_answers.isEmpty() && (m_reset->hasFocus() || hasFocus()))
        m_answers.first().second->setFocus();   // Alt+C pressed while loading: ready to type now
    if (m_known) {
        QStringList answered;
        for (const QString &key : std::as_const(m_onFile))
            answered.append(QStringLiteral("\u2022 ") + m_questions.question(key));
        const QString count = tr("%1@%2 answered %n question(s); Hostway asks for at least %3.", nullptr, int(m_onFile.size()))
                                  .arg(name(), domain())
                                  .arg(m_questions.minimum);
        m_summary->setText(answered.isEmpty() ? count : count + QLatin1Char('\n') + answered.join(QLatin1Char('\n')));
        if (m_questions.questions.isEmpty())
            m_summary->setText(tr("Hostway offers no secret questions to this account."));
    }
    updateState();
}

std::shared_ptr<SetSecretAnswers> SecurityTab::edited() const
{
    SecretAnswers answers;
    for (const auto &[key, field] : m_answers) {
        if (!field->text().isEmpty())
            answers.insert(key, field->text());
    }
    auto op = std::make_shared<SetSecretAnswers>(domain(), name(), answers);
    op->setMinimum(m_questions.minimum);
    op->setExpected(SetSecretAnswers::stateOf(m_onFile));
    return op;
}

void SecurityTab::updateState()
{
    bool typed = false;
    for (const auto &answer : std::as_const(m_answers))
        typed = typed || !answer.second->text().isEmpty();
    QStringList problems;
    if (typed) {
        for (const ValidationProblem &p : edited()->validate())
            problems.append(SetSecretAnswers::inWords(p, m_questions));
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    UiStyle::setError(m_problem, true);
    m_problem->setVisible(!problems.isEmpty());
    m_save->setEnabled(m_known && typed && problems.isEmpty() && !m_busy);
    m_reset->setEnabled(m_known && !m_onFile.isEmpty());
    m_reset->setToolTip(m_onFile.isEmpty() && m_known ? tr("The mailbox has no secret answers on file: save some first")
                                                     : tr("Set a new password with the answers the mailbox's owner gives"));
    m_showAnswers->setEnabled(!m_answers.isEmpty());
}

void SecurityTab::save()
{
    if (!m_save->isEnabled())
        return;
    const std::shared_ptr<SetSecretAnswers> op = edited();
    m_busy = true;
    m_save->setEnabled(false);
    submit(op, [this] {
        m_busy = false;
        for (const auto &answer : std::as_const(m_answers))
            answer.second->clear();   // answers leave the screen once sent or drafted
        if (drafting()) {
            // What Hostway has is unchanged until the draft is applied.
            setStatus(tr("Added to the draft: the answers are set when the draft is applied."));
            return;
        }
        reload();
    }, [this, op](const ApiError &error) {
        m_busy = false;
        updateState();
        UiStyle::showRefusal(m_problem, error, op->explainRefusal(error));
    });
}

void SecurityTab::resetPassword()
{
    if (!m_reset->isEnabled())
        return;
    auto *dialog = new ResetByAnswersDialog(domain(), name(), m_exchange, m_questions, m_onFile, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResetByAnswersDialog::submitted, this, [this, dialog] {
        QPointer<ResetByAnswersDialog> guard(dialog);
        submit(dialog->operation(), [this, guard] {
            setStatus(drafting() ? tr("Added to the draft: the password is reset when the draft is applied.")
                                 : tr("The password of %1@%2 was reset.").arg(name(), domain()));
            if (guard)
                guard->accept();
        }, [guard](const ApiError &error) {
            if (guard)
                guard->showRefusal(error);
        });
    });
    dialog->open();
}
