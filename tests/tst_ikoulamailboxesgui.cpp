// An Ikoula organisation's mailboxes through real widgets against the sandbox: a room
// mailbox created with a generated password shown once, edited in one dialog that sends
// only what changed (fields, protocols, quota in MB, alias, SMTP forwarding), a refusal
// that keeps the dialog open, and a deletion that asks first.
#include "core/accounts/demoaccount.h"
#include "core/providers/ikoula/ikoulaclient.h"
#include "models/accounttreemodel.h"
#include "sandbox/ikoulasimulator.h"
#include "ui/ikoula/ikoulamailboxdialog.h"
#include "ui/mainwindow.h"
#include "accessiblenames.h"
#include "guifixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QTest>
#include <QTreeView>

class TestIkoulaMailboxesGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createEditDelete();
    void draftedEditShowsWhatChanges();
    void accountPageOffersOnlyWhatTheProviderDoes();
    void changePasswordKeepsTheDialogOnARefusal();
    void severalMailboxesJoinAListAtOnce();

private:
    static int rowOf(QTableView *view, const QString &email)
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data().toString() == email)
                return row;
        }
        return -1;
    }
    static QStringList members(IkoulaClient *client, const QString &list)
    {
        QStringList out{QStringLiteral("<not read>")};
        bool done = false;
        QObject context;
        client->fetchSchema(QStringLiteral("10442"), QStringLiteral("2031"), &context, [&](const ApiError &, const Ikoula::OrganisationSchema &s) {
            if (const Ikoula::DistributionList *l = s.findList(list))
                out = l->members;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("no answer");
        return out;
    }
    static Ikoula::Bal fetch(IkoulaClient *client, const QString &email, bool *found)
    {
        Ikoula::Bal out;
        bool done = false;
        *found = false;
        QObject context;
        client->fetchSchema(QStringLiteral("10442"), QStringLiteral("2031"), &context, [&](const ApiError &, const Ikoula::OrganisationSchema &s) {
            for (const Ikoula::Bal &b : s.bals) {
                if (b.email == email) {
                    out = b;
                    *found = true;
                }
            }
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("no answer");
        return out;
    }
};

void TestIkoulaMailboxesGui::createEditDelete()
{
    IkoulaGuiFixture f;
    SandboxFixture &sandbox = f.sandbox;
    MainWindow &window = *f.window;
    const QString id = f.id;
    IkoulaClient &check = f.check;
    const QString email = QStringLiteral("terrasse@brasserie-lumiere.fr");

    // GIVEN the organisation's Mailboxes node, the subscriptions listed as the demo does
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("accountTree"));
    auto *model = static_cast<AccountTreeModel *>(tree->model());
    window.listProviderObjects();
    QTRY_VERIFY(model->subscriptionIndex(id, QStringLiteral("10442")).isValid());
    tree->setCurrentIndex(model->organisationIndex(id, QStringLiteral("10442"), QStringLiteral("2031"), AccountTreeModel::NodeType::Mailboxes));
    auto *table = window.findChild<QTableView *>(QStringLiteral("balTable"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("balStatus"));
    QTRY_COMPARE(table->model()->rowCount(), 7);
    // AND Hostway's mailbox actions are not offered for an Ikoula account, Draft Mode is
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionNewMailbox"))->isVisible());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionDraftMode"))->isVisible());

    // WHEN a room mailbox is created with Ctrl+N and no password typed
    table->setFocus();
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    QPointer<QDialog> create = window.findChild<QDialog *>(QStringLiteral("newBalDialog"));
    QVERIFY(create);
    // (each label with an Alt+letter has its field: without a buddy Qt shows "&Address:" as is)
    for (const QLabel *label : create->findChildren<QLabel *>()) {
        if (label->textFormat() != Qt::RichText && label->text().contains(QLatin1Char('&')))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        if (label->text() == QLatin1String("&Password:"))   // Alt+P lands in the field itself, not its frame
            QCOMPARE(label->buddy()->objectName(), QStringLiteral("passwordEdit"));
    }
    auto *kind = create->findChild<QComboBox *>(QStringLiteral("balKindCombo"));
    kind->setCurrentIndex(kind->findData(int(Ikoula::BalKind::Room)));
    QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("balLocalEdit")), QStringLiteral("terrasse"));
    QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("balDisplayNameEdit")), QStringLiteral("Terrasse"));
    create->activateWindow();   // as for a user typing in it: the dialog has the focus
    QVERIFY(QTest::qWaitForWindowActive(create));
    auto *displayName = create->findChild<QLineEdit *>(QStringLiteral("balDisplayNameEdit"));
    displayName->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), displayName);
    // (first with a password Ikoula refuses: its words stand at the password, in the window's
    // terms, and the dialog stays with what was typed)
    auto *password = create->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(password, QStringLiteral("abc"));
    QTest::keyClick(displayName, Qt::Key_Return);
    auto *refusal = create->findChild<QLabel *>(QStringLiteral("passwordServerError"));
    QTRY_VERIFY(!refusal->isHidden());
    QVERIFY2(refusal->text().contains(QLatin1String("Password must be at least 8")), qPrintable(refusal->text()));
    QVERIFY(create && create->isVisible());
    QCOMPARE(create->findChild<QLineEdit *>(QStringLiteral("balLocalEdit"))->text(), QStringLiteral("terrasse"));
    password->clear();
    QTest::keyClick(displayName, Qt::Key_Return);
    // THEN it exists as a room, and its generated password is shown once
    QTRY_VERIFY(!create);
    QTRY_VERIFY(rowOf(table, email) >= 0);
    QVERIFY(status->text().contains(QLatin1String("shown only now")));
    bool found = false;
    QCOMPARE(fetch(&check, email, &found).kind, Ikoula::BalKind::Room);
    QVERIFY(found);

    // WHEN it is edited: a phone, POP off, a 4096 MB quota, an alias and SMTP forwarding
    table->setCurrentIndex(table->model()->index(rowOf(table, email), 0));
    const int before = sandbox.server()->requestCount();
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("editBalButton")), Qt::LeftButton);
    QPointer<IkoulaMailboxDialog> edit = window.findChild<IkoulaMailboxDialog *>(QStringLiteral("ikoulaMailboxDialog"));
    QVERIFY(edit);
    QTest::keyClicks(edit->findChild<QLineEdit *>(QStringLiteral("mobilePhoneEdit")), QStringLiteral("+33 6 00 00 00 01"));
    edit->findChild<QCheckBox *>(QStringLiteral("popCheck"))->setChecked(false);
    edit->findChild<QSpinBox *>(QStringLiteral("receiveSpin"))->setValue(4096);
    QTest::keyClicks(edit->findChild<QLineEdit *>(QStringLiteral("newAliasEdit")), QStringLiteral("jardin@brasserie-lumiere.fr"));
    QTest::keyClick(edit->findChild<QLineEdit *>(QStringLiteral("newAliasEdit")), Qt::Key_Return);
    QTest::keyClicks(edit->findChild<QLineEdit *>(QStringLiteral("smtpForwardEdit")), QStringLiteral("not-an-address"));
    QCOMPARE(edit->changes().size(), 5);   // update-bal, features, quotas, alias, SMTP forward
    QTest::mouseClick(edit->findChild<QPushButton *>(QStringLiteral("saveMailboxButton")), Qt::LeftButton);
    // THEN the SMTP forward is refused before anything is sent: the dialog stays open with
    // the message at that field, and nothing changed
    auto *error = edit->findChild<QLabel *>(QStringLiteral("mailboxDialogError"));
    QTRY_VERIFY(edit && error->text().contains(QLatin1String("email_to_forward")));
    QVERIFY(edit->isVisible());
    QCOMPARE(sandbox.server()->requestCount(), before);
    Ikoula::Bal bal = fetch(&check, email, &found);
    QVERIFY(bal.details.mobilePhone.isEmpty());

    // WHEN the forward is emptied and the rest saved, THEN the four other changes are sent
    edit->findChild<QLineEdit *>(QStringLiteral("smtpForwardEdit"))->clear();
    QCOMPARE(edit->changes().size(), 4);
    QTest::mouseClick(edit->findChild<QPushButton *>(QStringLiteral("saveMailboxButton")), Qt::LeftButton);
    QTRY_VERIFY(!edit);
    bal = fetch(&check, email, &found);
    QCOMPARE(bal.details.mobilePhone, QStringLiteral("+33 6 00 00 00 01"));
    QVERIFY(!bal.features.pop);
    QCOMPARE(bal.quotas.prohibitSendReceiveKb, 4096 * 1024);
    QCOMPARE(bal.aliases, QStringList{QStringLiteral("jardin@brasserie-lumiere.fr")});
    QVERIFY(sandbox.server()->requestCount() > before);

    // WHEN it is edited again with only a good SMTP forward, THEN only that is sent
    QTRY_COMPARE(rowOf(table, email) >= 0, true);
    table->setCurrentIndex(table->model()->index(rowOf(table, email), 0));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    edit = window.findChild<IkoulaMailboxDialog *>(QStringLiteral("ikoulaMailboxDialog"));
    QTRY_VERIFY(edit && edit->isVisible());
    QTest::keyClicks(edit->findChild<QLineEdit *>(QStringLiteral("smtpForwardEdit")), QStringLiteral("terrasse@gmail.example"));
    QCOMPARE(edit->changes().size(), 1);
    QCOMPARE(edit->changes().at(0).action, QStringLiteral("update-forward-smtp-email"));
    QTest::mouseClick(edit->findChild<QPushButton *>(QStringLiteral("saveMailboxButton")), Qt::LeftButton);
    QTRY_VERIFY(!edit);
    QCOMPARE(fetch(&check, email, &found).smtpForwardTo, QStringLiteral("terrasse@gmail.example"));

    // WHEN Del is pressed, THEN nothing is deleted until the confirmation says so
    table->setCurrentIndex(table->model()->index(rowOf(table, email), 0));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QPointer<QMessageBox> confirm = window.findChild<QMessageBox *>(QStringLiteral("confirmDeleteBal"));
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(email));
    confirm->button(QMessageBox::Cancel)->click();
    fetch(&check, email, &found);
    QVERIFY(found);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    confirm = window.findChild<QMessageBox *>(QStringLiteral("confirmDeleteBal"));
    QVERIFY(confirm);
    for (QAbstractButton *b : confirm->buttons()) {
        if (confirm->buttonRole(b) == QMessageBox::DestructiveRole)
            b->click();
    }
    QTRY_COMPARE(rowOf(table, email), -1);
    fetch(&check, email, &found);
    QVERIFY(!found);
}

void TestIkoulaMailboxesGui::draftedEditShowsWhatChanges()
{
    QDir(MainWindow::draftsFolder()).removeRecursively();
    IkoulaGuiFixture f;
    MainWindow &window = *f.window;
    QVERIFY(f.openOrganisation(AccountTreeModel::NodeType::Mailboxes));
    auto *table = window.findChild<QTableView *>(QStringLiteral("balTable"));
    QTRY_COMPARE(table->model()->rowCount(), 7);
    const QString lea = QStringLiteral("lea.petit@brasserie-lumiere.fr");
    const int before = f.sandbox.server()->requestCount();

    // GIVEN Draft Mode on, WHEN the days lea's deleted items are kept change in her editor
    window.findChild<QAction *>(QStringLiteral("actionDraftMode"))->trigger();
    table->setCurrentIndex(table->model()->index(rowOf(table, lea), 0));
    QMetaObject::invokeMethod(window.findChild<QPushButton *>(QStringLiteral("editBalButton")), &QPushButton::click);
    QPointer<IkoulaMailboxDialog> edit = window.findChild<IkoulaMailboxDialog *>(QStringLiteral("ikoulaMailboxDialog"));
    QTRY_VERIFY(edit && edit->isVisible());
    auto *days = edit->findChild<QSpinBox *>(QStringLiteral("keepDaysSpin"));
    days->setValue(days->value() == 20 ? 21 : 20);
    QCOMPARE(edit->changes().size(), 1);
    QTest::mouseClick(edit->findChild<QPushButton *>(QStringLiteral("saveMailboxButton")), Qt::LeftButton);
    QTRY_VERIFY2(!edit, edit ? qPrintable(edit->findChild<QLabel *>(QStringLiteral("mailboxDialogError"))->text()) : "");

    // THEN nothing is sent, and the draft pane shows the old and new values
    QCOMPARE(f.sandbox.server()->requestCount(), before);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("draftDock"));
    auto *draftTable = dock->findChild<QTableView *>(QStringLiteral("draftTable"));
    QTRY_COMPARE(draftTable->model()->rowCount(), 1);
    draftTable->selectRow(0);
    const QString preview = dock->findChild<QPlainTextEdit *>(QStringLiteral("requestPreview"))->toPlainText();
    QVERIFY2(preview.contains(QLatin1String("keep_deleted_items_days: ")) && preview.contains(QStringLiteral("\u2192")), qPrintable(preview));
    QVERIFY(!preview.contains(QLatin1String("issue_warning_kb: ")));   // unchanged fields are not listed
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("balStatus"))->text().contains(QLatin1String("draft")));
}

void TestIkoulaMailboxesGui::accountPageOffersOnlyWhatTheProviderDoes()
{
    // GIVEN an Ikoula account, whose subscriptions its API lists (no domains to add)
    IkoulaGuiFixture f;
    auto *tree = f.window->findChild<QTreeView *>(QStringLiteral("accountTree"));
    auto *model = static_cast<AccountTreeModel *>(tree->model());
    auto *centre = f.window->findChild<QStackedWidget *>(QStringLiteral("centrePages"));
    QVERIFY(tree && centre);
    // WHEN its account node is selected
    tree->setCurrentIndex(model->accountIndex(f.id));
    // THEN the page says who it is and lists the subscriptions, and offers no Add Domain
    // button: Test Connection only
    QTRY_VERIFY(model->subscriptionIndex(f.id, QStringLiteral("10442")).isValid());
    const QList<QPushButton *> buttons = centre->currentWidget()->findChildren<QPushButton *>();
    QVERIFY(!buttons.isEmpty());
    for (const QPushButton *button : buttons)
        QVERIFY2(button->isVisible() == (button->objectName() == QLatin1String("actionTestConnectionButton")), qPrintable(button->text()));
    bool summarised = false;
    for (const QLabel *label : centre->currentWidget()->findChildren<QLabel *>())
        summarised = summarised || label->text().contains(QLatin1String("Ikoula Exchange at"));
    QVERIFY(summarised);
    // AND on each page of an organisation a screen reader can name every control
    for (const auto node : {AccountTreeModel::NodeType::Mailboxes, AccountTreeModel::NodeType::DistributionLists,
                            AccountTreeModel::NodeType::Contacts}) {
        tree->setCurrentIndex(model->organisationIndex(f.id, QStringLiteral("10442"), QStringLiteral("2031"), node));
        QTRY_VERIFY(centre->currentWidget()->objectName().startsWith(QLatin1String("ikoula")));
        const QStringList unnamed = unnamedControls(f.window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
}

void TestIkoulaMailboxesGui::changePasswordKeepsTheDialogOnARefusal()
{
    // GIVEN a mailbox of the organisation selected
    IkoulaGuiFixture f;
    QVERIFY(f.openOrganisation(AccountTreeModel::NodeType::Mailboxes));
    auto *table = f.window->findChild<QTableView *>(QStringLiteral("balTable"));
    const QString email = QStringLiteral("lea.petit@brasserie-lumiere.fr");
    QTRY_VERIFY(rowOf(table, email) >= 0);
    table->setCurrentIndex(table->model()->index(rowOf(table, email), 0));
    // WHEN a password Ikoula refuses is sent
    QTest::mouseClick(f.window->findChild<QPushButton *>(QStringLiteral("balPasswordButton")), Qt::LeftButton);
    QPointer<QDialog> dialog;
    QTRY_VERIFY((dialog = f.window->findChild<QDialog *>(QStringLiteral("balPasswordDialog"))) && dialog->isVisible());
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *change = dialog->findChild<QPushButton *>(QStringLiteral("balChangePasswordButton"));
    QVERIFY(!change->isEnabled());   // nothing typed yet
    QTest::keyClicks(password, QStringLiteral("abc"));
    QTest::mouseClick(change, Qt::LeftButton);
    // THEN the dialog stays, with Ikoula's words at the field and the typed text, to correct
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("passwordServerError"));
    QTRY_VERIFY(!error->text().isEmpty());
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("Password must be at least 8")), qPrintable(error->text()));
    QCOMPARE(password->text(), QStringLiteral("abc"));
    // AND the editor is the one of every provider: no rule stated, so a note instead of a checklist
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("passwordNote"))->isVisible());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("ruleUnmet")));
    // WHEN one is generated, copied and sent THEN Ikoula takes it and the dialog closes
    QTest::mouseClick(dialog->findChild<QToolButton *>(QStringLiteral("generatePasswordButton")), Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);   // shown, to be passed on
    QCOMPARE(password->text().size(), 16);
    QVERIFY(error->isHidden());   // the refusal went with the text it was about
    QTest::mouseClick(dialog->findChild<QToolButton *>(QStringLiteral("copyPasswordButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), password->text());
    QTest::mouseClick(change, Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    auto *status = f.window->findChild<QLabel *>(QStringLiteral("balStatus"));
    QTRY_VERIFY(status->text().contains(QLatin1String("Changed the password")));
}

void TestIkoulaMailboxesGui::severalMailboxesJoinAListAtOnce()
{
    // GIVEN lea.petit and nina.roux selected (Shift+Down), neither in the list "cuisine"
    IkoulaGuiFixture f;
    QVERIFY(f.openOrganisation(AccountTreeModel::NodeType::Mailboxes));
    auto *table = f.window->findChild<QTableView *>(QStringLiteral("balTable"));
    const QString lea = QStringLiteral("lea.petit@brasserie-lumiere.fr");
    const QString nina = QStringLiteral("nina.roux@brasserie-lumiere.fr");
    const QString cuisine = QStringLiteral("cuisine@brasserie-lumiere.fr");
    QTRY_VERIFY(rowOf(table, lea) >= 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(rowOf(table, lea), 0));
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    auto *edit = f.window->findChild<QPushButton *>(QStringLiteral("editBalButton"));
    auto *add = f.window->findChild<QPushButton *>(QStringLiteral("balAddToListButton"));
    QVERIFY(!edit->isEnabled());   // one mailbox's
    QTRY_VERIFY(add->isEnabled());
    // WHEN Add to List, "Cuisine" chosen
    QTest::mouseClick(add, Qt::LeftButton);
    QInputDialog *choose = nullptr;
    QTRY_VERIFY((choose = f.window->findChild<QInputDialog *>(QStringLiteral("addToListDialog"))) && choose->isVisible());
    choose->setTextValue(QStringLiteral("Cuisine (%1)").arg(cuisine));
    QCOMPARE(choose->textValue(), QStringLiteral("Cuisine (%1)").arg(cuisine));
    choose->accept();
    // THEN one batch adds both, each with its outcome, and Ikoula lists them as members
    QDialog *batch = nullptr;
    QTRY_VERIFY((batch = f.window->findChild<QDialog *>(QStringLiteral("batchDialog"))) && batch->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(batch->findChild<QPushButton *>(QStringLiteral("batchCloseButton"))->isVisible(), 20000);
    QCOMPARE(batch->findChild<QTableView *>(QStringLiteral("batchTable"))->model()->rowCount(), 2);
    const QStringList now = members(&f.check, cuisine);
    QVERIFY2(now.contains(lea) && now.contains(nina), qPrintable(now.join(QLatin1Char(','))));
    batch->close();
    auto *status = f.window->findChild<QLabel *>(QStringLiteral("balStatus"));
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Added 2 member")), qPrintable(status->text()));   // reloaded since

    // WHEN both are deleted, after one question naming them THEN both are gone
    QTRY_VERIFY(f.window->findChild<QPushButton *>(QStringLiteral("deleteBalButton"))->isEnabled());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    QTest::mouseClick(f.window->findChild<QPushButton *>(QStringLiteral("deleteBalButton")), Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = f.window->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBals"))) && confirm->isVisible());
    QVERIFY(confirm->text().contains(lea) && confirm->text().contains(nina));
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmDeleteBalsButton")), Qt::LeftButton);
    QTRY_VERIFY((batch = f.window->findChild<QDialog *>(QStringLiteral("batchDialog"))) && batch->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(batch->findChild<QPushButton *>(QStringLiteral("batchCloseButton"))->isVisible(), 20000);
    bool found = true;
    fetch(&f.check, lea, &found);
    QVERIFY(!found);
    fetch(&f.check, nina, &found);
    QVERIFY(!found);
}

QTEST_MAIN(TestIkoulaMailboxesGui)
#include "tst_ikoulamailboxesgui.moc"
