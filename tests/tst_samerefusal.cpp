// The same refusal reaches the window and mailroomctl with the same words at the same field:
// a Hostway password used before (the provider's refusal, seed 003 section 63-64) and an
// Ikoula password too short (wsexch's rule). The dialog stays open with the message at its
// field; the command exits 1 with the same message. ICE and Webitel have no password or
// quota rule of their own to refuse.
#include "ctlprocess.h"
#include "guifixture.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

class TestSameRefusal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostwayPasswordUsedBefore();
    void ikoulaPasswordTooShort();
    void ikoulaQuotasOutOfOrder();

private:
    /// Shows the demo organisation's mailboxes and selects `email`; false when it never shows.
    [[nodiscard]] static bool selectIkoulaMailbox(IkoulaGuiFixture &f, const QString &email);
    /// mailroomctl with `arguments`, `input` on standard input and the demo password.
    CtlResult ctl(const QStringList &arguments, const QByteArray &input);

    QTemporaryDir m_home;
};

CtlResult TestSameRefusal::ctl(const QStringList &arguments, const QByteArray &input)
{
    return runMailroomctl(arguments, input, DemoAccount::password(), m_home.path() + QStringLiteral("/config"),
                          m_home.path() + QStringLiteral("/data"));
}

bool TestSameRefusal::selectIkoulaMailbox(IkoulaGuiFixture &f, const QString &email)
{
    if (!f.openOrganisation(AccountTreeModel::NodeType::Mailboxes))
        return false;
    auto *table = f.window->findChild<QTableView *>(QStringLiteral("balTable"));
    const auto rows = [table, &email] { return table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, email); };
    if (!QTest::qWaitFor([&rows] { return !rows().isEmpty(); }, 10000))
        return false;
    table->setCurrentIndex(rows().first());
    return true;
}

void TestSameRefusal::hostwayPasswordUsedBefore()
{
    // GIVEN john.smith, whose earlier password the sandbox remembers
    GuiFixture f([](quint16 port) { return DemoAccount::make(port); });
    MainWindow &window = *f.window;
    const QString used = QStringLiteral("pWord123$");
    window.selectMailboxes(f.id, QStringLiteral("test.com"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("mailboxTable"));
    QTRY_COMPARE(table->model()->rowCount(), 8);
    table->selectRow(table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("john.smith")).first().row());

    // WHEN it is set again in the window
    window.findChild<QAction *>(QStringLiteral("actionResetPassword"))->trigger();
    QPointer<QDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("changePasswordDialog"))) && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), used);
    auto *set = dialog->findChild<QPushButton *>(QStringLiteral("setPasswordButton"));
    QTRY_VERIFY(set->isEnabled());
    QTest::mouseClick(set, Qt::LeftButton);
    // THEN the dialog stays with Hostway's words at the password
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("passwordServerError"));
    QTRY_VERIFY(!error->text().isEmpty());
    QVERIFY(dialog->isVisible());
    const QString words = error->text();
    QVERIFY2(words.contains(QLatin1String("used more than once")), qPrintable(words));

    // AND mailroomctl, asked the same, refuses with the same words at the same field
    const CtlResult r = ctl({QStringLiteral("--base-url"), f.sandbox.baseUrl().toString(), QStringLiteral("--account"),
                          SandboxFixture::accountId(), QStringLiteral("--user"), SandboxFixture::user(), QStringLiteral("mailbox"),
                          QStringLiteral("set"), QStringLiteral("--domain"), QStringLiteral("test.com"), QStringLiteral("--name"),
                          QStringLiteral("john.smith"), QStringLiteral("--password-stdin")},
                         used.toUtf8() + '\n');
    QCOMPARE(r.code, 1);
    const qsizetype at = r.err.indexOf("password: ");
    QVERIFY2(at >= 0, r.err.constData());
    const QString cliWords = QString::fromUtf8(r.err.mid(at + 10).split('\n').first());
    QCOMPARE(cliWords, QStringLiteral("Password must not be used more than once"));   // the sandbox's words
    QVERIFY2(words.contains(cliWords), qPrintable(words + QStringLiteral(" | ") + cliWords));
}

void TestSameRefusal::ikoulaPasswordTooShort()
{
    // GIVEN an Ikoula mailbox
    IkoulaGuiFixture f;
    const QString email = QStringLiteral("lea.petit@brasserie-lumiere.fr");
    QVERIFY(selectIkoulaMailbox(f, email));

    // WHEN a short password is sent from the window
    QTest::mouseClick(f.window->findChild<QPushButton *>(QStringLiteral("balPasswordButton")), Qt::LeftButton);
    QPointer<QDialog> dialog;
    QTRY_VERIFY((dialog = f.window->findChild<QDialog *>(QStringLiteral("balPasswordDialog"))) && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("court"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("balChangePasswordButton")), Qt::LeftButton);
    // THEN the dialog stays with the rule's words at the password, in the window's terms (no wire name)
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("passwordServerError"));
    QTRY_VERIFY(!error->text().isEmpty());
    QVERIFY(dialog->isVisible());
    const QString words = error->text();
    QVERIFY2(words.contains(QLatin1String("Password must be at least 8 characters")), qPrintable(words));
    QVERIFY2(!words.contains(QLatin1String("password_bal")), qPrintable(words));

    // AND mailroomctl refuses the same password with the same words
    const CtlResult r = ctl({QStringLiteral("--provider"), QStringLiteral("ikoula"), QStringLiteral("--base-url"), f.sandbox.baseUrl().toString(),
                          QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--public-key"),
                          QStringLiteral(SANDBOX_DEMO_DIR "/ikoula-public.pem"), QStringLiteral("mailbox"), QStringLiteral("set"),
                          QStringLiteral("--password-stdin"), QStringLiteral("--email"), email},
                         "court\n");
    QCOMPARE(r.code, 1);
    const qsizetype at = r.err.indexOf("Provider says: ");
    QVERIFY2(at >= 0, r.err.constData());
    const QString cliWords = QString::fromUtf8(r.err.mid(at + 15).split('\n').first());
    QCOMPARE(cliWords, QStringLiteral("Password must be at least 8 characters"));
    QVERIFY2(words.contains(cliWords), qPrintable(words + QStringLiteral(" | ") + cliWords));
}

void TestSameRefusal::ikoulaQuotasOutOfOrder()
{
    // GIVEN an Ikoula mailbox's editor
    IkoulaGuiFixture f;
    const QString email = QStringLiteral("lea.petit@brasserie-lumiere.fr");
    QVERIFY(selectIkoulaMailbox(f, email));
    QMetaObject::invokeMethod(f.window->findChild<QPushButton *>(QStringLiteral("editBalButton")), &QPushButton::click);
    QPointer<QDialog> edit;
    QTRY_VERIFY((edit = f.window->findChild<QDialog *>(QStringLiteral("ikoulaMailboxDialog"))) && edit->isVisible());

    // WHEN the warning is set above the point where sending stops
    edit->findChild<QSpinBox *>(QStringLiteral("warningSpin"))->setValue(500);
    edit->findChild<QSpinBox *>(QStringLiteral("sendSpin"))->setValue(100);
    edit->findChild<QSpinBox *>(QStringLiteral("receiveSpin"))->setValue(1000);
    const int before = f.sandbox.server()->requestCount();
    QTest::mouseClick(edit->findChild<QPushButton *>(QStringLiteral("saveMailboxButton")), Qt::LeftButton);
    // THEN the editor stays, says so, and nothing is sent
    auto *error = edit->findChild<QLabel *>(QStringLiteral("mailboxDialogError"));
    QTRY_VERIFY(!error->text().isEmpty());
    QVERIFY(edit->isVisible());
    QCOMPARE(f.sandbox.server()->requestCount(), before);
    const QString words = error->text();
    QVERIFY2(words.contains(QLatin1String("warning comes before sending stops")), qPrintable(words));

    // AND mailroomctl refuses the same quotas with the same words
    const CtlResult r = ctl({QStringLiteral("--provider"), QStringLiteral("ikoula"), QStringLiteral("--base-url"), f.sandbox.baseUrl().toString(),
                             QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--public-key"),
                             QStringLiteral(SANDBOX_DEMO_DIR "/ikoula-public.pem"), QStringLiteral("mailbox"), QStringLiteral("set"),
                             QStringLiteral("--subscription"), QStringLiteral("10442"), QStringLiteral("--organisation"), QStringLiteral("2031"),
                             QStringLiteral("--warning-mb"), QStringLiteral("500"), QStringLiteral("--send-mb"), QStringLiteral("100"),
                             QStringLiteral("--receive-mb"), QStringLiteral("1000"), QStringLiteral("--email"), email},
                            {});
    QVERIFY2(r.code == 1 || r.code == 2, r.err.constData());
    QVERIFY2(r.err.contains("The warning comes before sending stops, which comes before receiving stops."), r.err.constData());
}

QTEST_MAIN(TestSameRefusal)
#include "tst_samerefusal.moc"
