#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QString>

struct Account;

/// What Mailroom knows of each provider it speaks to: its name and icon, what an account of
/// it needs, and what its API can do. The GUI offers only what a provider can do; the CLI
/// refuses the rest with exit code 2. Capabilities follow the seeds (shared/seeds/).
struct Provider
{
    Q_DECLARE_TR_FUNCTIONS(Provider)

public:
    enum Capability {
        Mailboxes = 0x1,           ///< list, create, change and delete mailboxes
        Drafts = 0x2,              ///< changes can be drafted offline and applied later
        DistributionLists = 0x4,   ///< lists with members (Ikoula)
        Contacts = 0x8,            ///< global address list contacts (Ikoula)
        ServerSettings = 0x10,     ///< per-domain or per-skill mail server settings (Webitel, ICE)
        Subscriptions = 0x20,      ///< subscriptions > organisations, listed by the API (Ikoula)
        Billing = 0x40,            ///< billing lines per subscription (Ikoula)
        ReadSettingsBack = 0x80,   ///< the server settings can be read back (Webitel; ICE cannot)
        FieldSpellings = 0x100,    ///< its documentation spells the fields two ways; the account says which (ICE)
        BasicAuthentication = 0x200,   ///< each request carries HTTP Basic credentials, so curl can replay one (Hostway)
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    QString id;                 ///< "hostway", "ikoula", "ice", "webitel": Account::provider
    QString name;               ///< translated, e.g. "Hostway Email API"
    QString icon;               ///< resource path of its icon
    QString defaultBaseUrl;
    Capabilities capabilities;
    bool needsAccountId = false;   ///< Hostway's account id, ICE's organisation id
    bool needsPublicKey = false;   ///< Ikoula's RSA public key
    bool userAddsDomains = false;  ///< the API cannot list them: the user names them (Hostway, Webitel, ICE skills)

    /// The words the window and the tree use for this provider's objects, translated. The
    /// defaults are a domain provider's (Hostway, Webitel); ICE names its own.
    struct Terms
    {
        QString domain;            ///< a user-added domain's tree label, %1 its name ("%1"; ICE: "Skill %1")
        QString domainIcon;        ///< its icon's resource path
        QString addDomain;         ///< the text of the action that adds one, with its & mnemonic
        QString settings;          ///< the server settings node's label ("Email Settings")
        QString accountId;         ///< the account id field's label, with its & mnemonic
        QString accountIdHint;     ///< that field's placeholder
        QString accountTooltip;    ///< the tree's tooltip of an account with an id: %1 provider, %2 id, %3 URL, %4 user
    };
    Terms terms = defaultTerms();

    /// One way the provider's documentation spells its fields (FieldSpellings).
    struct Spelling
    {
        QString id;        ///< as Account::fieldSpelling, settings and files write it
        QString label;     ///< translated, for the account dialog
    };
    /// One kind of account of the provider, when it has several (Hostway: the account's
    /// administrator, or one mailbox's owner signing in to the /email/{domain} shortcuts).
    /// What the kind changes of the provider's descriptor replaces it for its accounts
    /// (forAccount()).
    struct Kind
    {
        QString id;                 ///< as Account::kind writes it; the first kind's is the default
        QString label;              ///< translated, for the account dialog
        QString userHint;           ///< the user name field's placeholder ("name@domain")
        Capabilities capabilities;  ///< what an account of this kind can do
        bool needsAccountId = false;   ///< as the descriptor's: the account dialog asks for an account id
        bool userAddsDomains = false;  ///< as the descriptor's: its user adds domains under it
    };
    /// The kinds an account chooses from, the default first; empty: one kind, the descriptor's.
    QList<Kind> kinds;

    /// The spellings an account chooses from, the default first; empty without FieldSpellings.
    QList<Spelling> spellings;
    QString spellingsTooltip;   ///< why there is a choice (translated)

    [[nodiscard]] bool can(Capability c) const { return capabilities.testFlag(c); }

    /// The Terms of a provider of domains, translated when called.
    static Terms defaultTerms();

    /// Every provider of ProviderRegistry (the four built-in ones first), in the order the
    /// GUI lists them.
    static const QList<Provider> &all();
    /// The provider `id`, or Hostway's for an unknown id (accounts saved before providers).
    static const Provider &of(const QString &id);
    /// The provider of `account` as its kind (Account::kind) makes it: that kind's
    /// capabilities, account id and domains. What shared code asks about an account.
    static Provider forAccount(const Account &account);
    /// The kind `id` of this provider, or its first (the default) for an empty or unknown id;
    /// null when the provider has one kind.
    [[nodiscard]] const Kind *kind(const QString &id) const;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Provider::Capabilities)
