// The window's Alt+letter keys in English, French and German: each menu of the menu bar has
// its own letter, and the Draft pane's buttons take none of the menus' (Alt+A opened the
// Account menu instead of applying the draft). The translations are the built .qm files.
#include "guifixture.h"

#include <QAction>
#include <QMenuBar>
#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTranslator>

class TestMnemonics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menusAndDraftButtonsHaveTheirOwnLetters_data();
    void menusAndDraftButtonsHaveTheirOwnLetters();
    void ikoulaMailboxButtonsHaveTheirOwnLetters_data() { menusAndDraftButtonsHaveTheirOwnLetters_data(); }
    void ikoulaMailboxButtonsHaveTheirOwnLetters();
};

namespace {

/// The letter after the single '&' of `text` (lower case), or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

} // namespace

void TestMnemonics::menusAndDraftButtonsHaveTheirOwnLetters_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("French") << QStringLiteral("fr");
    QTest::newRow("German") << QStringLiteral("de");
}

void TestMnemonics::menusAndDraftButtonsHaveTheirOwnLetters()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral("mailroom_") + language, QStringLiteral(MAILROOM_QM_DIR)), MAILROOM_QM_DIR);
    QCoreApplication::installTranslator(&translator);
    const auto uninstall = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    GuiFixture f([](quint16 port) { return DemoAccount::make(port); });

    // THEN each menu of the menu bar has a letter of its own
    QHash<QChar, QString> menus;
    for (QAction *menu : f.window->menuBar()->actions()) {
        const QChar letter = mnemonicOf(menu->text());
        QVERIFY2(!letter.isNull(), qPrintable(menu->text()));
        QVERIFY2(!menus.contains(letter), qPrintable(menus.value(letter) + QStringLiteral(" / ") + menu->text()));
        menus.insert(letter, menu->text());
    }
    // AND no button of the Draft pane takes one of theirs
    for (const char *name : {"draftApply", "draftApplySelected"}) {
        auto *button = f.window->findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(button, name);
        const QChar letter = mnemonicOf(button->text());
        QVERIFY2(!letter.isNull(), qPrintable(button->text()));
        QVERIFY2(!menus.contains(letter), qPrintable(button->text() + QStringLiteral(" / ") + menus.value(letter)));
    }
    // AND the mailbox's property tabs each have a letter, none of the menus' and none twice
    auto *tabs = f.window->findChild<QTabWidget *>(QStringLiteral("mailboxTabs"));
    QVERIFY(tabs);
    QHash<QChar, QString> tabLetters;
    for (int i = 0; i < tabs->count(); ++i) {
        const QChar letter = mnemonicOf(tabs->tabText(i));
        QVERIFY2(!letter.isNull(), qPrintable(tabs->tabText(i)));
        QVERIFY2(!menus.contains(letter) && !tabLetters.contains(letter), qPrintable(tabs->tabText(i)));
        tabLetters.insert(letter, tabs->tabText(i));
    }
    // AND within each tab's page, its labels and buttons take letters of their own, none of
    // the menus' or the tabs' (Alt+T was "Reply au&tomatically" and "&Text" at once)
    for (int i = 0; i < tabs->count(); ++i) {
        QHash<QChar, QString> taken = menus;
        for (auto it = tabLetters.cbegin(); it != tabLetters.cend(); ++it)
            taken.insert(it.key(), it.value());
        QStringList texts;
        for (const QLabel *label : tabs->widget(i)->findChildren<QLabel *>())
            texts.append(label->text());
        for (const QAbstractButton *button : tabs->widget(i)->findChildren<QAbstractButton *>())
            texts.append(button->text());
        for (const QString &text : std::as_const(texts)) {
            const QChar letter = mnemonicOf(text);
            if (letter.isNull())
                continue;
            QVERIFY2(!taken.contains(letter), qPrintable(text + QStringLiteral(" / ") + taken.value(letter)));
            taken.insert(letter, text);
        }
    }
}

void TestMnemonics::ikoulaMailboxButtonsHaveTheirOwnLetters()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("mailroom_") + language, QStringLiteral(MAILROOM_QM_DIR)));
    QCoreApplication::installTranslator(&translator);
    const auto uninstall = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    // GIVEN an Ikoula organisation's mailboxes
    IkoulaGuiFixture f;
    QVERIFY(f.openOrganisation(AccountTreeModel::NodeType::Mailboxes));
    // THEN its five buttons take letters of their own, none of the menu bar's, hidden menus
    // included (the menu bar keeps their letters: in German Alt+P met "&Postfach" and only
    // focused "&Passwort ändern"; in French Alt+M met "&Modifier" and "Changer le &mot de passe")
    QHash<QChar, QString> taken;
    for (QAction *menu : f.window->menuBar()->actions())
        taken.insert(mnemonicOf(menu->text()), menu->text());
    for (const char *name : {"newBalButton", "editBalButton", "balPasswordButton", "balResetButton", "deleteBalButton"}) {
        auto *button = f.window->findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(button, name);
        const QChar letter = mnemonicOf(button->text());
        QVERIFY2(!letter.isNull(), qPrintable(button->text()));
        QVERIFY2(!taken.contains(letter), qPrintable(button->text() + QStringLiteral(" / ") + taken.value(letter)));
        taken.insert(letter, button->text());
    }
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
