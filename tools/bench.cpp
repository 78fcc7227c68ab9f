// mailroom-bench: figures for the work Mailroom does often or in bulk, measured against the
// sandbox over real loopback HTTP (in process; for the apply and the large domain in a process
// of its own, SandboxProcess). It prints a table and asserts nothing: speed
// is read here, never checked by timed tests (README, "Benchmarks").
//   mailroom-bench [listing] [drafts] [csv] [ikoula] [large] [apply] [startup]   (all without arguments)
#include "core/drafts/draft.h"
#include "core/drafts/draftapplier.h"
#include "core/drafts/journal.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwaysender.h"
#include "core/providers/hostway/mailboxcsvimport.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "core/providers/ikoula/ikoulacalls.h"
#include "core/providers/ikoula/ikoulaclient.h"
#include "core/providers/ikoula/ikoulasigner.h"
#include "models/hostway/mailboxtablemodel.h"
#include "tools/sandboxprocess.h"
#include "tools/stallwatch.h"
#include "ui/hostway/mailboxlistpage.h"
#include "sandbox/ikoulasimulator.h"
#include "sandbox/sandboxserver.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTableView>
#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

/// One line of the table: what was measured, how many times, how long in all (ms).
void report(const char *what, int count, qint64 totalNs)
{
    const double ms = double(totalNs) / 1e6;
    std::printf("%-62s %7d %10.1f ms %10.1f us each\n", what, count, ms, double(totalNs) / 1e3 / count);
    std::fflush(stdout);
}

/// Runs `body` once and returns how long it took (ns).
qint64 timed(const std::function<void()> &body)
{
    QElapsedTimer timer;
    timer.start();
    body();
    return timer.nsecsElapsed();
}

QEventLoop *g_loop = nullptr;

/// Ends the current waitFor() (called by the callbacks when their work is done).
void wake()
{
    if (g_loop)
        g_loop->quit();
}

/// Runs the event loop until `done` (re-checked at each wake()), or two minutes. Not
/// QTest::qWaitFor: it sleeps 10 ms between looks, which would be measured too.
bool waitFor(const std::function<bool()> &done)
{
    QEventLoop loop;
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    g_loop = &loop;
    while (!done() && loop.exec() == 0 && !done()) {
    }
    g_loop = nullptr;
    return done();
}

/// The context of the clients' callbacks (a null context would never be called back).
QObject *context()
{
    static QObject object;
    return &object;
}

void hostwayListing(const QUrl &base, QNetworkAccessManager *nam)
{
    HostwayClient client(nam, {base, QStringLiteral("test-account123")});
    client.setCredentials(QStringLiteral("admin"), QStringLiteral("sandbox"));
    Hostway::UsernamesQuery query;
    query.pageSize = 400;
    int count = 0;
    bool done = false;
    const qint64 ns = timed([&] {
        client.fetchAllUsernames(QStringLiteral("big.example"), query, context(), [&](const ApiError &, const QList<Hostway::MailboxSummary> &all) {
            count = int(all.size());
            done = true;
            wake();
        });
        waitFor([&] { return done; });
    });
    report("hostway: list big.example, pages of 400 (per mailbox)", count, ns);
}

void drafts()
{
    const int n = 5000;
    Draft draft = Draft::create({QStringLiteral("hostway"), QUrl(QStringLiteral("https://api.hostway.com")), QStringLiteral("acct"),
                                 QStringLiteral("admin")});
    report("draft: append 5,000 mailbox creations", n, timed([&] {
        for (int i = 0; i < n; ++i)
            draft.append(std::make_shared<CreateMailbox>(QStringLiteral("example.com"), QStringLiteral("user.%1").arg(i), 100, false,
                                                         PasswordSource::Generate));
    }));
    report("draft: validate them (rules and references)", n, timed([&] { (void)draft.validate(); }));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.mailroom-draft"));
    QString error;
    report("draft: save atomically", n, timed([&] { (void)draft.save(path, &error); }));
    report("draft: load", n, timed([&] { (void)Draft::load(path, &error); }));
}

/// Issue 12, item 15: a CSV import against a large domain's snapshot (was O(rows x mailboxes)).
void csvImport()
{
    DomainSnapshot snapshot;
    for (int i = 0; i < 16000; ++i)
        snapshot.mailboxes.append({QStringLiteral("existing.%1").arg(i), 100, false, QStringLiteral("imap")});
    QByteArray csv = "name,quota,master,password\n";
    const int rows = 100000;
    for (int i = 0; i < rows; ++i)
        csv += "new." + QByteArray::number(i) + ",100,no,\n";
    report("CSV import: 100,000 rows against a 16,000-mailbox snapshot", rows,
           timed([&] { (void)MailboxCsvImport::read(csv, QStringLiteral("big.example"), &snapshot); }));
}

void ikoula(const QUrl &base, QNetworkAccessManager *nam)
{
    const QByteArray pem = Sandbox::IkoulaSimulator::demoPublicKey();
    const QByteArray key = IkoulaSigner::hmacKey(pem);
    Ikoula::NewBal bal;
    bal.email = QStringLiteral("bench@brasserie-lumiere.fr");
    bal.password = QStringLiteral("Bench-Pass-2026");
    bal.organisationId = QStringLiteral("2031");
    bal.displayName = QStringLiteral("Bench");
    const IkoulaCall call = IkoulaCalls::addBal(bal);
    const int signatures = 20000;
    report("ikoula: HMAC-SHA1 signature of add-bal (15 parameters)", signatures, timed([&] {
        for (int i = 0; i < signatures; ++i)
            (void)IkoulaSigner::signature(call.parameters, key);
    }));
    const int encryptions = 200;
    QString error;
    report("ikoula: RSA PKCS#1 v1.5 encryption of the password", encryptions, timed([&] {
        for (int i = 0; i < encryptions; ++i)
            (void)IkoulaSigner::encryptPassword(pem, QStringLiteral("sandbox"), &error);
    }));

    IkoulaClient client(nam, base);
    client.setCredentials(QStringLiteral("admin"), QStringLiteral("sandbox"));
    client.setPublicKey(pem);
    const int schemas = 50;
    int answered = 0;
    report("ikoula: schema-subscr of an organisation, one after the other", schemas, timed([&] {
        for (int i = 0; i < schemas; ++i) {
            const int before = answered;
            client.fetchSchema(QStringLiteral("10442"), QStringLiteral("2031"), context(),
                               [&](const ApiError &, const Ikoula::OrganisationSchema &) {
                ++answered;
                wake();
            });
            waitFor([&] { return answered > before; });
        }
    }));
}

/// The creations of a CSV import: `n` new mailboxes of test.com, with the domain's snapshot
/// (as `draft import-csv` takes it), each with a password generated at apply time.
Draft importDraft(const QUrl &base, HostwayClient &client, int n, const QString &prefix)
{
    Draft draft = Draft::create({QStringLiteral("hostway"), base, QStringLiteral("test-account123"), QStringLiteral("admin")});
    bool listed = false;
    client.fetchAllUsernames(QStringLiteral("test.com"), {}, context(), [&](const ApiError &, const QList<Hostway::MailboxSummary> &all) {
        DomainSnapshot snapshot;
        snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
        for (const auto &m : all)
            snapshot.mailboxes.append({m.username, m.quotaMb, m.master, m.type});
        draft.snapshots.insert(QStringLiteral("test.com"), snapshot);
        listed = true;
        wake();
    });
    waitFor([&] { return listed; });
    for (int i = 0; i < n; ++i)
        draft.append(std::make_shared<CreateMailbox>(QStringLiteral("test.com"), QStringLiteral("%1.%2").arg(prefix).arg(i), 50, false,
                                                     PasswordSource::Generate));
    return draft;
}

/// Applies `draft` with `parallel` in flight (passwords kept in memory, as a keychain would),
/// its journal in a new directory under `journalRoot` (empty: the system's temporary one);
/// returns the time (ns) and sets *done to the creations done.
qint64 applyDraft(const Draft &draft, HostwayClient &client, int parallel, int *done, const QString &journalRoot = {})
{
    HostwaySender sender(&client);
    QTemporaryDir dir(journalRoot.isEmpty() ? QDir::tempPath() + QStringLiteral("/mailroom-bench-XXXXXX") : journalRoot + QStringLiteral("/mailroom-bench-XXXXXX"));
    Journal journal(dir.filePath(QStringLiteral("bench.journal")));
    QString error;
    (void)journal.open(&error);
    DraftApplier applier(draft, &journal, &sender, DraftApplier::Options{parallel, false, {}});
    QHash<QString, QString> secrets;
    applier.setSecrets([&secrets](const QString &key, auto answer) { answer(secrets.value(key)); },
                       [&secrets](const QString &key, const QString &secret, auto stored) {
                           secrets.insert(key, secret);
                           stored(true);
                       });
    bool finished = false;
    QObject::connect(&applier, &DraftApplier::finished, context(), [&finished] {
        finished = true;
        wake();
    });
    const qint64 ns = timed([&] {
        applier.start();
        waitFor([&] { return finished; });
    });
    *done = static_cast<int>(std::count_if(applier.outcomes().cbegin(), applier.outcomes().cend(),
                                           [](const DraftApplier::Outcome &o) { return o.status == DraftApplier::EntryStatus::Done; }));
    return ns;
}

/// The bulk apply against the network's own bound (issue "Bulk apply at the network bound"):
/// 1,000 creations with the provider 50 ms late, 4 and 6 in flight, beside N x RTT / c and a
/// sequential loop of the same PUTs one at a time (the stand-in for a script's curl loop).
/// The sandbox runs in its own process, as a provider does: its work on the same thread would
/// be counted as the applier's. The journal's fsyncs are measured by applying once more with
/// the journal in /dev/shm, where an fsync costs nothing.
void bulkApply(QNetworkAccessManager *nam)
{
    const int n = 1000;
    const int latencyMs = 50;
    const QStringList late{QStringLiteral("--delay-ms"), QString::number(latencyMs)};
    // Each run against a fresh sandbox: the same mailboxes, the same cold connections.
    const auto apply = [&](int parallel, const QString &journalRoot, int *done) -> qint64 {
        const SandboxProcess provider(late);
        if (provider.base().isEmpty())
            return -1;
        HostwayClient client(nam, {provider.base(), QStringLiteral("test-account123")});
        client.setCredentials(QStringLiteral("admin"), QStringLiteral("sandbox"));
        const Draft draft = importDraft(provider.base(), client, n, QStringLiteral("bulk"));
        return applyDraft(draft, client, parallel, done, journalRoot);
    };
    double fastest = 0;
    for (const int parallel : {4, 6}) {
        int done = 0;
        const qint64 ns = apply(parallel, {}, &done);
        if (ns < 0) {
            std::printf("%-62s %s\n", "draft apply", "skipped: mailroom-sandbox did not start");
            return;
        }
        const double bound = double(n) * latencyMs * 1e6 / parallel;
        char what[96];
        std::snprintf(what, sizeof what, "draft apply: %d creations, %d ms late, %d in flight (%d done)", n, latencyMs, parallel, done);
        report(what, n, ns);
        std::printf("%-62s %7s %10.1f ms %10.2f x the bound\n", "  bound N x RTT / c", "", bound / 1e6, double(ns) / bound);
        fastest = parallel == 6 ? double(ns) : fastest;
    }
    if (QFileInfo(QStringLiteral("/dev/shm")).isWritable()) {
        int done = 0;
        const qint64 ns = apply(6, QStringLiteral("/dev/shm"), &done);
        report("  the same, 6 in flight, journal in /dev/shm (fsync free)", n, ns);
        std::printf("%-62s %7s %13s %+10.1f %% of the apply (one run each)\n", "  the journal's fsyncs on disk cost", "", "",
                    100.0 * (fastest - double(ns)) / fastest);
    }
    const SandboxProcess provider(late);
    HostwayClient client(nam, {provider.base(), QStringLiteral("test-account123")});
    client.setCredentials(QStringLiteral("admin"), QStringLiteral("sandbox"));
    int sent = 0;
    const qint64 sequential = timed([&] {
        for (int i = 0; i < n; ++i) {
            const CreateMailbox op(QStringLiteral("test.com"), QStringLiteral("seq.%1").arg(i), 50, false, PasswordSource::Provided,
                                   QStringLiteral("Loop-%1-Pass!x9").arg(i));
            bool answered = false;
            client.send(op.request(client.endpoint()), context(), [&](ApiJob *job) {
                sent += job->error().isError() ? 0 : 1;
                answered = true;
                wake();
            });
            waitFor([&] { return answered; });
        }
    });
    char what[96];
    std::snprintf(what, sizeof what, "sequential loop: %d single PUTs, one at a time (%d done)", n, sent);
    report(what, n, sequential);
    std::printf("%-62s %7s %13s %10.2f x faster\n", "  draft apply, 6 in flight, against the loop", "", "", double(sequential) / fastest);
}

/// The resident memory of this process, in KB (/proc/self/status VmRSS), 0 when unknown.
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

/// A 100,000-mailbox domain on the window's own mailbox page (issue "Bulk apply at the
/// network bound", large domains), shown offscreen at 1366x850, the provider in its own
/// process: the first rows, every page, this process's memory with all the rows, one filter
/// and one sort (each a round trip to the server), and the longest the GUI thread was held
/// in each (StallWatch; a frame is 16 ms).
void largeDomain(QNetworkAccessManager *nam)
{
    const int n = 100'000;
    const SandboxProcess provider({QStringLiteral("--data"), QStringLiteral("demo,huge=%1").arg(n)});
    if (provider.base().isEmpty()) {
        std::printf("%-62s %s\n", "large domain", "skipped: mailroom-sandbox did not start");
        return;
    }
    HostwayClient client(nam, {provider.base(), QStringLiteral("test-account123")});
    client.setCredentials(QStringLiteral("admin"), QStringLiteral("sandbox"));
    MailboxListPage page;
    page.resize(1366, 850);
    page.show();
    MailboxTableModel *model = page.model();
    const auto settled = [model] { return !model->isLoading(); };
    QObject::connect(model, &MailboxTableModel::loadingChanged, context(), [](bool loading) {
        if (!loading)
            wake();
    });
    QCoreApplication::processEvents();
    const qint64 before = residentKb();
    StallWatch stalls;
    const auto longest = [](StallWatch::Longest held) {
        std::printf("%-62s %7s %10.1f ms %10.1f ms its own work\n", "  the GUI thread held at most (a frame: 16 ms)", "",
                    double(held.wallNs) / 1e6, double(held.wallWorkNs) / 1e6);
        std::printf("%-62s %7s %10.1f ms\n", "  its longest own work at one time", "", double(held.workNs) / 1e6);
    };
    stalls.start();
    const qint64 first = timed([&] {
        page.setSource(&client, QStringLiteral("huge.example"));
        waitFor(settled);
    });
    report("mailbox page: first page of a 100,000-mailbox domain", model->rowCount(), first);
    longest(stalls.stop());
    stalls.start();
    const qint64 all = timed([&] {
        for (;;) {
            waitFor(settled);
            if (!model->canFetchMore({}))
                break;
            page.view()->scrollToBottom();   // as a reader scrolling to the end: the view asks for more
            if (!model->isLoading())
                model->fetchMore({});
        }
    });
    report("mailbox page: every page of it, scrolled to the end", model->rowCount(), all);
    longest(stalls.stop());
    QCoreApplication::processEvents();
    const qint64 rowsKb = residentKb() - before;
    std::printf("%-62s %7d %10.1f MB %10.0f bytes each\n", "mailbox page: memory the rows take (resident)", model->rowCount(),
                double(rowsKb) / 1024, double(rowsKb) * 1024 / std::max(1, model->rowCount()));
    std::printf("%-62s %7s %10.1f MB\n", "  this process in all (Qt Widgets, the page, every row)", "", double(residentKb()) / 1024);
    stalls.start();
    const qint64 filter = timed([&] {
        model->setFilterText(QStringLiteral("judy.0999*"));
        waitFor(settled);
    });
    report("mailbox page: filter judy.0999* on the server (one round trip)", model->rowCount(), filter);
    longest(stalls.stop());
    model->setFilterText(QString());
    waitFor(settled);
    stalls.start();
    const qint64 sort = timed([&] {
        page.view()->sortByColumn(MailboxTableModel::QuotaColumn, Qt::DescendingOrder);
        waitFor(settled);
    });
    report("mailbox page: sort by quota on the server (first page again)", model->rowCount(), sort);
    longest(stalls.stop());
}

} // namespace

/// The milliseconds from launching `program` to its exit after its first paint
/// (MAILROOM_EXIT_AFTER_FIRST_PAINT) on X display `display`, with fresh settings; -1 when it
/// failed or took over 30 s.
qint64 launchToFirstPaintMs(const QString &program, const QString &display)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("MAILROOM_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, {});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    return timer.elapsed();
}

/// Issue "Bulk apply at the network bound", start-up: the time from launch to the first
/// painted window, Mailroom's (no account: the first screen of a new user) beside a minimal
/// Qt Widgets program's (tools/minimalwindow.cpp), both on one private Xvfb, alternately, 7
/// times each after one warm-up run of each; the medians and their ratio (goal: 1.5x at most).
void startup()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty()) {
        std::printf("%-62s %s\n", "start-up", "skipped: no Xvfb (apt-get install xvfb)");
        return;
    }
    const QString display = QStringLiteral(":%1").arg(700 + QCoreApplication::applicationPid() % 200);
    QProcess server;
    server.start(xvfb, {display, QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1366x850x24"), QStringLiteral("-nolisten"),
                        QStringLiteral("tcp")});
    const QString socket = QStringLiteral("/tmp/.X11-unix/X") + display.mid(1);
    for (int i = 0; i < 100 && !QFile::exists(socket); ++i)
        QThread::msleep(50);
    QList<qint64> mailroom;
    QList<qint64> minimal;
    for (int run = 0; run < 8; ++run) {
        const qint64 a = launchToFirstPaintMs(QStringLiteral(MAILROOM_PATH), display);
        const qint64 b = launchToFirstPaintMs(QStringLiteral(MINIMAL_WINDOW_PATH), display);
        if (a < 0 || b < 0) {
            std::printf("%-62s %s\n", "start-up", "failed: a program did not paint within 30 s");
            server.kill();
            server.waitForFinished();
            return;
        }
        if (run > 0) {   // the first run of each warms the disk cache
            mailroom.append(a);
            minimal.append(b);
        }
    }
    server.kill();
    server.waitForFinished();
    const auto median = [](QList<qint64> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    const qint64 ours = median(mailroom);
    const qint64 yardstick = median(minimal);
    std::printf("%-62s %7d %10lld ms median\n", "start-up: launch to first painted window, Mailroom", int(mailroom.size()), ours);
    std::printf("%-62s %7d %10lld ms median\n", "start-up: the same, a minimal Qt Widgets window", int(minimal.size()), yardstick);
    std::printf("%-62s %7s %13s %10.2f x the minimal window\n", "  start-up ratio", "", "", double(ours) / double(std::max<qint64>(1, yardstick)));
    std::fflush(stdout);
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");   // the mailbox page is drawn, never seen
    static const QtMessageHandler printed = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &where, const QString &text) {
        if (!text.contains(QLatin1String("propagateSizeHints")))   // offscreen's, at each layout of the page
            printed(type, where, text);
    });
    QApplication app(argc, argv);
    Sandbox::Server server;
    const quint16 port = server.listenLocal();
    if (port == 0) {
        std::fprintf(stderr, "mailroom-bench: cannot listen on 127.0.0.1\n");
        return 1;
    }
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QNetworkAccessManager nam;
    std::printf("%-62s %7s %13s %15s\n", "measured", "count", "total", "per item");
    // Sections by name (mailroom-bench large apply), all of them without arguments.
    const QStringList only = app.arguments().mid(1);
    const auto wanted = [&only](const char *name) { return only.isEmpty() || only.contains(QLatin1String(name)); };
    if (wanted("listing"))
        hostwayListing(base, &nam);
    if (wanted("drafts"))
        drafts();
    if (wanted("csv"))
        csvImport();
    if (wanted("ikoula"))
        ikoula(base, &nam);
    if (wanted("large"))
        largeDomain(&nam);
    if (wanted("apply"))
        bulkApply(&nam);
    if (wanted("startup"))
        startup();
    return 0;
}
