#include "ui/registry/providerview.h"

#include "models/draftsession.h"
#include "ui/uistyle.h"

#include <QUndoStack>

#include <optional>

bool ProviderView::stillShown(const Node &node) const
{
    if (!m_host.current)
        return false;
    const Node now = m_host.current();
    return now.accountId == node.accountId && now.domain == node.domain && now.subscription == node.subscription
           && now.organisation == node.organisation && now.type == node.type;
}

bool ProviderView::Host::draftTogether(const QString &accountId, QList<std::shared_ptr<Operation>> operations, const QString &undoText,
                                       QString *error, const std::function<void(DraftSession *)> &before) const
{
    if (!startDrafting(accountId)) {
        error->clear();
        return false;
    }
    DraftSession *draft = draftSession(accountId);
    if (before)
        before(draft);
    // Drafting answers at once, so the operations are in the draft before the macro closes.
    std::optional<ChangeOutcome> outcome;
    draft->undoStack()->beginMacro(undoText);
    changeHook(accountId).submit(std::move(operations), draft, [&outcome](const ChangeOutcome &o) { outcome = o; });
    draft->undoStack()->endMacro();
    if (!outcome || outcome->status != ChangeOutcome::Status::Drafted) {
        *error = outcome ? outcome->error.message() : QCoreApplication::translate("ProviderView", "The rows could not be added to the draft.");
        return false;
    }
    return true;
}

bool ProviderView::Host::changeMany(const QString &accountId, QList<std::shared_ptr<Operation>> operations, const QString &title,
                                    std::function<void(int)> sent) const
{
    const ChangeHook hook = changeHook(accountId);
    if (!hook.isDrafting()) {
        hook.sendBatch(std::move(operations), title, std::move(sent));
        return true;
    }
    QString error;
    if (draftTogether(accountId, std::move(operations), title, &error))
        return true;
    if (!error.isEmpty())
        UiStyle::warn(window, QStringLiteral("notDrafted"), title, error);
    return false;
}
