#include "core/operations/operation.h"

#include "core/operations/strictjson.h"
#include "core/registry/providermodule.h"
#include "core/registry/providerregistry.h"

std::unique_ptr<Operation> Operation::fromJson(const QJsonObject &json, QString *error)
{
    if (!json.value(QLatin1String("kind")).isString()) {
        *error = QCoreApplication::translate("Operation", "\"kind\" must be the text naming the operation, not %1.")
                     .arg(StrictJson::describe(json.value(QLatin1String("kind"))));
        return nullptr;
    }
    const QString kind = json.value(QLatin1String("kind")).toString();
    for (const ProviderModule *module : ProviderRegistry::instance().modules()) {
        QString why;
        std::unique_ptr<Operation> operation = module->readOperation(json, &why);
        if (operation || !why.isEmpty()) {
            *error = why;
            return operation;
        }
    }
    *error = QCoreApplication::translate("Operation", "Unknown operation kind \"%1\".").arg(kind);
    return nullptr;
}

OperationTarget OperationTarget::mailbox(const QString &name, const QString &domain)
{
    return {Kind::Mailbox, (name + QLatin1Char('@') + domain).toLower()};
}
