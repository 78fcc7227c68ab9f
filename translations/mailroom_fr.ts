<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Account</name>
    <message>
        <source>Enter a display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the provider&apos;s base URL, such as https://api.hostway.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https:// (plain http is only allowed on this computer, for the sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostway Email API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme Corp (Hostway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {account} of /accounts/{account}/...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. admin@partner-realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in Mailroom&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTreeModel</name>
    <message>
        <source>Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostway account %1 at %2, as %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddDomainDialog</name>
    <message>
        <source>Add Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailroom checks that the account holds this domain before adding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no domain %1. Check the spelling, or the account it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the provider (%1). Check the base URL and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not answer in time. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed (%1). Mailroom never ignores certificate errors: check the base URL or the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider redirected the request somewhere Mailroom will not follow (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider rejected the credentials (HTTP %1). Check the account&apos;s user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (HTTP 404): the domain, account or mailbox does not exist, or was removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict (HTTP 409): the object already exists or is in a state that forbids this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider failed to handle the request (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider says: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>no network access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS to HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Reset Password of %1@%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for &lt;b&gt;%1@%2&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused this password without saying why; it may have been used before. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateMailbox</name>
    <message>
        <source>The quota must be greater than 0 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password, or let Mailroom generate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create mailbox %1 (%2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create mailbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with a generated password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;password&quot; must be &quot;generate&quot; or &quot;provided&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteMailbox</name>
    <message>
        <source>Delete mailbox %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain quota (all mailboxes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard webmail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveSync webmail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium webmail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange 2013 standard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange 2013 premium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open “Mailboxes” under the domain to list, create and change mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hostway::Rules</name>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 128 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one capital letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one lower-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one special character (not a letter, digit or _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not start with &quot;pass&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not start with &quot;abc&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not start with &quot;123&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not contain the domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not contain the mailbox name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not start with the mailbox name&apos;s first 3 letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a mailbox name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters a-z and A-Z, digits, dots and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxDetailsPane</name>
    <message>
        <source>No mailbox selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mailbox in the list to see its quota, usage and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange mailbox. Exchange settings are read-only in this version of Mailroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP / IMAP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWA / MAPI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActiveSync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox (IMAP / OpenXchange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxListPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter mailboxes by name (* is a wildcard)  –  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading mailboxes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading more… (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailbox matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no mailboxes yet. Create one with New Mailbox (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 mailboxes loaded; scroll down for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxTableModel</name>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox (IMAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mailroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Mailroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the account you administer at your email provider to browse its domains and mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Domain from List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Quota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mailroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mailroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mailroom %1&lt;/h3&gt;&lt;p&gt;A console for administering hosted email through the providers&apos; web APIs.&lt;/p&gt;&lt;p&gt;Passwords are kept in the system keychain only.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Hostway account %2 at %3, signed in as %4.
Add the domains you administer to browse their mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account&apos;s password. Mailroom keeps it in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account&apos;s password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account added. Now add the domains you administer (Ctrl+Shift+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account “%1” from Mailroom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its password is deleted from the keychain. Nothing changes at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Domain from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain and its mailboxes stay at the provider; you can add it back at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1@%2 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quota of %1@%2, in MB:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota Not Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota of %1 set to %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the mailbox %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its messages are deleted at the provider. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMailboxDialog</name>
    <message>
        <source>&amp;Master account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Mailbox on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. john.smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A master account can administer the domain&apos;s other mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mailbox with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Choose a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation has no domain or mailbox name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown operation kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordEditor</name>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a strong password that meets every rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>No keychain service is available, so Mailroom cannot remember this password: it will ask for it once per session and store it nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused: Mailroom will keep the password for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed (%1): Mailroom will keep the password for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available: the password is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain (%1); it is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SizeFormat</name>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB (%2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateMailbox</name>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota must be greater than 0 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota to %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make not master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change mailbox %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administer hosted email through the providers&apos; web APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in provider sandbox and open a demo account on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on a loopback port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (Hostway sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailroom – Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
