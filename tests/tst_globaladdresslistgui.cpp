// A Hostway domain's global address list through real widgets against the sandbox, by the
// keyboard where a person would use it: find a contact, add one (the documented 409 first),
// change it, delete it after the confirmation, import a CSV file into the draft (a bad file
// drafts nothing) and export the list; several contacts deleted at once (one question, one
// batch), or in Draft Mode drafted one deletion each.
#include "core/providers/hostway/hostwayclient.h"
#include "guiclick.h"
#include "guifixture.h"
#include "hostwaywait.h"
#include "models/draftsession.h"
#include "ui/draftdock.h"
#include "ui/hostway/globaladdresslisttab.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using Hostway::ContactField;

namespace {

/// The names in `table`, in the order shown.
QStringList shownNames(const QTableView *table)
{
    QStringList names;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        names.append(table->model()->index(row, int(ContactField::Name)).data().toString());
    return names;
}

/// test.com's Global address list tab, shown, its six contacts read; null when they never came.
GlobalAddressListTab *showAddressList(GuiFixture &f)
{
    f.window->selectDomain(f.id, QStringLiteral("test.com"));
    QTabWidget *tabs = nullptr;
    if (!QTest::qWaitFor([&] { return (tabs = f.window->findChild<QTabWidget *>(QStringLiteral("domainTabs"))) && tabs->findChild<GlobalAddressListTab *>(); }, 10000))
        return nullptr;
    auto *tab = tabs->findChild<GlobalAddressListTab *>();
    tabs->setCurrentWidget(tab);
    auto *table = tab->findChild<QTableView *>(QStringLiteral("contactsTable"));
    return QTest::qWaitFor([table] { return table->model()->rowCount() == 6; }, 10000) ? tab : nullptr;
}

} // namespace

class TestGlobalAddressListGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findAddChangeAndDeleteByKeys();
    void csvImportDraftsAllOrNothingAndExportWritesTheList();
    void severalDeletedAtOnceOrDraftedOneEach();
};

void TestGlobalAddressListGui::findAddChangeAndDeleteByKeys()
{
    // GIVEN test.com shown, and Alt+G pressed
    GuiFixture f([](quint16 port) { return DemoAccount::make(port); });
    HostwayClient check(&f.nam, Hostway::Endpoint{f.sandbox.baseUrl(), SandboxFixture::accountId()});
    check.setCredentials(SandboxFixture::user(), SandboxFixture::password());
    f.window->selectDomain(f.id, QStringLiteral("test.com"));
    auto *tabs = f.window->findChild<QTabWidget *>(QStringLiteral("domainTabs"));
    QTRY_VERIFY(tabs && tabs->isVisible());
    QTRY_VERIFY(tabs->findChild<GlobalAddressListTab *>());
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(tabs, Qt::Key_G, Qt::AltModifier);
    auto *tab = tabs->findChild<GlobalAddressListTab *>();
    QCOMPARE(tabs->currentWidget(), tab);
    // THEN the list shows, and the find field has the focus
    auto *table = tab->findChild<QTableView *>(QStringLiteral("contactsTable"));
    auto *find = tab->findChild<QLineEdit *>(QStringLiteral("contactsFind"));
    QTRY_COMPARE(table->model()->rowCount(), 6);
    QTRY_VERIFY(find->hasFocus());
    QCOMPARE(tab->findChild<QLabel *>(QStringLiteral("contactsCount"))->text(), QStringLiteral("6 contact(s)"));

    // WHEN "gmbh" is typed with Company chosen THEN Hostway's search finds the one contact
    auto *field = tab->findChild<QComboBox *>(QStringLiteral("contactsFindField"));
    field->setCurrentIndex(field->findData(int(ContactField::Company)));
    QTest::keyClicks(find, QStringLiteral("gmbh"));
    QTRY_COMPARE(shownNames(table), QStringList{QStringLiteral("jonas.becker")});
    QTRY_COMPARE(tab->findChild<QLabel *>(QStringLiteral("contactsCount"))->text(), QStringLiteral("1 contact(s) match"));
    // AND "is exactly" with the same text finds none: the whole field is compared
    auto *match = tab->findChild<QComboBox *>(QStringLiteral("contactsFindMatch"));
    match->setCurrentIndex(1);
    QTRY_COMPARE(table->model()->rowCount(), 0);
    find->clear();
    QTest::keyClick(find, Qt::Key_Return);
    QTRY_COMPARE(table->model()->rowCount(), 6);

    // WHEN Ctrl+N is pressed and a contact named like one in the list is added
    QTest::keyClick(find, Qt::Key_N, Qt::ControlModifier);
    auto *dialog = waitForTopLevel<QDialog>("contactDialog");
    QVERIFY(dialog);
    QPointer<QDialog> guard(dialog);
    const auto type = [&dialog](ContactField which, const QString &text) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("contact_") + Hostway::contactKey(which));
        edit->clear();
        QTest::keyClicks(edit, text);
        return edit;
    };
    type(ContactField::Name, QStringLiteral("reception"));
    type(ContactField::DisplayName, QStringLiteral("Front desk"));
    QLineEdit *city = type(ContactField::City, QStringLiteral("Chicago"));
    QLineEdit *email = type(ContactField::Email, QStringLiteral("front-desk@test.com"));
    QTest::keyClick(email, Qt::Key_Return);
    // THEN Hostway's 409 is said in words, and the dialog keeps what was typed
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("contactError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("reception already")), qPrintable(error->text()));
    QCOMPARE(city->text(), QStringLiteral("Chicago"));
    // WHEN another name is given THEN it is added, the dialog closes, and the list selects it
    QLineEdit *name = type(ContactField::Name, QStringLiteral("front-desk"));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(!guard);
    QTRY_COMPARE(table->model()->rowCount(), 7);
    QTRY_COMPARE(table->currentIndex().siblingAtColumn(int(ContactField::Name)).data().toString(), QStringLiteral("front-desk"));
    auto [readError, added] = fetchAndWait<Hostway::Contact>([&](auto done) { check.fetchContact(QStringLiteral("test.com"), QStringLiteral("front-desk"), f.window.get(), done); });
    QVERIFY2(!readError.isError(), qPrintable(readError.message()));
    QCOMPARE(added.value(ContactField::City), QStringLiteral("Chicago"));

    // WHEN Return is pressed on it and its city changed THEN only the city is sent, and saved
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY((dialog = waitForTopLevel<QDialog>("contactDialog")));
    guard = dialog;
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("contactSave"))->isEnabled());   // nothing changed yet
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("contact_name"))->isReadOnly());
    QByteArray sent;
    f.sandbox.server()->setRequestObserver([&sent](const Sandbox::Request &request) {
        if (request.method == "PUT")
            sent = request.body;
    });
    city = type(ContactField::City, QStringLiteral("Evanston"));
    QTest::keyClick(city, Qt::Key_Return);
    QTRY_VERIFY(!guard);
    QTRY_COMPARE(sent, QByteArray(R"({"city":"Evanston"})"));
    f.sandbox.server()->setRequestObserver({});
    QTRY_COMPARE(fetchAndWait<Hostway::Contact>([&](auto done) {
                     check.fetchContact(QStringLiteral("test.com"), QStringLiteral("front-desk"), f.window.get(), done);
                 }).second.value(ContactField::City), QStringLiteral("Evanston"));

    // WHEN Del is pressed on it and the deletion confirmed THEN Hostway has it no more
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QTRY_COMPARE(table->currentIndex().siblingAtColumn(int(ContactField::Name)).data().toString(), QStringLiteral("front-desk"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    auto *confirm = waitForTopLevel<QMessageBox>("confirmDeleteContact");
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(QLatin1String("front-desk")), qPrintable(confirm->text()));
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmDeleteContactButton")), Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), 6);
    QCOMPARE(fetchAndWait<Hostway::Contact>([&](auto done) {
                 check.fetchContact(QStringLiteral("test.com"), QStringLiteral("front-desk"), f.window.get(), done);
             }).first.kind(), ApiError::Kind::NotFound);
}

void TestGlobalAddressListGui::csvImportDraftsAllOrNothingAndExportWritesTheList()
{
    GuiFixture f([](quint16 port) { return DemoAccount::make(port); });
    GlobalAddressListTab *tab = showAddressList(f);
    QVERIFY(tab);
    QTemporaryDir dir;
    const auto write = [&dir](const char *name, const QByteArray &content) {
        QFile file(dir.filePath(QLatin1String(name)));
        (void)file.open(QIODevice::WriteOnly);
        file.write(content);
        return file.fileName();
    };

    // WHEN a file with a contact in the list already is imported THEN nothing is drafted
    QVERIFY(!tab->importCsvFile(write("bad.csv", "name,email,displayName\nnew.one,n@example.com,New One\nreception,r@test.com,Reception\n")));
    auto *problems = waitForTopLevel<QMessageBox>("csvProblemsBox");
    QVERIFY(problems);
    QVERIFY2(problems->detailedText().contains(QLatin1String("Line 3: reception is in the address list already")), qPrintable(problems->detailedText()));
    problems->close();
    QVERIFY(!f.window->findChild<QDockWidget *>(QStringLiteral("draftDock"))->isVisible());
    // WHEN a good file is imported THEN each row is drafted, in one undo step
    QVERIFY(tab->importCsvFile(write("good.csv", "name,email,displayName,city\nnew.one,n@example.com,New One,Paris\nnew.two,t@example.com,New Two,\n")));
    auto *dock = static_cast<DraftDock *>(f.window->findChild<QDockWidget *>(QStringLiteral("draftDock")));
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(dock->session()->draft().entries.size(), 2);
    QVERIFY(dock->session()->draft().validate().isEmpty());
    QCOMPARE(dock->session()->draft().entries.first().operation->kind(), QStringLiteral("hostway.contact.create"));
    QCOMPARE(dock->session()->undoStack()->count(), 1);

    // WHEN the list is exported THEN the file holds a header and a row per contact, in the order shown
    QString error;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY2(tab->exportCsvFile(path, &error), qPrintable(error));
    QFile exported(path);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = exported.readAll().split('\n');
    QVERIFY(lines.first().startsWith("\"name\",\"email\",\"firstName\""));
    QCOMPARE(lines.size(), 8);   // header, six contacts, the last line's end
    QVERIFY(lines.at(1).startsWith("\"search-contact\""));   // "Display Name" sorts first
}

void TestGlobalAddressListGui::severalDeletedAtOnceOrDraftedOneEach()
{
    // GIVEN test.com's six contacts shown, the first two selected (Shift+Down)
    QDir(MainWindow::draftsFolder()).removeRecursively();
    GuiFixture f([](quint16 port) { return DemoAccount::make(port); });
    GlobalAddressListTab *tab = showAddressList(f);
    QVERIFY(tab);
    auto *table = tab->findChild<QTableView *>(QStringLiteral("contactsTable"));
    auto *edit = tab->findChild<QPushButton *>(QStringLiteral("editContactButton"));
    auto *remove = tab->findChild<QPushButton *>(QStringLiteral("deleteContactButton"));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    const QStringList names = shownNames(table).mid(0, 2);
    QTRY_VERIFY(remove->isEnabled());
    QVERIFY(!edit->isEnabled());   // one contact's

    // WHEN Del, and the one question naming both is confirmed
    QTest::keyClick(table, Qt::Key_Delete);
    auto *confirm = waitForTopLevel<QMessageBox>("confirmDeleteContacts");
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(names.at(0)) && confirm->text().contains(names.at(1)), qPrintable(confirm->text()));
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmDeleteContactsButton")), Qt::LeftButton);
    // THEN one batch deletes both, each with its outcome, and the list read again lacks them
    QDialog *batch = nullptr;
    QTRY_VERIFY((batch = f.window->findChild<QDialog *>(QStringLiteral("batchDialog"))) && batch->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(batch->findChild<QPushButton *>(QStringLiteral("batchCloseButton"))->isVisible(), 20000);
    QCOMPARE(batch->findChild<QTableView *>(QStringLiteral("batchTable"))->model()->rowCount(), 2);
    batch->close();
    QTRY_COMPARE(table->model()->rowCount(), 4);
    QVERIFY(!shownNames(table).contains(names.at(0)) && !shownNames(table).contains(names.at(1)));

    // WHEN Draft Mode is on and two more are deleted the same way
    f.window->findChild<QAction *>(QStringLiteral("actionDraftMode"))->trigger();
    auto *draftTable = f.window->findChild<QTableView *>(QStringLiteral("draftTable"));
    QVERIFY(draftTable);
    const int requests = f.sandbox.server()->requestCount();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(clickWhenShown(f.window.get(), "confirmDeleteContacts", "confirmDeleteContactsButton"));
    // THEN each is one drafted deletion, nothing is sent, and the tab says so
    QTRY_COMPARE(draftTable->model()->rowCount(), 2);
    QCOMPARE(f.sandbox.server()->requestCount(), requests);
    QVERIFY(tab->findChild<QLabel *>(QStringLiteral("settingStatus"))->text().contains(QLatin1String("draft")));
    QCOMPARE(table->model()->rowCount(), 4);
}

QTEST_MAIN(TestGlobalAddressListGui)
#include "tst_globaladdresslistgui.moc"
