// The Webitel email settings editor through real widgets against the sandbox: load, check
// before sending, save (the stored SMTP password kept), test email, delete, create again.
#include "core/accounts/demoaccount.h"
#include "core/providers/webitel/webitelclient.h"
#include "models/accounttreemodel.h"
#include "ui/mainwindow.h"
#include "accessiblenames.h"
#include "guifixture.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

class TestWebitelSettingsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editorRoundTrip();
};

void TestWebitelSettingsPage::editorRoundTrip()
{
    GuiFixture f([](quint16 port) { return DemoAccount::makeWebitel(port); });
    SandboxFixture &sandbox = f.sandbox;
    QNetworkAccessManager &nam = f.nam;
    MainWindow &window = *f.window;
    const QString id = f.id;

    // GIVEN the demo domain's Email Settings node
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("accountTree"));
    const QModelIndex node = static_cast<AccountTreeModel *>(tree->model())->mailboxesIndex(id, QStringLiteral("demo.webitel"));
    QCOMPARE(node.data().toString(), QStringLiteral("Email Settings"));
    tree->setCurrentIndex(node);
    auto *host = window.findChild<QLineEdit *>(QStringLiteral("smtpHost"));
    auto *port = window.findChild<QSpinBox *>(QStringLiteral("smtpPort"));
    auto *save = window.findChild<QPushButton *>(QStringLiteral("smtpSave"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("webitelStatus"));
    QTRY_COMPARE(host->text(), QStringLiteral("smtp.demo.webitel"));
    const QStringList unnamed = unnamedControls(f.window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    QCOMPARE(port->value(), 465);
    QVERIFY(window.findChild<QLineEdit *>(QStringLiteral("smtpPassword"))->text().isEmpty());   // never shown

    // WHEN the host is emptied, THEN nothing can be sent and the page says why
    host->clear();
    QVERIFY(!save->isEnabled());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("smtpProblems"))->text().contains(QLatin1String("host")));

    // WHEN a new host and port are saved, THEN Webitel holds them, with the password unchanged
    QTest::keyClicks(host, QStringLiteral("relay.demo.webitel"));
    port->setValue(587);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(status->text().contains(QLatin1String("relay.demo.webitel")));
    WebitelClient check(&nam, sandbox.baseUrl());
    check.setCredentials(f.accounts.find(id)->userName, DemoAccount::password());
    Webitel::EmailSettings stored;
    bool fetched = false;
    check.fetchSettings(QStringLiteral("demo.webitel"), this, [&](const ApiError &, const Webitel::EmailSettings &s) { stored = s; fetched = true; });
    QTRY_VERIFY(fetched);
    QCOMPARE(stored.port, 587);
    QCOMPARE(stored.password, QStringLiteral("b271e0c652eaa98e"));

    // AND a test email can be asked for
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("smtpTestTo")), QStringLiteral("boss@example.com"));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("smtpTest")), Qt::LeftButton);
    QTRY_VERIFY(status->text().contains(QLatin1String("accepted the test email to boss@example.com")));

    // WHEN deleted after a confirmation, THEN the page offers to create them again
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("smtpDelete")), Qt::LeftButton);
    QPointer<QMessageBox> box;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("confirmDeleteSettings"))) && box->isVisible());
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteSettingsButton")), Qt::LeftButton);
    QTRY_VERIFY(status->text().contains(QLatin1String("no email settings yet")));
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("smtpDelete"))->isEnabled());
    QTest::keyClicks(host, QStringLiteral("new.relay"));
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("smtpPassword")), QStringLiteral("Fresh-Pass"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(status->text().contains(QLatin1String("new.relay")));

    // WHEN Draft Mode is on THEN Save says where it sends, and a save is drafted, not sent
    auto *draftMode = window.findChild<QAction *>(QStringLiteral("actionDraftMode"));
    draftMode->trigger();
    QCOMPARE(save->text(), QStringLiteral("&Add to Draft"));
    const int before = sandbox.server()->requestCount();
    host->setText(QStringLiteral("drafted.relay"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(status->text().contains(QLatin1String("draft")));
    QCOMPARE(sandbox.server()->requestCount(), before);
    draftMode->trigger();
    QCOMPARE(save->text(), QStringLiteral("&Save Settings"));
}

QTEST_MAIN(TestWebitelSettingsPage)
#include "tst_webitelsettingspage.moc"
