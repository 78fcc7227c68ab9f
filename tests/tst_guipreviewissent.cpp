// What the window previews is what it sends, for each provider, through real widgets: a
// change is made in Draft Mode and the request the Draft pane shows for it is read off the
// screen; then the same change is made live and the request that reached the sandbox is
// compared with it: method, path, query, every header shown (credentials by presence only)
// and the body, field by field (what the pane masks by presence only).
#include "guiclick.h"
#include "guifixture.h"
#include "requestcompare.h"
#include "ui/ikoula/ikoulamailboxdialog.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTableView>

class TestGuiPreviewIsSent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void hostwayQuota();
    void ikoulaMailboxEdit();
    void iceServerSettings();
    void webitelSettings();

private:
    /// Makes `change` in Draft Mode and reads the request the Draft pane shows for it, then
    /// makes it again live and compares that with the request the sandbox got.
    void previewShownIsSent(GuiFixture &f, const std::function<void()> &change);
};

namespace {

/// The request the Draft pane shows (HttpRequest::toDisplayText, after "Request:"), read back.
HttpRequest parseShown(const QString &preview)
{
    HttpRequest shown;
    const qsizetype start = preview.indexOf(QLatin1String("Request:\n"));
    if (start < 0)
        return shown;
    const QStringList lines = preview.mid(start + 9).split(QLatin1Char('\n'));
    const QString first = lines.value(0);
    shown.method = first.section(QLatin1Char(' '), 0, 0).toLatin1();
    shown.url = QUrl(first.section(QLatin1Char(' '), 1));
    int i = 1;
    for (; i < lines.size() && !lines.at(i).isEmpty(); ++i)
        shown.headers.append({lines.at(i).section(QStringLiteral(": "), 0, 0).toLatin1(), lines.at(i).section(QStringLiteral(": "), 1).toUtf8()});
    shown.body = lines.mid(i + 1).join(QLatin1Char('\n')).trimmed().toUtf8();
    return shown;
}

} // namespace

void TestGuiPreviewIsSent::init()
{
    QDir(MainWindow::draftsFolder()).removeRecursively();
}

void TestGuiPreviewIsSent::previewShownIsSent(GuiFixture &f, const std::function<void()> &change)
{
    MainWindow &window = *f.window;
    auto *draftMode = window.findChild<QAction *>(QStringLiteral("actionDraftMode"));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("draftDock"));

    // WHEN the change is made in Draft Mode THEN nothing is sent and the pane shows its request
    draftMode->trigger();
    QTRY_VERIFY(dock->isVisible());
    auto *draftTable = dock->findChild<QTableView *>(QStringLiteral("draftTable"));
    const int drafted = draftTable->model()->rowCount();
    const int before = f.sandbox.server()->requestCount();
    change();
    QTRY_COMPARE(draftTable->model()->rowCount(), drafted + 1);
    QCOMPARE(f.sandbox.server()->requestCount(), before);
    draftTable->selectRow(drafted);
    const QString preview = dock->findChild<QPlainTextEdit *>(QStringLiteral("requestPreview"))->toPlainText();
    const HttpRequest shown = parseShown(preview);
    QVERIFY2(!shown.method.isEmpty() && shown.url.isValid(), qPrintable(preview));
    draftMode->trigger();

    // WHEN the same change is made live THEN the sandbox gets what was shown
    QList<Sandbox::Request> seen;
    f.sandbox.server()->setRequestObserver([&seen](const Sandbox::Request &r) { seen.append(r); });
    const auto stopObserving = qScopeGuard([&f] { f.sandbox.server()->setRequestObserver({}); });
    change();
    const auto sent = [&]() -> std::optional<Sandbox::Request> {
        for (const Sandbox::Request &r : std::as_const(seen)) {
            if (r.method == shown.method && r.path == shown.url.path())
                return r;
        }
        return std::nullopt;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(sent(), qPrintable(preview), 15000);
    compareWithSent(shown, *sent());
}

void TestGuiPreviewIsSent::hostwayQuota()
{
    GuiFixture f([](quint16 port) { return DemoAccount::make(port); });
    MainWindow &window = *f.window;
    window.selectMailboxes(f.id, QStringLiteral("test.com"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("mailboxTable"));
    QTRY_COMPARE(table->model()->rowCount(), 8);
    previewShownIsSent(f, [&] {
        const QModelIndexList john = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("john.smith"));
        QVERIFY(!john.isEmpty());
        table->selectRow(john.first().row());
        window.findChild<QAction *>(QStringLiteral("actionChangeQuota"))->trigger();
        QPointer<QDialog> dialog;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("quotaDialog"))) && dialog->isVisible());
        dialog->findChild<QSpinBox *>(QStringLiteral("quotaSpin"))->setValue(85);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("setQuotaButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
    });
}

void TestGuiPreviewIsSent::ikoulaMailboxEdit()
{
    IkoulaGuiFixture f;
    MainWindow &window = *f.window;
    QVERIFY(f.openOrganisation(AccountTreeModel::NodeType::Mailboxes));
    auto *table = window.findChild<QTableView *>(QStringLiteral("balTable"));
    QTRY_COMPARE(table->model()->rowCount(), 7);
    int days = -1;
    previewShownIsSent(f, [&] {
        const QModelIndexList lea = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole,
                                                          QStringLiteral("lea.petit@brasserie-lumiere.fr"));
        QVERIFY(!lea.isEmpty());
        table->setCurrentIndex(lea.first());
        QMetaObject::invokeMethod(window.findChild<QPushButton *>(QStringLiteral("editBalButton")), &QPushButton::click);
        QPointer<IkoulaMailboxDialog> edit;
        QTRY_VERIFY((edit = window.findChild<IkoulaMailboxDialog *>(QStringLiteral("ikoulaMailboxDialog"))) && edit->isVisible());
        auto *spin = edit->findChild<QSpinBox *>(QStringLiteral("keepDaysSpin"));
        if (days < 0)
            days = spin->value() == 20 ? 21 : 20;   // the same new value both times
        spin->setValue(days);
        QTest::mouseClick(edit->findChild<QPushButton *>(QStringLiteral("saveMailboxButton")), Qt::LeftButton);
        QTRY_VERIFY(!edit);
    });
}

void TestGuiPreviewIsSent::iceServerSettings()
{
    GuiFixture f([](quint16 port) { return DemoAccount::makeIce(port); });
    MainWindow &window = *f.window;
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("accountTree"));
    tree->setCurrentIndex(static_cast<AccountTreeModel *>(tree->model())->mailboxesIndex(f.id, QStringLiteral("700")));
    auto *send = window.findChild<QPushButton *>(QStringLiteral("iceSendButton"));
    const auto field = [&window](const char *name) { return window.findChild<QLineEdit *>(QLatin1String(name)); };
    QTRY_VERIFY(field("smtpHostEdit")->isVisible());
    previewShownIsSent(f, [&] {
        field("smtpHostEdit")->setText(QStringLiteral("smtp.mail.com"));
        field("smtpPasswordEdit")->setText(QStringLiteral("Pr3view-Smtp"));
        field("smtpMailboxEdit")->setText(QStringLiteral("desk@mail.com"));
        field("inHostEdit")->setText(QStringLiteral("pop3.mail.com"));
        QTRY_VERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
    });
}

void TestGuiPreviewIsSent::webitelSettings()
{
    GuiFixture f([](quint16 port) { return DemoAccount::makeWebitel(port); });
    MainWindow &window = *f.window;
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("accountTree"));
    tree->setCurrentIndex(static_cast<AccountTreeModel *>(tree->model())->mailboxesIndex(f.id, QStringLiteral("demo.webitel")));
    auto *host = window.findChild<QLineEdit *>(QStringLiteral("smtpHost"));
    QTRY_COMPARE(host->text(), QStringLiteral("smtp.demo.webitel"));
    previewShownIsSent(f, [&] {
        host->setText(QStringLiteral("relay.demo.webitel"));
        window.findChild<QSpinBox *>(QStringLiteral("smtpPort"))->setValue(587);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("smtpSave")), Qt::LeftButton);
    });
}

QTEST_MAIN(TestGuiPreviewIsSent)
#include "tst_guipreviewissent.moc"
