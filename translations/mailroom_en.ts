<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityDock</name>
    <message numerus="yes">
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n change shown</numerusform>
            <numerusform>%n changes shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) skipped</source>
        <translation>
            <numerusform>%n unreadable line skipped</numerusform>
            <numerusform>%n unreadable lines skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>... and %n more field message(s)</source>
        <translation>
            <numerusform>... and %n more field message</numerusform>
            <numerusform>... and %n more field messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>no complete answer within %n second</numerusform>
            <numerusform>no complete answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirects, a loop</source>
        <translation>
            <numerusform>more than %n redirect, a loop</numerusform>
            <numerusform>more than %n redirects, a loop</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Sending %n change…</numerusform>
            <numerusform>Sending %n changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n change(s) done.</source>
        <translation>
            <numerusform>The change is done.</numerusform>
            <numerusform>All %n changes done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainWebmailTab</name>
    <message numerus="yes">
        <source>%1: at most %n mailbox(es)</source>
        <translation>
            <numerusform>%1: at most %n mailbox</numerusform>
            <numerusform>%1: at most %n mailboxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftDock</name>
    <message numerus="yes">
        <source>Discard this draft and its %n operation(s)?</source>
        <translation>
            <numerusform>Discard this draft and its operation?</numerusform>
            <numerusform>Discard this draft and its %n operations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) need attention before the draft can be applied.</source>
        <translation>
            <numerusform>%n operation needs attention before the draft can be applied.</numerusform>
            <numerusform>%n operations need attention before the draft can be applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s), saved automatically to %1</source>
        <translation>
            <numerusform>%n operation, saved automatically to %1</numerusform>
            <numerusform>%n operations, saved automatically to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n Change(s)</source>
        <translation>
            <numerusform>Send %n Change</numerusform>
            <numerusform>Send %n Changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them delete(s) data at the provider, which cannot be undone. They are sent in the draft&apos;s order; an interrupted apply resumes where it stopped.</source>
        <translation>
            <numerusform>%n of them deletes data at the provider, which cannot be undone. They are sent in the draft&apos;s order; an interrupted apply resumes where it stopped.</numerusform>
            <numerusform>%n of them delete data at the provider, which cannot be undone. They are sent in the draft&apos;s order; an interrupted apply resumes where it stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>At most %n character</numerusform>
            <numerusform>At most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForwardingTab</name>
    <message numerus="yes">
        <source>Stop Forwarding to %n Address(es)</source>
        <translation>
            <numerusform>Stop Forwarding to %n Address</numerusform>
            <numerusform>Stop Forwarding to %n Addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop forwarding the mail of %1 to %n address(es)?</source>
        <translation>
            <numerusform>Stop forwarding the mail of %1 to %n address?</numerusform>
            <numerusform>Stop forwarding the mail of %1 to %n addresses?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneratedPasswordsBox</name>
    <message numerus="yes">
        <source>%n password(s) were generated. They are shown this once: give them to their owners.</source>
        <translation>
            <numerusform>%n password was generated. It is shown this once: give it to its owner.</numerusform>
            <numerusform>%n passwords were generated. They are shown this once: give them to their owners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them may not be in effect: the batch ended before the provider answered. Try it; if it does not work, reset that password again.</source>
        <translation>
            <numerusform>%n of them may not be in effect: the batch ended before the provider answered. Try it; if it does not work, reset that password again.</numerusform>
            <numerusform>%n of them may not be in effect: the batch ended before the provider answered. Try them; if one does not work, reset that password again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalAddressListTab</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) match</source>
        <translation>
            <numerusform>%n contact matches</numerusform>
            <numerusform>%n contacts match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 cannot be imported, so nothing was: correct the file and import it again.</source>
        <translation>
            <numerusform>%n row of %1 cannot be imported, so nothing was: correct the file and import it again.</numerusform>
            <numerusform>%n rows of %1 cannot be imported, so nothing was: correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>Import %n contact</numerusform>
            <numerusform>Import %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added to the draft from %1: apply the draft to create them.</source>
        <translation>
            <numerusform>%n contact added to the draft from %1: apply the draft to create it.</numerusform>
            <numerusform>%n contacts added to the draft from %1: apply the draft to create them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) from the global address list of %1?</source>
        <translation>
            <numerusform>Delete %n contact from the global address list of %1?</numerusform>
            <numerusform>Delete %n contacts from the global address list of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Contact(s)</source>
        <translation>
            <numerusform>Delete %n Contact</numerusform>
            <numerusform>Delete %n Contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>Deleted %n contact.</numerusform>
            <numerusform>Deleted %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostwayMailboxes</name>
    <message numerus="yes">
        <source>%n row(s) of %1 cannot be imported, so nothing was: correct the file and import it again.</source>
        <translation>
            <numerusform>%n row of %1 cannot be imported, so nothing was: correct the file and import it again.</numerusform>
            <numerusform>%n rows of %1 cannot be imported, so nothing was: correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n mailbox(es)</source>
        <translation>
            <numerusform>Import %n mailbox</numerusform>
            <numerusform>Import %n mailboxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) added to the draft from %1.</source>
        <translation>
            <numerusform>%n mailbox added to the draft from %1.</numerusform>
            <numerusform>%n mailboxes added to the draft from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Quota of %n Mailbox(es)</source>
        <translation>
            <numerusform>Change Quota of %n Mailbox</numerusform>
            <numerusform>Change Quota of %n Mailboxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New quota of each of the &lt;b&gt;%n mailbox(es)&lt;/b&gt; selected in %1:</source>
        <translation>
            <numerusform>New quota of the &lt;b&gt;%n mailbox&lt;/b&gt; selected in %1:</numerusform>
            <numerusform>New quota of each of the &lt;b&gt;%n mailboxes&lt;/b&gt; selected in %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quota set to %1 for %n mailbox(es).</source>
        <translation>
            <numerusform>Quota set to %1 for %n mailbox.</numerusform>
            <numerusform>Quota set to %1 for %n mailboxes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the passwords of %n mailbox(es) in %1?</source>
        <translation>
            <numerusform>Reset the password of %n mailbox in %1?</numerusform>
            <numerusform>Reset the passwords of %n mailboxes in %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Password(s)</source>
        <translation>
            <numerusform>Reset %n Password</numerusform>
            <numerusform>Reset %n Passwords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) reset.</source>
        <translation>
            <numerusform>%n password reset.</numerusform>
            <numerusform>%n passwords reset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n mailbox(es) in %1?</source>
        <translation>
            <numerusform>Delete %n mailbox in %1?</numerusform>
            <numerusform>Delete %n mailboxes in %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Mailbox(es)</source>
        <translation>
            <numerusform>Delete %n Mailbox</numerusform>
            <numerusform>Delete %n Mailboxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) deleted.</source>
        <translation>
            <numerusform>%n mailbox deleted.</numerusform>
            <numerusform>%n mailboxes deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n Mailbox(es) Master</source>
        <translation>
            <numerusform>Make %n Mailbox Master</numerusform>
            <numerusform>Make %n Mailboxes Master</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n Mailbox(es) Not Master</source>
        <translation>
            <numerusform>Make %n Mailbox Not Master</numerusform>
            <numerusform>Make %n Mailboxes Not Master</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) made master.</source>
        <translation>
            <numerusform>%n mailbox made master.</numerusform>
            <numerusform>%n mailboxes made master.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) no longer master.</source>
        <translation>
            <numerusform>%n mailbox no longer master.</numerusform>
            <numerusform>%n mailboxes no longer master.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostwaySearch</name>
    <message numerus="yes">
        <source>%n more in %1: type more of the name</source>
        <translation>
            <numerusform>%n more in %1: type more of the name</numerusform>
            <numerusform>%n more in %1: type more of the name</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IkoulaContactsPage</name>
    <message numerus="yes">
        <source>Delete %n contact(s) from the address list?</source>
        <translation>
            <numerusform>Delete %n contact from the address list?</numerusform>
            <numerusform>Delete %n contacts from the address list?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Contact(s)</source>
        <translation>
            <numerusform>Delete %n Contact</numerusform>
            <numerusform>Delete %n Contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>Deleted %n contact.</numerusform>
            <numerusform>Deleted %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IkoulaListsPage</name>
    <message numerus="yes">
        <source>Remove %n Member(s)</source>
        <translation>
            <numerusform>Remove %n Member</numerusform>
            <numerusform>Remove %n Members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from %1?</source>
        <translation>
            <numerusform>Remove %n member from %1?</numerusform>
            <numerusform>Remove %n members from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n member(s) from %1.</source>
        <translation>
            <numerusform>Removed %n member from %1.</numerusform>
            <numerusform>Removed %n members from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IkoulaMailboxesPage</name>
    <message numerus="yes">
        <source>Reset the passwords of %n mailbox(es)?</source>
        <translation>
            <numerusform>Reset the password of %n mailbox?</numerusform>
            <numerusform>Reset the passwords of %n mailboxes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Password(s)</source>
        <translation>
            <numerusform>Reset %n Password</numerusform>
            <numerusform>Reset %n Passwords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n password(s).</source>
        <translation>
            <numerusform>Reset %n password.</numerusform>
            <numerusform>Reset %n passwords.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n mailbox(es) and all their mail?</source>
        <translation>
            <numerusform>Delete %n mailbox and all its mail?</numerusform>
            <numerusform>Delete %n mailboxes and all their mail?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Mailbox(es)</source>
        <translation>
            <numerusform>Delete %n Mailbox</numerusform>
            <numerusform>Delete %n Mailboxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n mailbox(es).</source>
        <translation>
            <numerusform>Deleted %n mailbox.</numerusform>
            <numerusform>Deleted %n mailboxes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n mailbox(es) to the list:</source>
        <translation>
            <numerusform>Add %n mailbox to the list:</numerusform>
            <numerusform>Add %n mailboxes to the list:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Member(s) to %1</source>
        <translation>
            <numerusform>Add %n Member to %1</numerusform>
            <numerusform>Add %n Members to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n member(s) to the list.</source>
        <translation>
            <numerusform>Added %n member to the list.</numerusform>
            <numerusform>Added %n members to the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IkoulaOrganisation</name>
    <message numerus="yes">
        <source>Added %n change(s) to the draft: nothing is sent until it is applied (Draft pane).</source>
        <translation>
            <numerusform>Added %n change to the draft: nothing is sent until it is applied (Draft pane).</numerusform>
            <numerusform>Added %n changes to the draft: nothing is sent until it is applied (Draft pane).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxDetailsPane</name>
    <message numerus="yes">
        <source>%n mailbox(es) selected</source>
        <translation>
            <numerusform>%n mailbox selected</numerusform>
            <numerusform>%n mailboxes selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They leave out %n of them: Exchange mailboxes, and mailboxes only drafted (outside Draft Mode).</source>
        <translation>
            <numerusform>They leave out %n of them: Exchange mailboxes, and mailboxes only drafted (outside Draft Mode).</numerusform>
            <numerusform>They leave out %n of them: Exchange mailboxes, and mailboxes only drafted (outside Draft Mode).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxListPage</name>
    <message numerus="yes">
        <source>%n mailbox(es)</source>
        <translation>
            <numerusform>%n mailbox</numerusform>
            <numerusform>%n mailboxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: the snapshot of %1, %n mailbox(es). Changes can be drafted; Refresh (F5) goes online.</source>
        <translation>
            <numerusform>Offline: the snapshot of %1, %n mailbox. Changes can be drafted; Refresh (F5) goes online.</numerusform>
            <numerusform>Offline: the snapshot of %1, %n mailboxes. Changes can be drafted; Refresh (F5) goes online.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxSettingTab</name>
    <message numerus="yes">
        <source>Added %n change(s) to the draft.</source>
        <translation>
            <numerusform>Added %n change to the draft.</numerusform>
            <numerusform>Added %n changes to the draft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailroom found a draft for %1 with %n operation(s), last changed %2.</source>
        <translation>
            <numerusform>Mailroom found a draft for %1 with %n operation, last changed %2.</numerusform>
            <numerusform>Mailroom found a draft for %1 with %n operations, last changed %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationSummary</name>
    <message numerus="yes">
        <source>%n mailbox(es)</source>
        <translation>
            <numerusform>%n mailbox</numerusform>
            <numerusform>%n mailboxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n alias</numerusform>
            <numerusform>%n aliases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distribution list(s)</source>
        <translation>
            <numerusform>%n distribution list</numerusform>
            <numerusform>%n distribution lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of email settings</source>
        <translation>
            <numerusform>%n set of email settings</numerusform>
            <numerusform>%n sets of email settings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n deletion(s)</source>
        <translation>
            <numerusform>%1, %n deletion</numerusform>
            <numerusform>%1, %n deletions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message numerus="yes">
        <source>Needs attention: not completed after %n minute(s), ask Hostway</source>
        <translation>
            <numerusform>Needs attention: not completed after %n minute, ask Hostway</numerusform>
            <numerusform>Needs attention: not completed after %n minutes, ask Hostway</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message numerus="yes">
        <source> [... %n more character(s)]</source>
        <translation>
            <numerusform> [... %n more character]</numerusform>
            <numerusform> [... %n more characters]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchEverywhereBox</name>
    <message numerus="yes">
        <source>Type at least %n character(s) of a name, an address or a domain.</source>
        <translation>
            <numerusform>Type at least %n character of a name, an address or a domain.</numerusform>
            <numerusform>Type at least %n characters of a name, an address or a domain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching “%1”: %2 of %n account(s) answered… (Esc cancels)</source>
        <translation>
            <numerusform>Searching “%1”: %2 of %n account answered… (Esc cancels)</numerusform>
            <numerusform>Searching “%1”: %2 of %n accounts answered… (Esc cancels)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search cancelled: %n found so far.</source>
        <translation>
            <numerusform>Search cancelled: %n found so far.</numerusform>
            <numerusform>Search cancelled: %n found so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found. Up and Down choose, Enter opens.</source>
        <translation>
            <numerusform>%n found. Up and Down choose, Enter opens.</numerusform>
            <numerusform>%n found. Up and Down choose, Enter opens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message numerus="yes">
        <source>%1@%2 answered %n question(s); Hostway asks for at least %3.</source>
        <translation>
            <numerusform>%1@%2 answered %n question; Hostway asks for at least %3.</numerusform>
            <numerusform>%1@%2 answered %n questions; Hostway asks for at least %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendersTab</name>
    <message numerus="yes">
        <source>%n sender(s) listed for %1.</source>
        <translation>
            <numerusform>%n sender listed for %1.</numerusform>
            <numerusform>%n senders listed for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Sender(s)</source>
        <translation>
            <numerusform>Remove %n Sender</numerusform>
            <numerusform>Remove %n Senders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n sender(s) off the lists of %1?</source>
        <translation>
            <numerusform>Take %n sender off the lists of %1?</numerusform>
            <numerusform>Take %n senders off the lists of %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetSecretAnswers</name>
    <message numerus="yes">
        <source>Hostway asks for answers to at least %n question(s).</source>
        <translation>
            <numerusform>Hostway asks for answers to at least %n question.</numerusform>
            <numerusform>Hostway asks for answers to at least %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n secret question answer(s) of %1</source>
        <translation>
            <numerusform>Set %n secret question answer of %1</numerusform>
            <numerusform>Set %n secret question answers of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UiStyle</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebmailTab</name>
    <message numerus="yes">
        <source>%1 (at most %n mailbox(es))</source>
        <translation>
            <numerusform>%1 (at most %n mailbox)</numerusform>
            <numerusform>%1 (at most %n mailboxes)</numerusform>
        </translation>
    </message>
</context>
</TS>
