#pragma once

#include "app/ctl/hostway/ctlhostwaycommand.h"

/// mailroomctl's commands for Hostway Exchange mailboxes (seed 003 sections 51-56):
/// `exchange show` (every field GET .../exchange gives, as Hostway words it), `exchange create` (a display name, a password from standard input or generated, the type
/// and resource type, and any documented field as FIELD=VALUE), `exchange set` (the fields
/// changed, --password-stdin, --reset-password for a new password at the next logon) and
/// `exchange delete --yes`. Changes go through the change path (audited; --draft FILE drafts
/// them, a typed password kept in the keychain).
class CtlExchange final : public CtlHostwayCommand
{
    Q_OBJECT

public:
    explicit CtlExchange(CtlOptions options, QObject *parent = nullptr);

private:
    void run() override;
    [[nodiscard]] bool needsPassword() const override;
    /// The documented fields of the options and the FIELD=VALUE arguments; false after
    /// printing why (an argument that is not FIELD=VALUE).
    [[nodiscard]] bool fieldsFromOptions(QJsonObject *fields);
    void show();
    void create();
    void change();
};
