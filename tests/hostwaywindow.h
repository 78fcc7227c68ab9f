#pragma once

#include "core/providers/hostway/hostwayclient.h"
#include "guifixture.h"
#include "models/hostway/mailboxtablemodel.h"

#include <QTabWidget>
#include <QTableView>
#include <QTest>

/// The demo Hostway account's window with test.com's mailbox `name` selected, and a client
/// of its own to read the sandbox.
struct HostwayWindow
{
    explicit HostwayWindow(const QString &name)
        : f([](quint16 port) { return DemoAccount::make(port); })
        , check(&f.nam, Hostway::Endpoint{f.sandbox.baseUrl(), SandboxFixture::accountId()})
    {
        check.setCredentials(SandboxFixture::user(), SandboxFixture::password());
        f.window->selectMailboxes(f.id, QStringLiteral("test.com"));
        table = f.window->findChild<QTableView *>(QStringLiteral("mailboxTable"));
        auto *model = static_cast<MailboxTableModel *>(table->model());
        selected = QTest::qWaitFor([&] { return model->rowOf(name) >= 0; }, 10000);
        if (selected)
            table->selectRow(model->rowOf(name));
        tabs = f.window->findChild<QTabWidget *>(QStringLiteral("mailboxTabs"));
    }

    QStringList forwards(const QString &name)
    {
        QStringList out{QStringLiteral("<not read>")};
        bool done = false;
        check.fetchForwards(QStringLiteral("test.com"), name, f.window.get(), [&](const ApiError &e, const QStringList &t) {
            if (!e.isError())
                out = t;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return out;
    }

    Hostway::Autoresponder autoresponder(const QString &name)
    {
        Hostway::Autoresponder out;
        out.body = QStringLiteral("<not read>");
        bool done = false;
        check.fetchAutoresponder(QStringLiteral("test.com"), name, f.window.get(), [&](const ApiError &e, const Hostway::Autoresponder &a) {
            if (!e.isError())
                out = a;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return out;
    }

    /// The keys of the secret questions `name` answered, as the sandbox holds them.
    QStringList secretKeys(const QString &name)
    {
        QStringList out{QStringLiteral("<not read>")};
        bool done = false;
        check.fetchSecretKeys(QStringLiteral("test.com"), name, f.window.get(), [&](const ApiError &e, const QStringList &keys) {
            if (!e.isError())
                out = keys;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return out;
    }

    template<typename T>
    T *find(const char *name) const { return f.window->findChild<T *>(QLatin1String(name)); }

    GuiFixture f;
    HostwayClient check;
    QTableView *table = nullptr;
    QTabWidget *tabs = nullptr;
    bool selected = false;
};

