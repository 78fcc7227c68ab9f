#include "core/operations/operation.h"

#include "core/operations/iceoperation.h"
#include "core/operations/ikoulaoperation.h"
#include "core/operations/mailboxoperations.h"
#include "core/operations/strictjson.h"
#include "core/operations/webiteloperation.h"

std::unique_ptr<Operation> Operation::fromJson(const QJsonObject &json, QString *error)
{
    if (!json.value(QLatin1String("kind")).isString()) {
        *error = QCoreApplication::translate("Operation", "\"kind\" must be the text naming the operation, not %1.")
                     .arg(StrictJson::describe(json.value(QLatin1String("kind"))));
        return nullptr;
    }
    const QString kind = json.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String(CreateMailbox::kKind))
        return CreateMailbox::fromJson(json, error);
    if (kind == QLatin1String(UpdateMailbox::kKind))
        return UpdateMailbox::fromJson(json, error);
    if (kind == QLatin1String(DeleteMailbox::kKind))
        return DeleteMailbox::fromJson(json, error);
    if (kind.startsWith(QLatin1String(IkoulaOperation::kKindPrefix)))
        return IkoulaOperation::fromJson(json, error);
    if (kind.startsWith(QLatin1String("webitel.")))
        return WebitelOperation::fromJson(json, error);
    if (kind == QLatin1String(IceOperation::kKind))
        return IceOperation::fromJson(json, error);
    *error = QCoreApplication::translate("Operation", "Unknown operation kind \"%1\".").arg(kind);
    return nullptr;
}
