#pragma once

#include "core/net/apierror.h"
#include "core/operations/operation.h"

#include <QList>

#include <functional>
#include <memory>

/// How a provider's page hands its changes to Draft Mode. MainWindow gives each page a hook
/// for the account it shows: while isActive(), the page turns its change into Operations and
/// passes them to add() instead of sending them; add() answers with an error when the draft
/// refused them (a draft of another account, an invalid change), else with none.
struct DraftHook
{
    using Added = std::function<void(const ApiError &error)>;

    std::function<bool()> active;
    std::function<void(QList<std::shared_ptr<Operation>> operations, Added done)> add;

    /// True while changes go to the draft.
    [[nodiscard]] bool isActive() const { return active && add && active(); }
};
