#include "core/drafts/draft.h"

#include "core/operations/mailboxoperations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

namespace {

const QString kFormat = QStringLiteral("mailroom-draft");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

QJsonObject DomainSnapshot::toJson() const
{
    QJsonArray array;
    for (const SnapshotMailbox &m : mailboxes)
        array.append(QJsonObject{{QStringLiteral("username"), m.username}, {QStringLiteral("quota"), m.quotaMb},
                                 {QStringLiteral("master"), m.master}, {QStringLiteral("type"), m.type}});
    return {{QStringLiteral("fetched"), fetchedAt.toUTC().toString(Qt::ISODate)}, {QStringLiteral("mailboxes"), array}};
}

DomainSnapshot DomainSnapshot::fromJson(const QJsonObject &json)
{
    DomainSnapshot snapshot;
    snapshot.fetchedAt = QDateTime::fromString(json.value(QLatin1String("fetched")).toString(), Qt::ISODate);
    const QJsonArray array = json.value(QLatin1String("mailboxes")).toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        snapshot.mailboxes.append({o.value(QLatin1String("username")).toString(), o.value(QLatin1String("quota")).toInt(),
                                   o.value(QLatin1String("master")).toBool(), o.value(QLatin1String("type")).toString()});
    }
    return snapshot;
}

const SnapshotMailbox *DomainSnapshot::find(const QString &username) const
{
    for (const SnapshotMailbox &m : mailboxes) {
        if (m.username.compare(username, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

DraftAccount DraftAccount::of(const Account &account)
{
    return {account.provider, account.baseUrl, account.accountId, account.userName,
            account.provider == QLatin1String("ikoula") ? account.publicKeyPem : QByteArray()};
}

bool DraftAccount::isFor(const Account &account) const
{
    return provider == account.provider && baseUrl == account.baseUrl && accountId == account.accountId && userName == account.userName;
}

Draft Draft::create(const DraftAccount &account)
{
    Draft draft;
    draft.id = newId();
    draft.created = QDateTime::currentDateTimeUtc();
    draft.modified = draft.created;
    draft.account = account;
    return draft;
}

QString Draft::append(std::shared_ptr<Operation> operation)
{
    const QString entryId = newId();
    entries.append({entryId, std::move(operation)});
    modified = QDateTime::currentDateTimeUtc();
    return entryId;
}

QString Draft::passwordKey(const QString &entryId) const
{
    return QStringLiteral("draft:%1:%2").arg(id, entryId);
}

QString Draft::secretKey(const QString &entryId, const QString &name) const
{
    return name == QLatin1String("password") ? passwordKey(entryId) : passwordKey(entryId) + QLatin1Char(':') + name;
}

QJsonObject Draft::toJson() const
{
    QJsonObject snapshotsJson;
    for (auto it = snapshots.cbegin(); it != snapshots.cend(); ++it)
        snapshotsJson.insert(it.key(), it.value().toJson());
    QJsonArray operations;
    for (const DraftEntry &entry : entries) {
        QJsonObject o = entry.operation->toJson();
        o.insert(QStringLiteral("id"), entry.id);
        operations.append(o);
    }
    QJsonObject accountJson{{QStringLiteral("provider"), account.provider},
                            {QStringLiteral("baseUrl"), account.baseUrl.toString()},
                            {QStringLiteral("accountId"), account.accountId},
                            {QStringLiteral("userName"), account.userName}};
    if (!account.publicKeyPem.isEmpty())
        accountJson.insert(QStringLiteral("publicKey"), QString::fromLatin1(account.publicKeyPem));
    return {
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("id"), id},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("modified"), modified.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("account"), accountJson},
        {QStringLiteral("snapshots"), snapshotsJson},
        {QStringLiteral("operations"), operations},
    };
}

std::optional<Draft> Draft::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(QLatin1String("format")).toString() != kFormat) {
        *error = tr("This is not a Mailroom draft (no \"format\": \"mailroom-draft\").");
        return std::nullopt;
    }
    const int version = json.value(QLatin1String("version")).toInt(0);
    if (version < 1) {
        *error = tr("The draft has no valid \"version\".");
        return std::nullopt;
    }
    if (version > kVersion) {
        *error = tr("The draft was written by a newer Mailroom (format version %1; this version reads up to %2). Update Mailroom to open it; the file was left untouched.")
                     .arg(version).arg(kVersion);
        return std::nullopt;
    }
    Draft draft;
    draft.id = json.value(QLatin1String("id")).toString();
    if (draft.id.isEmpty()) {
        *error = tr("The draft has no id.");
        return std::nullopt;
    }
    draft.created = QDateTime::fromString(json.value(QLatin1String("created")).toString(), Qt::ISODate);
    draft.modified = QDateTime::fromString(json.value(QLatin1String("modified")).toString(), Qt::ISODate);
    const QJsonObject account = json.value(QLatin1String("account")).toObject();
    draft.account.provider = account.value(QLatin1String("provider")).toString(QStringLiteral("hostway"));
    draft.account.baseUrl = QUrl(account.value(QLatin1String("baseUrl")).toString());
    draft.account.accountId = account.value(QLatin1String("accountId")).toString();
    draft.account.userName = account.value(QLatin1String("userName")).toString();
    draft.account.publicKeyPem = account.value(QLatin1String("publicKey")).toString().toLatin1();
    const QJsonObject snapshots = json.value(QLatin1String("snapshots")).toObject();
    for (auto it = snapshots.begin(); it != snapshots.end(); ++it)
        draft.snapshots.insert(it.key(), DomainSnapshot::fromJson(it.value().toObject()));
    const QJsonArray operations = json.value(QLatin1String("operations")).toArray();
    QSet<QString> ids;
    for (int i = 0; i < operations.size(); ++i) {
        const QJsonObject o = operations.at(i).toObject();
        QString reason;
        std::unique_ptr<Operation> op = Operation::fromJson(o, &reason);
        const QString entryId = o.value(QLatin1String("id")).toString();
        if (!op) {
            *error = tr("Operation %1: %2").arg(i + 1).arg(reason);
            return std::nullopt;
        }
        if (op->provider() != draft.account.provider) {
            *error = tr("Operation %1 is for %2, but the draft is for a %3 account.").arg(i + 1).arg(op->provider(), draft.account.provider);
            return std::nullopt;
        }
        if (entryId.isEmpty() || ids.contains(entryId)) {
            *error = tr("Operation %1 has no id, or the id of another operation.").arg(i + 1);
            return std::nullopt;
        }
        ids.insert(entryId);
        draft.entries.append({entryId, std::shared_ptr<Operation>(std::move(op))});
    }
    return draft;
}

std::optional<Draft> Draft::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("%1 is damaged (%2 at byte %3); it was left untouched.")
                     .arg(path, parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("not a JSON object"))
                     .arg(parseError.offset);
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

bool Draft::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QList<DraftProblem> Draft::validate() const
{
    QList<DraftProblem> problems;
    // The mailboxes each domain holds after the operations so far (from the snapshot).
    QMap<QString, QSet<QString>> existing;
    for (auto it = snapshots.cbegin(); it != snapshots.cend(); ++it) {
        QSet<QString> names;
        for (const SnapshotMailbox &m : it.value().mailboxes)
            names.insert(m.username.toLower());
        existing.insert(it.key(), names);
    }
    for (int i = 0; i < entries.size(); ++i) {
        const DraftEntry &entry = entries.at(i);
        const auto own = entry.operation->validate();
        for (const ValidationProblem &p : own)
            problems.append({entry.id, i, p.field, p.message});

        QString domain;
        QString name;
        int kind = 0;   // 1 create, 2 change, 3 delete
        if (const auto *c = dynamic_cast<const CreateMailbox *>(entry.operation.get())) {
            domain = c->domain(), name = c->name(), kind = 1;
        } else if (const auto *u = dynamic_cast<const UpdateMailbox *>(entry.operation.get())) {
            domain = u->domain(), name = u->name(), kind = 2;
        } else if (const auto *d = dynamic_cast<const DeleteMailbox *>(entry.operation.get())) {
            domain = d->domain(), name = d->name(), kind = 3;
        }
        if (kind == 0 || !existing.contains(domain))
            continue;
        QSet<QString> &names = existing[domain];
        const QString key = name.toLower();
        if (kind == 1) {
            if (names.contains(key))
                problems.append({entry.id, i, QStringLiteral("name"), tr("A mailbox %1@%2 already exists.").arg(name, domain)});
            names.insert(key);
        } else if (!names.contains(key)) {
            problems.append({entry.id, i, QStringLiteral("name"),
                             tr("There is no mailbox %1@%2 (in the snapshot or earlier in the draft).").arg(name, domain)});
        } else if (kind == 3) {
            names.remove(key);
        }
    }
    return problems;
}
