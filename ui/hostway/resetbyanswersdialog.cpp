#include "ui/hostway/resetbyanswersdialog.h"

#include "core/net/apierror.h"
#include "core/providers/hostway/hostwayrules.h"
#include "core/providers/hostway/secretoperations.h"
#include "ui/passwordeditor.h"
#include "ui/uistyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ResetByAnswersDialog::ResetByAnswersDialog(const QString &domain, const QString &name, bool exchange,
                                           const Hostway::SecretQuestions &questions, const QStringList &keys, QWidget *parent)
    : QDialog(parent)
    , m_domain(domain)
    , m_name(name)
    , m_exchange(exchange)
    , m_questions(questions)
    , m_password(new PasswordEditor(Hostway::Rules::passwordPolicy(), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("resetByAnswersDialog"));
    // The address goes in the dialog, not the title, where a window manager cuts it short.
    setWindowTitle(tr("Reset Password by Secret Answers"));
    m_password->setContext(name, domain);
    m_problem->setObjectName(QStringLiteral("resetByAnswersProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    QPushButton *reset = m_buttons->button(QDialogButtonBox::Ok);
    reset->setText(tr("&Reset Password"));
    reset->setObjectName(QStringLiteral("resetByAnswersButton"));

    auto *intro = new QLabel(tr("Reset the password of %1@%2. Type the answers the mailbox's owner gives; one right answer is "
                                "enough. Answers are never saved.").arg(name, domain), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const QString &key : keys) {
        auto *field = new QLineEdit(this);
        field->setObjectName(QStringLiteral("answer_") + key);
        field->setEchoMode(QLineEdit::Password);
        field->setAccessibleName(tr("Answer to: %1").arg(questions.question(key)));
        auto *label = new QLabel(questions.question(key), this);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setBuddy(field);
        form->addRow(label, field);
        m_answers.append({key, field});
        connect(field, &QLineEdit::textChanged, this, &ResetByAnswersDialog::updateState);
    }
    auto *passwordLabel = new QLabel(tr("&New password:"), this);
    passwordLabel->setBuddy(m_password->lineEdit());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(passwordLabel);
    layout->addWidget(m_password);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_password, &PasswordEditor::changed, this, &ResetByAnswersDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            return;
        m_problem->hide();
        m_busy = true;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        Q_EMIT submitted();
    });
    if (!m_answers.isEmpty())
        m_answers.first().second->setFocus();
    updateState();
    resize(480, sizeHint().height());
}

ResetByAnswersDialog::~ResetByAnswersDialog() = default;

std::shared_ptr<ResetPasswordByAnswers> ResetByAnswersDialog::operation() const
{
    SecretAnswers answers;
    for (const auto &[key, field] : m_answers) {
        if (!field->text().isEmpty())
            answers.insert(key, field->text());
    }
    return std::make_shared<ResetPasswordByAnswers>(m_domain, m_name, m_exchange, answers, PasswordSource::Provided,
                                                    m_password->password());
}

void ResetByAnswersDialog::updateState()
{
    // The operation's own checks, once something is typed: no error before the first keystroke.
    bool typed = !m_password->password().isEmpty();
    for (const auto &answer : std::as_const(m_answers))
        typed = typed || !answer.second->text().isEmpty();
    const QList<ValidationProblem> problems = operation()->validate();
    QStringList shown;
    for (const ValidationProblem &p : problems) {
        // The password's rules are shown by its editor; a rule it lacks (Exchange: "start
        // with a letter") shows here once the rest are met.
        if (p.field != QLatin1String("password") || m_password->isAcceptable())
            shown.append(SetSecretAnswers::inWords(p, m_questions));
    }
    m_problem->setText(shown.join(QLatin1Char('\n')));
    UiStyle::setError(m_problem, true);
    m_problem->setVisible(typed && !shown.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty() && !m_busy);
    if (m_problem->isVisibleTo(this))
        growToFit();
}

void ResetByAnswersDialog::showRefusal(const ApiError &error)
{
    m_busy = false;
    updateState();
    const QString field = error.fieldMessage(QStringLiteral("password"));
    if (!field.isEmpty())
        m_password->setServerError(field);
    else
        UiStyle::showRefusal(m_problem, error, ResetPasswordByAnswers::explainRefusal(error));
    growToFit();
}

void ResetByAnswersDialog::growToFit()
{
    // A refusal or a problem line adds rows: the dialog grows so that nothing overlaps (the
    // password's rules were squashed under a refusal), and never shrinks back while typing.
    const int wanted = layout()->totalHeightForWidth(width());
    if (wanted > height())
        resize(width(), wanted);
}
