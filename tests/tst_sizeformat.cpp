// One quota format everywhere: whole megabytes in the user's locale, the unit quotas are
// edited in (issue 13: one value read "2,048 MB", "2048 MB" and "2.0 GB" in three places).
#include "models/sizeformat.h"

#include <QLocale>
#include <QTest>

class TestSizeFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void formats_data();
    void formats();
};

void TestSizeFormat::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestSizeFormat::formats_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("megabytes2048");
    QTest::addColumn<QString>("kilobytesWhole");
    QTest::addColumn<QString>("kilobytesPart");
    QTest::addColumn<QString>("usage");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("2,048 MB")
                             << QStringLiteral("900 MB") << QStringLiteral("1,536.5 MB") << QStringLiteral("12 MB of 2,048 MB");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("2.048 MB")
                            << QStringLiteral("900 MB") << QStringLiteral("1.536,5 MB") << QStringLiteral("12 MB of 2.048 MB");
}

void TestSizeFormat::formats()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, megabytes2048);
    QFETCH(QString, kilobytesWhole);
    QFETCH(QString, kilobytesPart);
    QFETCH(QString, usage);
    // GIVEN the user's locale (no translator: the figures are the locale's, the unit stays "MB")
    QLocale::setDefault(locale);
    // THEN a quota in MB, the same quota given in KB, and usage all read alike
    QCOMPARE(SizeFormat::megabytes(2048), megabytes2048);
    QCOMPARE(SizeFormat::kilobytes(2048 * 1024), megabytes2048);
    QCOMPARE(SizeFormat::kilobytes(900 * 1024), kilobytesWhole);
    QCOMPARE(SizeFormat::kilobytes(1536 * 1024 + 512), kilobytesPart);
    QCOMPARE(SizeFormat::usage(12, 2048), usage);
    // AND a small figure keeps its one decimal, never "0 MB" for something in use
    QCOMPARE(SizeFormat::kilobytes(300), locale.toString(0.3, 'f', 1) + QStringLiteral(" MB"));
}

QTEST_GUILESS_MAIN(TestSizeFormat)
#include "tst_sizeformat.moc"
