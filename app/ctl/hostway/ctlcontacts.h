#pragma once

#include "app/ctl/hostway/ctlhostwaycommand.h"
#include "core/providers/hostway/contacts.h"

/// mailroomctl's commands for a Hostway domain's global address list (seed 003 sections
/// 15-25), fields named by the seed's keys (email, displayName, businessPhone...):
/// `contacts list [filterField=VALUE | searchField=VALUE...]` (Hostway's own filter, `*` a
/// wildcard, and substring search; table, JSON, or CSV of every field that `draft import-csv
/// --kind contacts` reads back), `contacts show --name N`, `contacts create --name N
/// email=E displayName=TEXT [FIELD=VALUE...]`, `contacts set --name N FIELD=VALUE...` (read
/// first: a draft compares the contact at apply) and `contacts delete --name N --yes`.
class CtlContacts final : public CtlHostwayCommand
{
    Q_OBJECT

public:
    explicit CtlContacts(CtlOptions options, QObject *parent = nullptr);

private:
    void run() override;
    [[nodiscard]] bool needsPassword() const override;
    /// The FIELD=VALUE arguments; false after printing why (not FIELD=VALUE, no such field).
    [[nodiscard]] bool readFields(QList<QPair<Hostway::ContactField, QString>> *fields);
    void list();
    void show();
    void create();
    void change();
};
