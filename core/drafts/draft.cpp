#include "core/drafts/draft.h"

#include "core/operations/strictjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <limits>

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

std::optional<DomainSnapshot> DomainSnapshot::fromJson(const QJsonObject &json, QString *error)
{
    StrictJson j(json);
    DomainSnapshot snapshot;
    const QString fetched = j.text(QStringLiteral("fetched"), false);   // empty: not known
    snapshot.fetchedAt = QDateTime::fromString(fetched, Qt::ISODate);
    if (j.ok() && !fetched.isEmpty() && !snapshot.fetchedAt.isValid())
        j.fail(QStringLiteral("fetched"), tr("must be a date and time (ISO 8601)"));
    const QJsonArray array = j.array(QStringLiteral("mailboxes"));
    if (!j.ok()) {
        *error = j.error();
        return std::nullopt;
    }
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = tr("Mailbox %1 of the snapshot is %2, not an object.").arg(i + 1).arg(StrictJson::describe(array.at(i)));
            return std::nullopt;
        }
        StrictJson m(array.at(i).toObject(), tr("mailbox %1").arg(i + 1));
        SnapshotMailbox mailbox;
        mailbox.username = m.text(QStringLiteral("username"));
        mailbox.quotaMb = int(m.optionalInteger(QStringLiteral("quota"), 0, std::numeric_limits<int>::max()).value_or(0));
        mailbox.master = m.optionalBool(QStringLiteral("master")).value_or(false);
        mailbox.type = m.optionalText(QStringLiteral("type")).value_or(QString());
        if (!m.ok()) {
            *error = m.error();
            return std::nullopt;
        }
        snapshot.mailboxes.append(mailbox);
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

QStringList Draft::secretKeys() const
{
    QStringList keys;
    for (const DraftEntry &entry : entries) {
        QStringList names = entry.operation->secretNames();
        if (entry.operation->generatesPassword() && !names.contains(QStringLiteral("password")))
            names.append(QStringLiteral("password"));   // kept under it once made
        for (const QString &name : std::as_const(names))
            keys.append(secretKey(entry.id, name));
    }
    return keys;
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
    StrictJson j(json);
    if (json.value(QLatin1String("format")).toString() != kFormat) {
        *error = tr("This is not a Mailroom draft (no \"format\": \"mailroom-draft\").");
        return std::nullopt;
    }
    const qint64 version = j.integer(QStringLiteral("version"), 1, std::numeric_limits<int>::max());
    if (!j.ok()) {
        *error = tr("The draft has no valid \"version\": %1").arg(j.error());
        return std::nullopt;
    }
    if (version > kVersion) {
        *error = tr("The draft was written by a newer Mailroom (format version %1; this version reads up to %2). Update Mailroom to open it; the file was left untouched.")
                     .arg(version).arg(kVersion);
        return std::nullopt;
    }
    const auto refuse = [error](const QString &why) {
        *error = tr("The draft cannot be read: %1 The file was left untouched.").arg(why);
        return std::nullopt;
    };
    Draft draft;
    draft.id = j.text(QStringLiteral("id"));
    for (const auto &[key, into] : {std::pair{QStringLiteral("created"), &draft.created}, std::pair{QStringLiteral("modified"), &draft.modified}}) {
        const auto text = j.optionalText(key);
        *into = QDateTime::fromString(text.value_or(QString()), Qt::ISODate);
        if (text && !into->isValid())
            j.fail(key, tr("must be a date and time (ISO 8601)"));
    }
    StrictJson account(j.object(QStringLiteral("account")), QStringLiteral("account"));
    const QJsonObject snapshots = j.object(QStringLiteral("snapshots"), true);
    const QJsonArray operations = j.array(QStringLiteral("operations"));
    if (!j.ok())
        return refuse(j.error());
    // Drafts written before Mailroom knew other providers have no "provider": Hostway's.
    draft.account.provider = account.optionalText(QStringLiteral("provider")).value_or(QStringLiteral("hostway"));
    draft.account.baseUrl = QUrl(account.text(QStringLiteral("baseUrl"), false), QUrl::StrictMode);
    if (account.ok() && !draft.account.baseUrl.isEmpty() && !draft.account.baseUrl.isValid())
        account.fail(QStringLiteral("baseUrl"), tr("must be a URL"));
    draft.account.accountId = account.optionalText(QStringLiteral("accountId")).value_or(QString());
    draft.account.userName = account.text(QStringLiteral("userName"), false);
    draft.account.publicKeyPem = account.optionalText(QStringLiteral("publicKey")).value_or(QString()).toLatin1();
    if (!account.ok())
        return refuse(account.error());
    for (auto it = snapshots.begin(); it != snapshots.end(); ++it) {
        QString why;
        const auto snapshot = it.value().isObject() ? DomainSnapshot::fromJson(it.value().toObject(), &why) : std::nullopt;
        if (!snapshot)
            return refuse(tr("the snapshot of %1 is damaged: %2").arg(it.key(), why.isEmpty() ? tr("not an object.") : why));
        draft.snapshots.insert(it.key(), *snapshot);
    }
    QSet<QString> ids;
    for (int i = 0; i < operations.size(); ++i) {
        if (!operations.at(i).isObject()) {
            *error = tr("Operation %1 is %2, not an object.").arg(i + 1).arg(StrictJson::describe(operations.at(i)));
            return std::nullopt;
        }
        const QJsonObject o = operations.at(i).toObject();
        QString reason;
        StrictJson entry(o);
        const QString entryId = entry.text(QStringLiteral("id"));
        std::unique_ptr<Operation> op = entry.ok() ? Operation::fromJson(o, &reason) : nullptr;
        if (!entry.ok())
            reason = entry.error();
        if (!op) {
            *error = tr("Operation %1: %2").arg(i + 1).arg(reason);
            return std::nullopt;
        }
        if (op->provider() != draft.account.provider) {
            *error = tr("Operation %1 is for %2, but the draft is for a %3 account.").arg(i + 1).arg(op->provider(), draft.account.provider);
            return std::nullopt;
        }
        if (ids.contains(entryId)) {
            *error = tr("Operation %1 has the id of another operation.").arg(i + 1);
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
    if (file.size() > kMaxFileBytes) {
        *error = tr("%1 is %2 MB, larger than a draft may be (%3 MB, about 300,000 operations); it was left untouched. Split it into smaller drafts.")
                     .arg(path).arg(file.size() / (1024 * 1024)).arg(kMaxFileBytes / (1024 * 1024));
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

        using Kind = Operation::MailboxEffect::Kind;
        const Operation::MailboxEffect effect = entry.operation->mailboxEffect();
        const QString &domain = effect.domain;
        const QString &name = effect.name;
        if (effect.kind == Kind::None || !existing.contains(domain))
            continue;
        QSet<QString> &names = existing[domain];
        const QString key = name.toLower();
        if (effect.kind == Kind::Creates) {
            if (names.contains(key))
                problems.append({entry.id, i, QStringLiteral("name"), tr("A mailbox %1@%2 already exists.").arg(name, domain)});
            names.insert(key);
        } else if (!names.contains(key)) {
            problems.append({entry.id, i, QStringLiteral("name"),
                             tr("There is no mailbox %1@%2 (in the snapshot or earlier in the draft).").arg(name, domain)});
        } else if (effect.kind == Kind::Deletes) {
            names.remove(key);
        }
    }
    return problems;
}
