// The contacts of an Ikoula organisation through real widgets against the sandbox: a contact
// added with Ctrl+N, one deleted after its question, several deleted at once (Ctrl+A, Del,
// one question naming them, one batch), and in Draft Mode the same several drafted, one
// operation each, nothing sent.
#include "core/providers/ikoula/ikoulaclient.h"
#include "models/accounttreemodel.h"
#include "ui/mainwindow.h"
#include "guiclick.h"
#include "guifixture.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTranslator>

class TestIkoulaContactsGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addThenDeleteOne();
    void severalDeletedAtOnce();
    void severalDraftedInDraftMode();

private:
    QTranslator m_english;   // the application's own: it gives English its plural forms

    /// The contacts' addresses as Ikoula holds them, read by a client of the test's own.
    static QStringList sandboxContacts(IkoulaClient *client)
    {
        QStringList emails;
        bool done = false;
        QObject context;
        client->fetchSchema(QStringLiteral("10442"), QStringLiteral("2031"), &context, [&](const ApiError &, const Ikoula::OrganisationSchema &s) {
            for (const Ikoula::Contact &c : s.contacts)
                emails.append(c.email);
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return {QStringLiteral("<not read>")};   // never an answer a test expects
        emails.sort();
        return emails;
    }
    /// The contacts page of the demo organisation, shown, with its two demo contacts loaded.
    static QTableView *openContacts(IkoulaGuiFixture &f)
    {
        if (!f.openOrganisation(AccountTreeModel::NodeType::Contacts))
            return nullptr;
        auto *table = f.window->findChild<QTableView *>(QStringLiteral("contactsTable"));
        if (!QTest::qWaitFor([&] { return table->isVisible() && table->model()->rowCount() == 2; }, 10000))
            return nullptr;
        return table;
    }
    static QMessageBox *shownBox(QWidget *window, const char *name)
    {
        QMessageBox *box = nullptr;
        (void)QTest::qWaitFor([&] { return (box = window->findChild<QMessageBox *>(QLatin1String(name))) && box->isVisible(); }, 5000);
        return box;
    }
    static QDialog *finishedBatch(QWidget *window)
    {
        QDialog *batch = nullptr;
        if (!QTest::qWaitFor([&] { return (batch = window->findChild<QDialog *>(QStringLiteral("batchDialog"))) && batch->isVisible(); }, 10000))
            return nullptr;
        if (!QTest::qWaitFor([&] { return batch->findChild<QPushButton *>(QStringLiteral("batchCloseButton"))->isVisible(); }, 20000))
            return nullptr;
        return batch;
    }
};

void TestIkoulaContactsGui::initTestCase()
{
    QVERIFY2(m_english.load(QStringLiteral("mailroom_en"), QStringLiteral(MAILROOM_QM_DIR)), MAILROOM_QM_DIR);
    QCoreApplication::installTranslator(&m_english);
}

void TestIkoulaContactsGui::addThenDeleteOne()
{
    // GIVEN the organisation's contacts shown
    IkoulaGuiFixture f;
    QTableView *table = openContacts(f);
    QVERIFY(table);
    // WHEN Ctrl+N in the table, an address and a name typed, Return
    table->setFocus();
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = f.window->findChild<QDialog *>(QStringLiteral("newContactDialog"))) && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("contactEmailEdit")), QStringLiteral("cave@vins-rhone.fr"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("contactNameEdit")), QStringLiteral("Cave"));
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("contactNameEdit")), Qt::Key_Return);
    // THEN Ikoula has it and the table shows it
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QVERIFY(sandboxContacts(&f.check).contains(QStringLiteral("cave@vins-rhone.fr")));

    // WHEN one contact is selected and Del pressed THEN a question names it; Return keeps it
    auto *remove = f.window->findChild<QPushButton *>(QStringLiteral("deleteContactButton"));
    f.window->activateWindow();   // the dialog has closed: the window takes the keys again
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    table->setFocus();
    table->selectRow(0);
    const QString first = table->model()->index(0, 1).data().toString();   // its address
    QTRY_VERIFY(remove->isEnabled());
    const int before = f.sandbox.server()->requestCount();
    QTest::keyClick(table, Qt::Key_Delete);
    QMessageBox *confirm = shownBox(f.window.get(), "confirmDeleteContact");
    QVERIFY(confirm);
    QTest::keyClick(confirm, Qt::Key_Return);   // Cancel is the default
    QTRY_VERIFY(!f.window->findChild<QMessageBox *>(QStringLiteral("confirmDeleteContact")));
    QCOMPARE(f.sandbox.server()->requestCount(), before);
    // WHEN asked again and confirmed THEN that contact is gone at Ikoula
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(clickWhenShown(f.window.get(), "confirmDeleteContact", "confirmDeleteContactButton"));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QCOMPARE(sandboxContacts(&f.check).size(), 2);
    QVERIFY2(!sandboxContacts(&f.check).contains(first), qPrintable(first));
}

void TestIkoulaContactsGui::severalDeletedAtOnce()
{
    // GIVEN both demo contacts selected with Ctrl+A
    IkoulaGuiFixture f;
    QTableView *table = openContacts(f);
    QVERIFY(table);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    QTRY_VERIFY(f.window->findChild<QPushButton *>(QStringLiteral("deleteContactButton"))->isEnabled());
    // WHEN Del THEN one question names both
    QTest::keyClick(table, Qt::Key_Delete);
    QMessageBox *confirm = shownBox(f.window.get(), "confirmDeleteContacts");
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(QLatin1String("2 contacts")), qPrintable(confirm->text()));
    QVERIFY(confirm->text().contains(QLatin1String("commandes@primeurs-du-marche.fr")));
    QVERIFY(confirm->text().contains(QLatin1String("expert@cabinet-morel.fr")));
    // WHEN confirmed THEN one batch deletes both, each with its outcome
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmDeleteContactsButton")), Qt::LeftButton);
    QDialog *batch = finishedBatch(f.window.get());
    QVERIFY(batch);
    QCOMPARE(batch->findChild<QTableView *>(QStringLiteral("batchTable"))->model()->rowCount(), 2);
    QCOMPARE(sandboxContacts(&f.check), QStringList());
    batch->close();
    // AND the page reloads and says so
    QTRY_COMPARE(table->model()->rowCount(), 0);
    auto *status = f.window->findChild<QLabel *>(QStringLiteral("contactsStatus"));
    QTRY_COMPARE(status->text(), QStringLiteral("Deleted 2 contacts."));
}

void TestIkoulaContactsGui::severalDraftedInDraftMode()
{
    // GIVEN Draft Mode on and both contacts selected
    QDir(MainWindow::draftsFolder()).removeRecursively();
    IkoulaGuiFixture f;
    QTableView *table = openContacts(f);
    QVERIFY(table);
    auto *draftMode = f.window->findChild<QAction *>(QStringLiteral("actionDraftMode"));
    draftMode->trigger();
    QVERIFY(draftMode->isChecked());
    auto *draftTable = f.window->findChild<QTableView *>(QStringLiteral("draftTable"));
    QVERIFY(draftTable);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    const int before = f.sandbox.server()->requestCount();
    // WHEN they are deleted after the question
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(clickWhenShown(f.window.get(), "confirmDeleteContacts", "confirmDeleteContactsButton"));
    // THEN one drafted deletion per contact, nothing sent, no batch window
    QTRY_COMPARE(draftTable->model()->rowCount(), 2);
    QCOMPARE(f.sandbox.server()->requestCount(), before);
    QVERIFY(!f.window->findChild<QDialog *>(QStringLiteral("batchDialog")));
    QCOMPARE(sandboxContacts(&f.check).size(), 2);
}

QTEST_MAIN(TestIkoulaContactsGui)
#include "tst_ikoulacontactsgui.moc"
