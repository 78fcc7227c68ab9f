#pragma once

#include "core/changes/changepath.h"
#include "core/operations/operation.h"

#include <QList>

#include <functional>
#include <memory>

/// How a provider's page hands its changes to the one change path (ChangePath). MainWindow
/// gives each page a hook for the account it shows: the page turns a change into Operations
/// and submits them; while Draft Mode is on they are drafted, else sent through the
/// account's sender, audited either way. The outcome says which (ChangeOutcome::Drafted).
struct ChangeHook
{
    /// True while changes go to the draft (the page says "Add to Draft").
    std::function<bool()> drafting;
    /// Validates, then drafts or sends `operations` in order (ChangePath::submitAll()).
    std::function<void(QList<std::shared_ptr<Operation>> operations, QObject *context, ChangePath::Finished done)> submit;
    /// Sends several changes at once, one per selected row, as one batch (BatchRun) in its
    /// own window titled `title`: progress, each row's outcome, Cancel. `done(accepted)` when
    /// it ends, with how many the provider accepted. Rows are checked first: a problem shows,
    /// nothing is sent and `done(0)` comes at once. Not while drafting
    /// (ProviderView::Host::changeMany drafts instead).
    std::function<void(QList<std::shared_ptr<Operation>> operations, const QString &title, std::function<void(int accepted)> done)> sendBatch;

    [[nodiscard]] bool isDrafting() const { return drafting && drafting(); }
    [[nodiscard]] bool isSet() const { return bool(submit); }
};
