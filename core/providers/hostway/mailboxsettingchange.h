#pragma once

#include "core/net/apierror.h"
#include "core/operations/operation.h"
#include "core/providers/hostway/hostwaytypes.h"

#include <QCoreApplication>
#include <QJsonValue>

class StrictJson;

/// A change to one setting of an existing Hostway mailbox (its forwarding, its autoresponder,
/// ...) that one GET reads back (seed 003_aa31f808b2178cb3.txt). The GET's answer, as
/// stateFrom() reads it, is the setting's state: a JSON value that the draft keeps as
/// expected() (what the change was drafted against: a different state at apply is a
/// conflict) and that says whether an interrupted send landed (isAppliedIn()). HostwaySender
/// asks these, so a new setting needs no code in the sender. A change whose setting the seed
/// documents for the domain as well (its black/white list and spam filter, sections 3-14), or
/// for the domain alone (its InfoStore, its webmail), says so by level(); with an empty name
/// it is then the domain's own.
class MailboxSettingChange : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(MailboxSettingChange)

public:
    [[nodiscard]] const QString &domain() const { return m_domain; }
    [[nodiscard]] const QString &name() const { return m_name; }
    /// name@domain; the domain alone for a domain-level change.
    [[nodiscard]] QString address() const;
    /// True for a change of the domain's own setting: no mailbox name.
    [[nodiscard]] bool isDomainLevel() const { return m_name.isEmpty(); }
    /// Whom the seed documents the setting for: a mailbox, a mailbox or its domain (an empty
    /// name is then the domain's), or the domain alone (a name is then a problem).
    enum class Level { Mailbox, MailboxOrDomain, Domain };
    /// Level::Mailbox by default.
    [[nodiscard]] virtual Level level() const { return Level::Mailbox; }

    /// "mailbox:domain/name" ("domain:domain" at domain level): the changes of one target
    /// keep their order in a parallel apply.
    [[nodiscard]] QString targetKey() const override;
    [[nodiscard]] OperationTarget target() const override;
    /// The mailbox must exist (the draft's snapshot is checked); none at domain level.
    [[nodiscard]] MailboxEffect mailboxEffect() const override;

    /// The GET that reads the setting this change sets.
    [[nodiscard]] virtual HttpRequest stateRequest(const Hostway::Endpoint &endpoint) const = 0;
    /// The state in the GET's answer `body`; false and *error when it cannot be read.
    virtual bool stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const = 0;
    /// The state when the GET answers 404: the setting does not exist yet (a webmail account
    /// to create). False, the default: a 404 is an error.
    virtual bool stateWhenMissing(QJsonValue *state) const { Q_UNUSED(state) return false; }
    /// True when stateFrom() shows whether this change is made; false when the setting cannot
    /// be read back (secret answers): an interrupted send is then sent again, which the
    /// change must make harmless.
    [[nodiscard]] virtual bool canReadBack() const { return true; }
    /// True when `state` shows this change made.
    [[nodiscard]] virtual bool isAppliedIn(const QJsonValue &state) const = 0;
    /// Why `state` differs from expected() (translated), empty when it does not or when
    /// nothing is expected.
    [[nodiscard]] virtual QString conflictWith(const QJsonValue &state) const;

    /// The provider's refusal of this change in words that say what to do, one line each;
    /// empty when its own message() says it (the default).
    [[nodiscard]] virtual QStringList explainRefusal(const ApiError &error) const { Q_UNUSED(error) return {}; }

    /// The state the change was drafted against; undefined: not compared.
    void setExpected(QJsonValue state) { m_expected = std::move(state); }
    [[nodiscard]] const QJsonValue &expected() const { return m_expected; }

protected:
    MailboxSettingChange(QString domain, QString name);
    /// kind, domain, name and expected, for toJson().
    [[nodiscard]] QJsonObject baseJson() const;
    /// Reads domain, name and expected written by baseJson() into `change`.
    static void readBase(StrictJson &json, const QJsonObject &object, MailboxSettingChange *change);
    /// The problems of the domain and of the mailbox's name, as level() asks: none, or
    /// none allowed, at domain level.
    [[nodiscard]] QList<ValidationProblem> addressProblems() const;

public:
    /// The problems of `domain` and of `name`, an existing mailbox's name, for any change
    /// of one mailbox.
    [[nodiscard]] static QList<ValidationProblem> addressProblems(const QString &domain, const QString &name);

private:
    QString m_domain;
    QString m_name;
    QJsonValue m_expected = QJsonValue(QJsonValue::Undefined);
};
