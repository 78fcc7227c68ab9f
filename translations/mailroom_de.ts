<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Account</name>
    <message>
        <source>Enter the provider&apos;s base URL, such as https://api.hostway.com or https://app.webitel.com/engine.</source>
        <translation>Geben Sie die Basis-URL des Anbieters ein, z. B. https://api.hostway.com oder https://app.webitel.com/engine.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (plain http is only allowed on this computer, for the sandbox).</source>
        <translation>Die Basis-URL muss mit https:// beginnen (einfaches http ist nur auf diesem Computer für die Sandbox zulässig).</translation>
    </message>
    <message>
        <source>Enter a display name.</source>
        <translation>Geben Sie einen Anzeigenamen ein.</translation>
    </message>
    <message>
        <source>Mailroom does not know the provider &quot;%1&quot;.</source>
        <translation>Mailroom kennt den Anbieter „%1“ nicht.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the account id.</source>
        <translation>Geben Sie die Konto-ID ein.</translation>
    </message>
    <message>
        <source>Enter the organisation id (a number, such as 59).</source>
        <translation>Geben Sie die Organisations-ID ein (eine Zahl, z. B. 59).</translation>
    </message>
    <message>
        <source>Paste Ikoula&apos;s RSA public key or load it from its PEM file.</source>
        <translation>Fügen Sie den öffentlichen RSA-Schlüssel von Ikoula ein oder laden Sie ihn aus seiner PEM-Datei.</translation>
    </message>
    <message>
        <source>A mailbox owner signs in without an account id.</source>
        <translation>Der Inhaber eines Postfachs meldet sich ohne Konto-ID an.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s address as the user name, such as john.smith@example.com.</source>
        <translation>Geben Sie die Adresse des Postfachs als Benutzernamen ein, etwa john.smith@example.com.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit Account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Acme Corp (Hostway)</source>
        <translation>z. B. Acme GmbH (Hostway)</translation>
    </message>
    <message>
        <source>the {account} of /accounts/{account}/...</source>
        <translation>das {account} in /accounts/{account}/...</translation>
    </message>
    <message>
        <source>e.g. admin@partner-realm</source>
        <translation>z. B. admin@partner-realm</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>Aus &amp;Datei laden…</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Account &amp;id:</source>
        <translation>Konto-&amp;ID:</translation>
    </message>
    <message>
        <source>Ikoula public &amp;key:</source>
        <translation>Öffentlicher Ikoula-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Field names:</source>
        <translation>&amp;Feldnamen:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in Mailroom&apos;s settings.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert, nie in den Einstellungen von Mailroom.</translation>
    </message>
    <message>
        <source>Ikoula Public Key</source>
        <translation>Öffentlicher Ikoula-Schlüssel</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.pub *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.pub *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&amp;Sign in as:</source>
        <translation>Anme&amp;lden als:</translation>
    </message>
    <message>
        <source>Signing in to check the account…</source>
        <translation>Anmeldung zur Prüfung des Kontos…</translation>
    </message>
    <message>
        <source>Signed in to %1: the account works.</source>
        <translation>Bei %1 angemeldet: das Konto funktioniert.</translation>
    </message>
    <message>
        <source>The provider refused this user name and password. Check them, or Save Anyway to fix them later.</source>
        <translation>Der Anbieter hat diesen Benutzernamen und dieses Passwort abgelehnt. Prüfen Sie sie oder speichern Sie trotzdem, um sie später zu korrigieren.</translation>
    </message>
    <message>
        <source>Nothing usable answered at this address. Check the base URL, or Save Anyway to work offline on drafts.</source>
        <translation>Unter dieser Adresse hat nichts Brauchbares geantwortet. Prüfen Sie die Basis-URL oder speichern Sie trotzdem, um offline an Entwürfen zu arbeiten.</translation>
    </message>
    <message>
        <source>The sign-in could not be checked. Save Anyway keeps the account as typed.</source>
        <translation>Die Anmeldung konnte nicht geprüft werden. Trotzdem speichern behält das Konto wie eingegeben.</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <source>%1 saved without a check: its provider has nothing to sign in to yet (the first domain added is checked).</source>
        <translation>%1 ohne Prüfung gespeichert: beim Anbieter gibt es noch nichts, wobei man sich anmelden könnte (die erste hinzugefügte Domain wird geprüft).</translation>
    </message>
</context>
<context>
    <name>AccountTreeModel</name>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Distribution Lists</source>
        <translation>Verteilerlisten</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>%1 at %2, as %3</source>
        <translation>%1 bei %2, als %3</translation>
    </message>
    <message>
        <source>Organisation %1 of subscription %2</source>
        <translation>Organisation %1 des Abonnements %2</translation>
    </message>
    <message>
        <source>Subscription %1</source>
        <translation>Abonnement %1</translation>
    </message>
    <message>
        <source>Subscription %1: %2</source>
        <translation>Abonnement %1: %2</translation>
    </message>
</context>
<context>
    <name>ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Filter by mailbox, change or message</source>
        <translation>Nach Postfach, Änderung oder Meldung filtern</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n Änderung angezeigt</numerusform>
            <numerusform>%n Änderungen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) skipped</source>
        <translation>
            <numerusform>%n unlesbare Zeile übersprungen</numerusform>
            <numerusform>%n unlesbare Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Export Activity</source>
        <translation>Aktivität exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Activity Not Exported</source>
        <translation>Aktivität nicht exportiert</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Filter the activity</source>
        <translation>Aktivität filtern</translation>
    </message>
    <message>
        <source>Changes sent, newest first</source>
        <translation>Gesendete Änderungen, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>AddBlackWhite</name>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>%1 is neither an address (name@example.com) nor a domain (@example.com).</source>
        <translation>%1 ist weder eine Adresse (name@beispiel.de) noch eine Domain (@beispiel.de).</translation>
    </message>
    <message>
        <source>Enter at least one address or @domain.</source>
        <translation>Geben Sie mindestens eine Adresse oder @Domain ein.</translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation>%1 steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>Choose whether %1 is allowed or blocked.</source>
        <translation>Wählen Sie, ob %1 erlaubt oder gesperrt ist.</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>allow %1</source>
        <translation>%1 erlauben</translation>
    </message>
    <message>
        <source>For %1: %2</source>
        <translation>Für %1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht gelistet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 was listed or unlisted for %2 since the draft was made.</source>
        <translation>%1 wurde für %2 gelistet oder entfernt, seit der Entwurf erstellt wurde.</translation>
    </message>
    <message>
        <source>must hold {&quot;address&quot;, &quot;type&quot;} objects, not %1</source>
        <translation>muss {&quot;address&quot;, &quot;type&quot;}-Objekte enthalten, nicht %1</translation>
    </message>
</context>
<context>
    <name>AddDomainDialog</name>
    <message>
        <source>Add Domain</source>
        <translation>Domain hinzufügen</translation>
    </message>
    <message>
        <source>e.g. example.com</source>
        <translation>z. B. example.com</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>Mailroom checks that the account holds this domain before adding it.</source>
        <translation>Mailroom prüft vor dem Hinzufügen, ob die Domain zu diesem Konto gehört.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>This account has no domain %1. Check the spelling, or the account it belongs to.</source>
        <translation>Dieses Konto hat keine Domain %1. Prüfen Sie die Schreibweise oder das Konto, zu dem sie gehört.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the change is not valid.</source>
        <translation>die Änderung ist ungültig.</translation>
    </message>
    <message>
        <source>Could not reach the provider (%1). Check the base URL and the network connection.</source>
        <translation>Der Anbieter ist nicht erreichbar (%1). Prüfen Sie die Basis-URL und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The provider did not answer in time. Try again later.</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The secure connection failed (%1). Mailroom never ignores certificate errors: check the base URL or the server&apos;s certificate.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen (%1). Mailroom ignoriert Zertifikatsfehler nie: Prüfen Sie die Basis-URL oder das Zertifikat des Servers.</translation>
    </message>
    <message>
        <source>The provider redirected the request somewhere Mailroom will not follow (%1).</source>
        <translation>Der Anbieter hat die Anfrage an ein Ziel umgeleitet, dem Mailroom nicht folgt (%1).</translation>
    </message>
    <message>
        <source>The provider rejected the credentials (HTTP %1). Check the account&apos;s user name and password.</source>
        <translation>Der Anbieter hat die Anmeldedaten abgelehnt (HTTP %1). Prüfen Sie Benutzername und Passwort des Kontos.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): the domain, account or mailbox does not exist, or was removed meanwhile.</source>
        <translation>Nicht gefunden (HTTP 404): Die Domain, das Konto oder das Postfach existiert nicht oder wurde inzwischen entfernt.</translation>
    </message>
    <message>
        <source>Conflict (HTTP 409): the object already exists or is in a state that forbids this change.</source>
        <translation>Konflikt (HTTP 409): Das Objekt existiert bereits oder ist in einem Zustand, der diese Änderung nicht zulässt.</translation>
    </message>
    <message>
        <source>The provider refused the request (HTTP %1).</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The provider failed to handle the request (HTTP %1). Try again later.</source>
        <translation>Der Anbieter konnte die Anfrage nicht verarbeiten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read (%1).</source>
        <translation>Die Antwort des Anbieters konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Provider says: %1</source>
        <translation>Der Anbieter meldet: %1</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more field message(s)</source>
        <translation>
            <numerusform>... und %n weitere Feldmeldung</numerusform>
            <numerusform>... und %n weitere Feldmeldungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>no network access</source>
        <translation>kein Netzwerkzugang</translation>
    </message>
    <message>
        <source>from HTTPS to HTTP, %1</source>
        <translation>von HTTPS auf HTTP, %1</translation>
    </message>
    <message>
        <source>to another server, %1, which would receive the account&apos;s credentials</source>
        <translation>auf einen anderen Server, %1, der die Anmeldedaten des Kontos erhalten würde</translation>
    </message>
    <message>
        <source>in a loop, back to %1</source>
        <translation>in einer Schleife, zurück zu %1</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB, more than any documented answer; it was not read</source>
        <translation>die Antwort ist größer als %1 MB, größer als jede dokumentierte Antwort; sie wurde nicht gelesen</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1 to %2; Mailroom does not send a change on to another address, and nothing was changed. Check the account&apos;s base URL</source>
        <translation>HTTP %1 nach %2; Mailroom leitet eine Änderung nicht an eine andere Adresse weiter, und es wurde nichts geändert. Prüfen Sie die Basis-URL des Kontos</translation>
    </message>
    <message>
        <source>in a loop, with no final answer</source>
        <translation>in einer Schleife, ohne endgültige Antwort</translation>
    </message>
    <message>
        <source>no final answer (HTTP %1)</source>
        <translation>keine endgültige Antwort (HTTP %1)</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirects, a loop</source>
        <translation>
            <numerusform>mehr als %n Umleitung, eine Schleife</numerusform>
            <numerusform>mehr als %n Umleitungen, eine Schleife</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1 without a place Mailroom can follow</source>
        <translation>HTTP %1 ohne ein Ziel, dem Mailroom folgen kann</translation>
    </message>
    <message>
        <source>the connection closed before the provider answered, so the change may or may not have been made</source>
        <translation>die Verbindung wurde vor der Antwort des Anbieters geschlossen; ob die Änderung vorgenommen wurde, ist daher ungewiss</translation>
    </message>
    <message>
        <source>the answer was cut short (%1 of %2 bytes)</source>
        <translation>die Antwort wurde abgeschnitten (%1 von %2 Bytes)</translation>
    </message>
    <message>
        <source>the host %1 is not known</source>
        <translation>der Host %1 ist unbekannt</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>No answer recorded</source>
        <translation>Keine Antwort erfasst</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Im Entwurf</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>the folder %1 could not be made</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>%1 (%2), target %3</source>
        <translation>%1 (%2), Ziel %3</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (Entwurf)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>AuditedSender</name>
    <message>
        <source>Not sent: the audit log %1 could not be written (%2). Free some disk space or fix the folder&apos;s permissions, then try again.</source>
        <translation>Nicht gesendet: Das Audit-Protokoll %1 konnte nicht geschrieben werden (%2). Geben Sie Speicherplatz frei oder korrigieren Sie die Berechtigungen des Ordners, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>AutoresponderTab</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Subject of the reply</source>
        <translation>Betreff der Antwort</translation>
    </message>
    <message>
        <source>Text of the reply</source>
        <translation>Text der Antwort</translation>
    </message>
    <message>
        <source>Send the autoresponder to Hostway, or add it to the draft (Ctrl+S)</source>
        <translation>Die automatische Antwort an Hostway senden oder zum Entwurf hinzufügen (Strg+S)</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Betre&amp;ff:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>The reply as it is sent:</source>
        <translation>Die Antwort, wie sie gesendet wird:</translation>
    </message>
    <message>
        <source>The autoresponder could not be read: %1</source>
        <translation>Die automatische Antwort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1@%2 answers every message automatically.</source>
        <translation>%1@%2 beantwortet jede Nachricht automatisch.</translation>
    </message>
    <message>
        <source>The autoresponder of %1@%2 is off.</source>
        <translation>Die automatische Antwort von %1@%2 ist aus.</translation>
    </message>
    <message>
        <source>(No reply is sent while the autoresponder is off.)</source>
        <translation>(Solange die automatische Antwort aus ist, wird keine Antwort gesendet.)</translation>
    </message>
    <message>
        <source>Subject: %1

%2</source>
        <translation>Betreff: %1

%2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Added to the draft: the autoresponder is changed when the draft is applied.</source>
        <translation>Zum Entwurf hinzugefügt: die automatische Antwort ändert sich, wenn der Entwurf angewendet wird.</translation>
    </message>
    <message>
        <source>Reply automaticall&amp;y</source>
        <translation>Automatisch &amp;beantworten</translation>
    </message>
    <message>
        <source>For example: I am away until Monday and will answer then.</source>
        <translation>Zum Beispiel: Ich bin bis Montag abwesend und antworte danach.</translation>
    </message>
    <message>
        <source>Not sent yet: Ctrl+S sends it, Revert goes back.</source>
        <translation>Noch nicht gesendet: Strg+S sendet, Zurücksetzen verwirft.</translation>
    </message>
</context>
<context>
    <name>BalTableModel</name>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>Delivered to the mailbox and forwarded</source>
        <translation>Zugestellt und weitergeleitet</translation>
    </message>
    <message>
        <source>SMTP: %1</source>
        <translation>SMTP: %1</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung wird gesendet…</numerusform>
            <numerusform>%n Änderungen werden gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes sent</source>
        <translation>Gesendete Änderungen</translation>
    </message>
    <message>
        <source>Changes in this batch</source>
        <translation>Änderungen dieses Stapels</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>All %n change(s) done.</source>
        <translation>
            <numerusform>Die Änderung ist erledigt.</numerusform>
            <numerusform>Alle %n Änderungen erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 refused, %3 not sent or with an unknown outcome: see each row.</source>
        <translation>%1 erledigt, %2 abgelehnt, %3 nicht gesendet oder mit unbekanntem Ergebnis: siehe die einzelnen Zeilen.</translation>
    </message>
    <message>
        <source>Stop sending: the rows not sent yet stay unchanged; those on the wire end with an unknown outcome (Esc)</source>
        <translation>Beendet das Senden: Noch nicht gesendete Zeilen bleiben unverändert; gerade gesendete enden mit unbekanntem Ergebnis (Esc)</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>BatchRun</name>
    <message>
        <source>No temporary folder for the batch&apos;s journal: %1</source>
        <translation>Kein temporärer Ordner für das Journal des Stapels: %1</translation>
    </message>
    <message>
        <source>this account cannot send changes.</source>
        <translation>dieses Konto kann keine Änderungen senden.</translation>
    </message>
    <message>
        <source>Nothing was sent: no password was given.</source>
        <translation>Nichts wurde gesendet: Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Nothing was sent: the batch was cancelled.</source>
        <translation>Nichts wurde gesendet: Der Stapel wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BillingTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
</context>
<context>
    <name>BlackWhiteListModel</name>
    <message>
        <source>Every sender of %1</source>
        <translation>Alle Absender von %1</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Hostway sorts by address only; filter by the list instead.</source>
        <translation>Hostway sortiert nur nach Adresse; filtern Sie stattdessen nach Liste.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Reset Password of %1@%2</source>
        <translation>Passwort von %1@%2 zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation>Passwort &amp;festlegen</translation>
    </message>
    <message>
        <source>New password for &lt;b&gt;%1@%2&lt;/b&gt;:</source>
        <translation>Neues Passwort für &lt;b&gt;%1@%2&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>The provider refused this password without saying why; it may have been used before. Choose another one.</source>
        <translation>Der Anbieter hat dieses Passwort ohne Angabe von Gründen abgelehnt; möglicherweise wurde es bereits verwendet. Wählen Sie ein anderes.</translation>
    </message>
</context>
<context>
    <name>ChangePath</name>
    <message>
        <source>this account cannot send changes.</source>
        <translation>dieses Konto kann keine Änderungen senden.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Type part of a command&apos;s name; Enter takes it</source>
        <translation>Teil eines Befehlsnamens eingeben; Eingabe führt ihn aus</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>No command matches “%1”. Try one word of its name, such as “quota” or “mailbox”.</source>
        <translation>Kein Befehl passt zu „%1“. Versuchen Sie ein Wort seines Namens, etwa „Kontingent“ oder „Postfach“.</translation>
    </message>
    <message>
        <source>“%1” cannot be taken now. If it acts on a mailbox, a domain or an account, close the palette (Esc), select one in the tree or the table, then try again.</source>
        <translation>„%1“ ist jetzt nicht möglich. Wirkt der Befehl auf ein Postfach, eine Domain oder ein Konto, schließen Sie die Palette (Esc), wählen Sie eines im Baum oder in der Tabelle aus und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ContactChange</name>
    <message>
        <source>A contact named %1 exists in %2 now, though it did not when the draft was made.</source>
        <translation>Ein Kontakt namens %1 existiert jetzt in %2, obwohl es ihn beim Erstellen des Entwurfs nicht gab.</translation>
    </message>
    <message>
        <source>The contact %1 of %2 was deleted since the draft was made.</source>
        <translation>Der Kontakt %1 von %2 wurde gelöscht, seit der Entwurf erstellt wurde.</translation>
    </message>
    <message>
        <source>The contact %1 of %2 was changed since the draft was made.</source>
        <translation>Der Kontakt %1 von %2 wurde geändert, seit der Entwurf erstellt wurde.</translation>
    </message>
    <message>
        <source>Give the contact a name: its key in the address list, such as “jane-doe”.</source>
        <translation>Geben Sie dem Kontakt einen Namen: seinen Schlüssel im Adressbuch, etwa „jane-doe“.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s email address, such as jane@example.com.</source>
        <translation>Geben Sie die E-Mail-Adresse des Kontakts ein, etwa jane@example.com.</translation>
    </message>
    <message>
        <source>Enter the name the address list shows for the contact.</source>
        <translation>Geben Sie den Namen ein, den das Adressbuch für den Kontakt zeigt.</translation>
    </message>
    <message>
        <source>A contact&apos;s name cannot change: delete the contact and add it again.</source>
        <translation>Der Name eines Kontakts kann sich nicht ändern: Löschen Sie den Kontakt und legen Sie ihn neu an.</translation>
    </message>
    <message>
        <source>A contact&apos;s name cannot hold a slash, be “.” or “..”, or begin or end with a space.</source>
        <translation>Der Name eines Kontakts darf keinen Schrägstrich enthalten, nicht „.“ oder „..“ sein und nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
</context>
<context>
    <name>ContactCsv</name>
    <message>
        <source>The file is empty: it needs a header row with at least name, email and displayName.</source>
        <translation>Die Datei ist leer: Sie braucht eine Kopfzeile mit mindestens name, email und displayName.</translation>
    </message>
    <message>
        <source>The header row has column(s) that are no contact field, or twice: %1. The fields are the keys Hostway uses: name, email, displayName, firstName, lastName, company...</source>
        <translation>Die Kopfzeile hat Spalten, die kein Kontaktfeld sind oder doppelt vorkommen: %1. Die Felder sind die Schlüssel, die Hostway verwendet: name, email, displayName, firstName, lastName, company…</translation>
    </message>
    <message>
        <source>The header row lacks the column(s): %1.</source>
        <translation>Der Kopfzeile fehlen die Spalten: %1.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat.</translation>
    </message>
    <message>
        <source>%1 appears twice in the file.</source>
        <translation>%1 kommt zweimal in der Datei vor.</translation>
    </message>
    <message>
        <source>%1 is in the address list already: edit it there, or leave it out of the file.</source>
        <translation>%1 ist bereits im Adressbuch: Bearbeiten Sie den Kontakt dort oder lassen Sie ihn aus der Datei weg.</translation>
    </message>
    <message>
        <source>The file has a header row but no contact.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keinen Kontakt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB: split it.</source>
        <translation>%1 ist größer als 64 MB: Teilen Sie die Datei auf.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New Contact in %1</source>
        <translation>Neuer Kontakt in %1</translation>
    </message>
    <message>
        <source>Contact %1 of %2</source>
        <translation>Kontakt %1 von %2</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>Kontakt anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>The contact&apos;s key in the address list, such as “jane-doe”: it cannot change later</source>
        <translation>Der Schlüssel des Kontakts im Adressbuch, etwa „jane-doe“: Er kann sich später nicht ändern</translation>
    </message>
    <message>
        <source>Such as jane@example.com</source>
        <translation>Etwa jane@example.com</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>Kontakt-ID</translation>
    </message>
</context>
<context>
    <name>CreateContact</name>
    <message>
        <source>Add the contact %1 (%2) to the global address list of %3</source>
        <translation>Den Kontakt %1 (%2) zum globalen Adressbuch von %3 hinzufügen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has a contact named %2 already: choose another name, or edit that contact.</source>
        <translation>%1 hat bereits einen Kontakt namens %2: Wählen Sie einen anderen Namen oder bearbeiten Sie diesen Kontakt.</translation>
    </message>
</context>
<context>
    <name>CreateExchange</name>
    <message>
        <source>%1 is text.</source>
        <translation>%1 ist ein Text.</translation>
    </message>
    <message>
        <source>%1 has at most %2 characters.</source>
        <translation>%1 hat höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>The type is standard or premium.</source>
        <translation>Der Typ ist standard oder premium.</translation>
    </message>
    <message>
        <source>The resource is a user, a room or equipment.</source>
        <translation>Die Ressource ist ein Benutzer, ein Raum oder ein Gerät.</translation>
    </message>
    <message>
        <source>resetPassword is true or false.</source>
        <translation>resetPassword ist true oder false.</translation>
    </message>
    <message>
        <source>Hostway documents no Exchange field %1.</source>
        <translation>Hostway dokumentiert kein Exchange-Feld %1.</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <source>Password: Should start with a letter</source>
        <translation>Passwort: Muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <source>An Exchange mailbox&apos;s name has 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Der Name eines Exchange-Postfachs hat 1 bis 64 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <source>Enter a display name: Hostway needs one to create an Exchange mailbox.</source>
        <translation>Geben Sie einen Anzeigenamen ein: Hostway braucht einen, um ein Exchange-Postfach anzulegen.</translation>
    </message>
    <message>
        <source>Enter a password, or let Mailroom generate one.</source>
        <translation>Geben Sie ein Passwort ein oder lassen Sie Mailroom eines erzeugen.</translation>
    </message>
    <message>
        <source>Create Exchange mailbox %1 (%2, %3)</source>
        <translation>Exchange-Postfach %1 anlegen (%2, %3)</translation>
    </message>
    <message>
        <source>%1 exists already (a mailbox or an Exchange mailbox of that name), or the domain is disabled: choose another name.</source>
        <translation>%1 gibt es bereits (ein Postfach oder Exchange-Postfach dieses Namens), oder die Domain ist deaktiviert: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 exists now, though it did not when the draft was made: sending would overwrite its password and details.</source>
        <translation>%1 gibt es jetzt, obwohl es beim Erstellen des Entwurfs nicht existierte: Senden würde sein Passwort und seine Details überschreiben.</translation>
    </message>
</context>
<context>
    <name>CreateMailbox</name>
    <message>
        <source>The quota must be greater than 0 MB.</source>
        <translation>Das Kontingent muss größer als 0 MB sein.</translation>
    </message>
    <message>
        <source>Enter a password, or let Mailroom generate one.</source>
        <translation>Geben Sie ein Passwort ein oder lassen Sie Mailroom eines generieren.</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <source>Create mailbox %1 (%2 MB)</source>
        <translation>Postfach %1 erstellen (%2 MB)</translation>
    </message>
    <message>
        <source>Create mailbox %1</source>
        <translation>Postfach %1 erstellen</translation>
    </message>
    <message>
        <source>, master</source>
        <translation>, Hauptkonto</translation>
    </message>
    <message>
        <source>, with a generated password</source>
        <translation>, mit generiertem Passwort</translation>
    </message>
    <message>
        <source>new mailbox %1</source>
        <translation>neues Postfach %1</translation>
    </message>
</context>
<context>
    <name>CreateWebmail</name>
    <message>
        <source>Create the webmail account of %1</source>
        <translation>Webmail-Konto von %1 anlegen</translation>
    </message>
    <message>
        <source>Create the webmail account of %1 (%2)</source>
        <translation>Webmail-Konto von %1 anlegen (%2)</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1: the file is not valid UTF-8.</source>
        <translation>Zeile %1: Die Datei ist kein gültiges UTF-8.</translation>
    </message>
</context>
<context>
    <name>DeleteContact</name>
    <message>
        <source>Delete the contact %1 from the global address list of %2</source>
        <translation>Den Kontakt %1 aus dem globalen Adressbuch von %2 löschen</translation>
    </message>
</context>
<context>
    <name>DeleteExchange</name>
    <message>
        <source>Delete Exchange mailbox %1</source>
        <translation>Exchange-Postfach %1 löschen</translation>
    </message>
    <message>
        <source>The domain of %1 is disabled: Hostway deletes none of its Exchange mailboxes until it is enabled again.</source>
        <translation>Die Domain von %1 ist deaktiviert: Hostway löscht keines ihrer Exchange-Postfächer, bis sie wieder aktiviert ist.</translation>
    </message>
</context>
<context>
    <name>DeleteMailbox</name>
    <message>
        <source>Delete mailbox %1</source>
        <translation>Postfach %1 löschen</translation>
    </message>
    <message>
        <source>removes %1 (%2 MB)</source>
        <translation>entfernt %1 (%2 MB)</translation>
    </message>
    <message>
        <source>removes %1</source>
        <translation>entfernt %1</translation>
    </message>
</context>
<context>
    <name>DistributionListModel</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Verwalter</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Domain quota (all mailboxes):</source>
        <translation>Domain-Kontingent (alle Postfächer):</translation>
    </message>
    <message>
        <source>Mailboxes by type</source>
        <translation>Postfächer nach Typ</translation>
    </message>
    <message>
        <source>Standard webmail:</source>
        <translation>Webmail Standard:</translation>
    </message>
    <message>
        <source>ActiveSync webmail:</source>
        <translation>Webmail ActiveSync:</translation>
    </message>
    <message>
        <source>Premium webmail:</source>
        <translation>Webmail Premium:</translation>
    </message>
    <message>
        <source>Exchange 2013 standard:</source>
        <translation>Exchange 2013 Standard:</translation>
    </message>
    <message>
        <source>Exchange 2013 premium:</source>
        <translation>Exchange 2013 Premium:</translation>
    </message>
    <message>
        <source>Open “Mailboxes” under the domain to list, create and change mailboxes.</source>
        <translation>Öffnen Sie „Postfächer“ unter der Domain, um Postfächer aufzulisten, zu erstellen und zu ändern.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Domain aliases:</source>
        <translation>Domain-Aliase:</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Spam f&amp;ilter</source>
        <translation>Spa&amp;mfilter</translation>
    </message>
    <message>
        <source>Se&amp;nders</source>
        <translation>Absende&amp;r</translation>
    </message>
    <message>
        <source>The domain&apos;s own spam filter, for mail to all its mailboxes</source>
        <translation>Der Spamfilter der Domain, für die Mail an alle ihre Postfächer</translation>
    </message>
    <message>
        <source>Senders the whole domain always allows or always blocks</source>
        <translation>Absender, die die ganze Domain immer erlaubt oder immer sperrt</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Change InfoStore &amp;Quota…</source>
        <translation>InfoStore-Kontingent ä&amp;ndern…</translation>
    </message>
    <message>
        <source>InfoStore usage</source>
        <translation>InfoStore-Belegung</translation>
    </message>
    <message>
        <source>Set how much the domain&apos;s InfoStore, its shared storage, may hold</source>
        <translation>Festlegen, wie viel der InfoStore der Domain, ihr gemeinsamer Speicher, fassen darf</translation>
    </message>
    <message>
        <source>InfoStore:</source>
        <translation>InfoStore:</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Change InfoStore Quota of %1</source>
        <translation>InfoStore-Kontingent von %1 ändern</translation>
    </message>
    <message>
        <source>New InfoStore quota of &lt;b&gt;%1&lt;/b&gt; (%2 used):</source>
        <translation>Neues InfoStore-Kontingent von &lt;b&gt;%1&lt;/b&gt; (%2 belegt):</translation>
    </message>
    <message>
        <source>Added to the draft: %1.</source>
        <translation>Zum Entwurf hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>The InfoStore quota of %1 is %2 now.</source>
        <translation>Das InfoStore-Kontingent von %1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>&amp;Webmail</source>
        <translation>&amp;Webmail</translation>
    </message>
    <message>
        <source>The domain&apos;s webmail plans, and whether its accounts may upgrade</source>
        <translation>Die Webmail-Tarife der Domain, und ob ihre Konten höherstufen dürfen</translation>
    </message>
    <message>
        <source>Open Anti-&amp;spam Panel</source>
        <translation>Anti-&amp;Spam-Panel öffnen</translation>
    </message>
    <message>
        <source>Sign in to Hostway&apos;s anti-spam and antivirus panel for this domain, in your web browser</source>
        <translation>Im Webbrowser am Anti-Spam- und Antiviren-Panel von Hostway für diese Domain anmelden</translation>
    </message>
    <message>
        <source>Anti-spam:</source>
        <translation>Anti-Spam:</translation>
    </message>
    <message>
        <source>&amp;Global address list</source>
        <translation>&amp;Globales Adressbuch</translation>
    </message>
    <message>
        <source>The contacts every mailbox of the domain sees in its address book</source>
        <translation>Die Kontakte, die jedes Postfach der Domain in seinem Adressbuch sieht</translation>
    </message>
    <message>
        <source>Asking Hostway for a sign-in link…</source>
        <translation>Anmeldelink wird bei Hostway angefragt…</translation>
    </message>
    <message>
        <source>Hostway gave no link to the anti-spam panel of %1: %2
Try again in a moment; if it keeps failing, sign in to the panel from Hostway&apos;s own site.</source>
        <translation>Hostway hat keinen Link zum Anti-Spam-Panel von %1 geliefert: %2
Versuchen Sie es gleich noch einmal; schlägt es weiter fehl, melden Sie sich über die Website von Hostway am Panel an.</translation>
    </message>
    <message>
        <source>Hostway&apos;s link to the anti-spam panel is not secure (not https), so it was not opened.</source>
        <translation>Der Link von Hostway zum Anti-Spam-Panel ist nicht sicher (kein https) und wurde daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>No web browser could open the anti-spam panel: set a default browser and try again.</source>
        <translation>Kein Webbrowser konnte das Anti-Spam-Panel öffnen: Legen Sie einen Standardbrowser fest und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The anti-spam panel of %1 opened in your web browser.</source>
        <translation>Das Anti-Spam-Panel von %1 wurde in Ihrem Webbrowser geöffnet.</translation>
    </message>
    <message>
        <source>Exchange o&amp;rders</source>
        <translation>Exchange-Bes&amp;tellungen</translation>
    </message>
    <message>
        <source>Exchange mailboxes ordered from Hostway, and where their orders stand</source>
        <translation>Bei Hostway bestellte Exchange-Postfächer und der Stand ihrer Bestellungen</translation>
    </message>
</context>
<context>
    <name>DomainSnapshot</name>
    <message>
        <source>must be a date and time (ISO 8601)</source>
        <translation>muss ein Datum mit Uhrzeit sein (ISO 8601)</translation>
    </message>
    <message>
        <source>Mailbox %1 of the snapshot is %2, not an object.</source>
        <translation>Postfach %1 des Snapshots ist %2, kein Objekt.</translation>
    </message>
    <message>
        <source>mailbox %1</source>
        <translation>Postfach %1</translation>
    </message>
</context>
<context>
    <name>DomainWebmailTab</name>
    <message>
        <source>Let its accounts &amp;upgrade their plan</source>
        <translation>Ihren Konten das Höherstufen des &amp;Tarifs erlauben</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Whether the domain&apos;s webmail accounts may move to a higher plan</source>
        <translation>Ob die Webmail-Konten der Domain zu einem höheren Tarif wechseln dürfen</translation>
    </message>
    <message>
        <source>Send the setting to Hostway, or add it to the draft (Ctrl+S)</source>
        <translation>Die Einstellung an Hostway senden oder dem Entwurf hinzufügen (Strg+S)</translation>
    </message>
    <message>
        <source>Plan of the domain:</source>
        <translation>Tarif der Domain:</translation>
    </message>
    <message>
        <source>Trial:</source>
        <translation>Testphase:</translation>
    </message>
    <message>
        <source>Plans offered:</source>
        <translation>Angebotene Tarife:</translation>
    </message>
    <message>
        <source>The domain&apos;s webmail plans could not be read: %1</source>
        <translation>Die Webmail-Tarife der Domain konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The domain&apos;s webmail settings could not be read: %1</source>
        <translation>Die Webmail-Einstellungen der Domain konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The webmail of %1, as Hostway has it.</source>
        <translation>Das Webmail von %1, wie Hostway es führt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n mailbox(es)</source>
        <translation>
            <numerusform>%1: höchstens %n Postfach</numerusform>
            <numerusform>%1: höchstens %n Postfächer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no limit</source>
        <translation>%1: unbegrenzt</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>Added to the draft: %1.</source>
        <translation>Zum Entwurf hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Hostway&apos;s product for this domain disables upgrades: they cannot be turned on here.</source>
        <translation>Das Hostway-Produkt dieser Domain sperrt Höherstufungen: Sie lassen sich hier nicht einschalten.</translation>
    </message>
</context>
<context>
    <name>Draft</name>
    <message>
        <source>This is not a Mailroom draft (no &quot;format&quot;: &quot;mailroom-draft&quot;).</source>
        <translation>Dies ist kein Mailroom-Entwurf (kein &quot;format&quot;: &quot;mailroom-draft&quot;).</translation>
    </message>
    <message>
        <source>The draft has no valid &quot;version&quot;: %1</source>
        <translation>Der Entwurf hat keine gültige &quot;version&quot;: %1</translation>
    </message>
    <message>
        <source>The draft was written by a newer Mailroom (format version %1; this version reads up to %2). Update Mailroom to open it; the file was left untouched.</source>
        <translation>Der Entwurf wurde von einer neueren Mailroom-Version geschrieben (Formatversion %1; diese Version liest bis %2). Aktualisieren Sie Mailroom, um ihn zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The draft cannot be read: %1 The file was left untouched.</source>
        <translation>Der Entwurf kann nicht gelesen werden: %1 Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>must be a date and time (ISO 8601)</source>
        <translation>muss ein Datum mit Uhrzeit sein (ISO 8601)</translation>
    </message>
    <message>
        <source>must be a URL</source>
        <translation>muss eine URL sein</translation>
    </message>
    <message>
        <source>the snapshot of %1 is damaged: %2</source>
        <translation>der Snapshot von %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>not an object.</source>
        <translation>kein Objekt.</translation>
    </message>
    <message>
        <source>Operation %1 is %2, not an object.</source>
        <translation>Vorgang %1 ist %2, kein Objekt.</translation>
    </message>
    <message>
        <source>Operation %1: %2</source>
        <translation>Vorgang %1: %2</translation>
    </message>
    <message>
        <source>Operation %1 is for %2, but the draft is for a %3 account.</source>
        <translation>Vorgang %1 ist für %2, der Entwurf aber für ein %3-Konto.</translation>
    </message>
    <message>
        <source>Operation %1 has the id of another operation.</source>
        <translation>Vorgang %1 hat die ID eines anderen Vorgangs.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than a draft may be (%3 MB, about 300,000 operations); it was left untouched. Split it into smaller drafts.</source>
        <translation>%1 ist %2 MB groß, mehr als ein Entwurf haben darf (%3 MB, etwa 300.000 Vorgänge); die Datei wurde nicht verändert. Teilen Sie sie in kleinere Entwürfe auf.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 at byte %3); it was left untouched.</source>
        <translation>%1 ist beschädigt (%2 bei Byte %3); die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A mailbox %1@%2 already exists.</source>
        <translation>Ein Postfach %1@%2 existiert bereits.</translation>
    </message>
    <message>
        <source>There is no mailbox %1@%2 (in the snapshot or earlier in the draft).</source>
        <translation>Es gibt kein Postfach %1@%2 (weder im Snapshot noch weiter oben im Entwurf).</translation>
    </message>
</context>
<context>
    <name>DraftApplier</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
    <message>
        <source>not sent: the run stopped before it</source>
        <translation>nicht gesendet: Der Lauf wurde vorher beendet</translation>
    </message>
    <message>
        <source>done in an earlier run</source>
        <translation>in einem früheren Lauf erledigt</translation>
    </message>
    <message>
        <source>found applied after an interruption</source>
        <translation>nach einer Unterbrechung als angewendet erkannt</translation>
    </message>
    <message>
        <source>Stopped on a conflict: %1</source>
        <translation>Bei einem Konflikt angehalten: %1</translation>
    </message>
    <message>
        <source>Its outcome is unknown and could not be checked: %1</source>
        <translation>Das Ergebnis ist unbekannt und konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Its password is not in the keychain (it is kept there under the draft&apos;s id). Enter it again, or choose &quot;generate&quot;.</source>
        <translation>Das Passwort ist nicht im Schlüsselbund (es wird dort unter der ID des Entwurfs gespeichert). Geben Sie es erneut ein oder wählen Sie „Generieren“.</translation>
    </message>
    <message>
        <source>Not sent: its generated password could be kept neither in the keychain nor in the passwords file (%1).</source>
        <translation>Nicht gesendet: Das generierte Passwort konnte weder im Schlüsselbund noch in der Passwortdatei gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>Not sent: its generated password could not be kept in the keychain, and nobody would ever see it. Apply it with mailroomctl draft apply --passwords-out FILE.</source>
        <translation>Nicht gesendet: Das generierte Passwort konnte nicht im Schlüsselbund gespeichert werden und wäre für niemanden einsehbar. Wenden Sie den Vorgang mit mailroomctl draft apply --passwords-out DATEI an.</translation>
    </message>
    <message>
        <source>The journal could not be written; nothing was sent.</source>
        <translation>Das Journal konnte nicht geschrieben werden; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>no answer (%1); checking whether it was applied</source>
        <translation>keine Antwort (%1); es wird geprüft, ob der Vorgang angewendet wurde</translation>
    </message>
    <message>
        <source>found applied after the connection dropped</source>
        <translation>nach dem Verbindungsabbruch als angewendet erkannt</translation>
    </message>
    <message>
        <source>already applied by an earlier send whose answer was lost</source>
        <translation>bereits durch ein früheres Senden angewendet, dessen Antwort verloren ging</translation>
    </message>
    <message>
        <source>an earlier operation on the same object did not apply</source>
        <translation>ein früherer Vorgang am selben Objekt wurde nicht angewendet</translation>
    </message>
    <message>
        <source>not sent: the journal could not be written, so a later run could not tell what this one did</source>
        <translation>nicht gesendet: Das Journal konnte nicht geschrieben werden, ein späterer Lauf wüsste also nicht, was dieser getan hat</translation>
    </message>
</context>
<context>
    <name>DraftDock</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Continue after a refusal</source>
        <translation>Nach Ablehnung fortfahren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Apply &amp;Selected</source>
        <translation>Au&amp;swahl anwenden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Discard Draft…</source>
        <translation>Entwurf verwerfen…</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discard this draft and its %n operation(s)?</source>
        <translation>
            <numerusform>Diesen Entwurf und seinen %n Vorgang verwerfen?</numerusform>
            <numerusform>Diesen Entwurf und seine %n Vorgänge verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>höchstens </translation>
    </message>
    <message>
        <source> at once</source>
        <translation> gleichzeitig</translation>
    </message>
    <message>
        <source>Requests sent at the same time; operations on one mailbox always keep their order.</source>
        <translation>Gleichzeitig gesendete Anfragen; Vorgänge an einem Postfach behalten stets ihre Reihenfolge.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Select an operation to see what changes and the exact request it sends.</source>
        <translation>Wählen Sie einen Vorgang aus, um zu sehen, was sich ändert und welche Anfrage genau gesendet wird.</translation>
    </message>
    <message>
        <source>The draft is empty. While Draft Mode is on, your changes are added here instead of being sent.</source>
        <translation>Der Entwurf ist leer. Solange der Entwurfsmodus aktiv ist, werden Ihre Änderungen hier gesammelt, statt gesendet zu werden.</translation>
    </message>
    <message>
        <source>Change:
</source>
        <translation>Änderung:
</translation>
    </message>
    <message>
        <source>Request:
</source>
        <translation>Anfrage:
</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) need attention before the draft can be applied.</source>
        <translation>
            <numerusform>%n Vorgang muss geprüft werden, bevor der Entwurf angewendet werden kann.</numerusform>
            <numerusform>%n Vorgänge müssen geprüft werden, bevor der Entwurf angewendet werden kann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s), saved automatically to %1</source>
        <translation>
            <numerusform>%n Vorgang, automatisch gespeichert in %1</numerusform>
            <numerusform>%n Vorgänge, automatisch gespeichert in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal cannot be written (%1); nothing was sent.</source>
        <translation>Das Journal kann nicht geschrieben werden (%1); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Changed Since the Draft</source>
        <translation>Seit dem Entwurf geändert</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Vorgang: %1</translation>
    </message>
    <message>
        <source>Apply Anyway</source>
        <translation>Trotzdem anwenden</translation>
    </message>
    <message>
        <source>Skip It</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>%1 of %2 operations</source>
        <translation>%1 von %2 Vorgängen</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>%1 done, %2 refused, %3 skipped or not applied.</source>
        <translation>%1 erledigt, %2 abgelehnt, %3 übersprungen oder nicht angewendet.</translation>
    </message>
    <message>
        <source>Operations of the draft</source>
        <translation>Vorgänge des Entwurfs</translation>
    </message>
    <message>
        <source>Operations sent at once</source>
        <translation>Gleichzeitig gesendete Vorgänge</translation>
    </message>
    <message>
        <source>Apply Draft</source>
        <translation>Entwurf anwenden</translation>
    </message>
    <message>
        <source>They are sent in the draft&apos;s order; an interrupted apply resumes where it stopped.</source>
        <translation>Sie werden in der Reihenfolge des Entwurfs gesendet; eine unterbrochene Anwendung setzt dort fort, wo sie stehen blieb.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n Change(s)</source>
        <translation>
            <numerusform>%n Änderung senden</numerusform>
            <numerusform>%n Änderungen senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them delete(s) data at the provider, which cannot be undone. They are sent in the draft&apos;s order; an interrupted apply resumes where it stopped.</source>
        <translation>
            <numerusform>%n davon löscht Daten beim Anbieter, was nicht rückgängig zu machen ist. Sie werden in der Reihenfolge des Entwurfs gesendet; eine unterbrochene Anwendung setzt dort fort, wo sie stehen blieb.</numerusform>
            <numerusform>%n davon löschen Daten beim Anbieter, was nicht rückgängig zu machen ist. Sie werden in der Reihenfolge des Entwurfs gesendet; eine unterbrochene Anwendung setzt dort fort, wo sie stehen blieb.</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;pply Draft</source>
        <translation>Entwurf an&amp;wenden</translation>
    </message>
    <message>
        <source>%1.
Send to %2 now?</source>
        <translation>%1.
Jetzt an %2 senden?</translation>
    </message>
</context>
<context>
    <name>DraftModel</name>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DraftVerifier</name>
    <message>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>DIFFERS: the journal says done, the provider does not show it</source>
        <translation>ABWEICHUNG: laut Journal erledigt, beim Anbieter aber nicht sichtbar</translation>
    </message>
    <message>
        <source>changed again later in the draft</source>
        <translation>später im Entwurf erneut geändert</translation>
    </message>
    <message>
        <source>cannot be read back</source>
        <translation>kann nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>konnte nicht geprüft werden</translation>
    </message>
</context>
<context>
    <name>EditMailboxDialog</name>
    <message>
        <source>&amp;Master account</source>
        <translation>&amp;Hauptkonto</translation>
    </message>
    <message>
        <source>Edit %1@%2</source>
        <translation>%1@%2 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A mailbox named %1 exists in %2 already: choose another name.</source>
        <translation>Ein Postfach namens %1 gibt es in %2 bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Keep the current plan</source>
        <translation>Aktuellen Tarif behalten</translation>
    </message>
    <message>
        <source>The mailbox list&apos;s Webmail column shows the plan it is on now.</source>
        <translation>Die Spalte Webmail der Postfachliste zeigt seinen aktuellen Tarif.</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <source>Every mailbox the plan %1 allows in %2 is taken: choose another plan, or keep the current one.</source>
        <translation>Alle Postfächer, die der Tarif %1 in %2 erlaubt, sind belegt: Wählen Sie einen anderen Tarif oder behalten Sie den aktuellen.</translation>
    </message>
    <message>
        <source>The domain&apos;s plans could not be read: %1</source>
        <translation>Die Tarife der Domain konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeOrdersTab</name>
    <message>
        <source>Order E&amp;xchange Mailbox…</source>
        <translation>Exchange-Postfach b&amp;estellen…</translation>
    </message>
    <message>
        <source>Confirm and &amp;Buy…</source>
        <translation>Bestätigen und ka&amp;ufen…</translation>
    </message>
    <message>
        <source>Exchange mailbox orders</source>
        <translation>Bestellungen von Exchange-Postfächern</translation>
    </message>
    <message>
        <source>Order a new Exchange mailbox from Hostway; it is created when the order completes</source>
        <translation>Ein neues Exchange-Postfach bei Hostway bestellen; es wird angelegt, wenn die Bestellung abgeschlossen ist</translation>
    </message>
    <message>
        <source>Buy the selected order at the price Hostway quoted</source>
        <translation>Die ausgewählte Bestellung zum von Hostway genannten Preis kaufen</translation>
    </message>
    <message>
        <source>No Exchange mailbox ordered for %1 from this computer yet.</source>
        <translation>Von diesem Computer wurde noch kein Exchange-Postfach für %1 bestellt.</translation>
    </message>
    <message>
        <source>The order of %1 could not be read: %2</source>
        <translation>Die Bestellung von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1@%2 is ready: Hostway completed its order.</source>
        <translation>%1@%2 ist bereit: Hostway hat die Bestellung abgeschlossen.</translation>
    </message>
    <message>
        <source>The order of %1 is not completed after %2 minutes: it needs attention, ask Hostway.</source>
        <translation>Die Bestellung von %1 ist nach %2 Minuten nicht abgeschlossen: Sie braucht Aufmerksamkeit, fragen Sie bei Hostway nach.</translation>
    </message>
    <message>
        <source>Not ordered: %1</source>
        <translation>Nicht bestellt: %1</translation>
    </message>
    <message>
        <source>Added to the draft: %1.</source>
        <translation>Zum Entwurf hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Hostway quoted %1 for %2@%3: select the order and Confirm and Buy to order it.</source>
        <translation>Hostway nennt %1 für %2@%3: Wählen Sie die Bestellung und „Bestätigen und kaufen“, um sie aufzugeben.</translation>
    </message>
    <message>
        <source>Ordered %1@%2: Hostway creates it when the order completes.</source>
        <translation>%1@%2 bestellt: Hostway legt es an, wenn die Bestellung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>%1 (subtotal %2, deferred %3)</source>
        <translation>%1 (Zwischensumme %2, später fällig %3)</translation>
    </message>
    <message>
        <source>the price Hostway quoted</source>
        <translation>den von Hostway genannten Preis</translation>
    </message>
    <message>
        <source>Buy Exchange Mailbox</source>
        <translation>Exchange-Postfach kaufen</translation>
    </message>
    <message>
        <source>Buy the Exchange mailbox %1@%2 for %3?</source>
        <translation>Das Exchange-Postfach %1@%2 für %3 kaufen?</translation>
    </message>
    <message>
        <source>Hostway charges the account and creates the mailbox.</source>
        <translation>Hostway berechnet es dem Konto und legt das Postfach an.</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kaufen</translation>
    </message>
    <message>
        <source>Not bought: %1</source>
        <translation>Nicht gekauft: %1</translation>
    </message>
    <message>
        <source>Bought %1@%2: Hostway creates it when the order completes.</source>
        <translation>%1@%2 gekauft: Hostway legt es an, wenn die Bestellung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Hostway took the order of %1@%2, but its answer names no order to follow: check at Hostway.</source>
        <translation>Hostway hat die Bestellung von %1@%2 angenommen, aber die Antwort nennt keine Bestellung zum Verfolgen: Prüfen Sie bei Hostway nach.</translation>
    </message>
    <message>
        <source>Hostway did not answer: reading the order of %1 to learn whether it was bought.</source>
        <translation>Hostway hat nicht geantwortet: Die Bestellung von %1 wird gelesen, um zu erfahren, ob sie gekauft wurde.</translation>
    </message>
    <message>
        <source>Added to the draft: buying %1@%2.</source>
        <translation>Zum Entwurf hinzugefügt: Kauf von %1@%2.</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>Display name:</source>
        <translation>Anzeigename:</translation>
    </message>
    <message>
        <source>Fi&amp;rst name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nachname:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Straße:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>State or province:</source>
        <translation>Bundesland oder Provinz:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Postleitzahl:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation>Mobiltelefon:</translation>
    </message>
    <message>
        <source>Home phone:</source>
        <translation>Telefon privat:</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adressen:</translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation>Alias:</translation>
    </message>
    <message>
        <source>Forwards to:</source>
        <translation>Leitet weiter an:</translation>
    </message>
    <message>
        <source>Archive quota:</source>
        <translation>Archivkontingent:</translation>
    </message>
    <message>
        <source>Largest message sent:</source>
        <translation>Größte gesendete Nachricht:</translation>
    </message>
    <message>
        <source>Largest message received:</source>
        <translation>Größte empfangene Nachricht:</translation>
    </message>
    <message>
        <source>Recipients per message:</source>
        <translation>Empfänger je Nachricht:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>Pa&amp;sswort festlegen…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>Höchstens %n Zeichen</numerusform>
            <numerusform>Höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>Ressource:</translation>
    </message>
    <message>
        <source>As Exchange reports it</source>
        <translation>Wie Exchange es meldet</translation>
    </message>
    <message>
        <source>Send the details changed to Hostway, or add them to the draft (Ctrl+S)</source>
        <translation>Die geänderten Details an Hostway senden oder dem Entwurf hinzufügen (Strg+S)</translation>
    </message>
    <message>
        <source>Delete the Exchange mailbox and its mail at Hostway, once you confirm its address</source>
        <translation>Das Exchange-Postfach und seine Mails bei Hostway löschen, nachdem Sie seine Adresse bestätigt haben</translation>
    </message>
    <message>
        <source>The Exchange mailbox could not be read: %1</source>
        <translation>Das Exchange-Postfach konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (chosen at creation; Hostway does not change it)</source>
        <translation>%1 (bei der Anlage gewählt; Hostway ändert es nicht)</translation>
    </message>
    <message>
        <source>Primary address:</source>
        <translation>Primäre Adresse:</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 an</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 aus</translation>
    </message>
    <message>
        <source>Protocol access:</source>
        <translation>Zugriff per Protokoll:</translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation>Kontingent:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Belegt:</translation>
    </message>
    <message>
        <source>Added to the draft: %1.</source>
        <translation>Zum Entwurf hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>The new password of %1@%2 is set.</source>
        <translation>Das neue Passwort von %1@%2 ist gesetzt.</translation>
    </message>
    <message>
        <source>Delete Exchange Mailbox</source>
        <translation>Exchange-Postfach löschen</translation>
    </message>
    <message>
        <source>Delete the Exchange mailbox %1?</source>
        <translation>Das Exchange-Postfach %1 löschen?</translation>
    </message>
    <message>
        <source>Its messages are deleted at Hostway. This cannot be undone.</source>
        <translation>Seine Nachrichten werden bei Hostway gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Dele&amp;te Mailbox…</source>
        <translation>Postfa&amp;ch löschen…</translation>
    </message>
    <message>
        <source>Change the details and save them (Ctrl+S).</source>
        <translation>Ändern Sie die Details und speichern Sie sie (Strg+S).</translation>
    </message>
    <message>
        <source>As&amp;k for a new password</source>
        <translation>Neues Passw&amp;ort verlangen</translation>
    </message>
    <message>
        <source>Next logon:</source>
        <translation>Nächste Anmeldung:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>ForwardingTab</name>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Forwarding targets</source>
        <translation>Weiterleitungsziele</translation>
    </message>
    <message>
        <source>Addresses to add</source>
        <translation>Hinzuzufügende Adressen</translation>
    </message>
    <message>
        <source>name@example.com, other@example.org</source>
        <translation>name@beispiel.de, andere@beispiel.org</translation>
    </message>
    <message>
        <source>Forward to these addresses as well (Return)</source>
        <translation>Auch an diese Adressen weiterleiten (Eingabe)</translation>
    </message>
    <message>
        <source>Add &amp;targets:</source>
        <translation>Ne&amp;ue Ziele:</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>The forwarding could not be read: %1</source>
        <translation>Die Weiterleitung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Mail to %1@%2 is not forwarded.</source>
        <translation>Mails an %1@%2 werden nicht weitergeleitet.</translation>
    </message>
    <message>
        <source>Mail to %1@%2 is forwarded to:</source>
        <translation>Mails an %1@%2 werden weitergeleitet an:</translation>
    </message>
    <message>
        <source>Added to the draft: forward to %1.</source>
        <translation>Zum Entwurf hinzugefügt: weiterleiten an %1.</translation>
    </message>
    <message>
        <source>Added to the draft: stop forwarding to %1.</source>
        <translation>Zum Entwurf hinzugefügt: nicht mehr an %1 weiterleiten.</translation>
    </message>
    <message>
        <source>Stop forwarding to the selected addresses (Del)</source>
        <translation>Nicht mehr an die gewählten Adressen weiterleiten (Entf)</translation>
    </message>
    <message numerus="yes">
        <source>Stop Forwarding to %n Address(es)</source>
        <translation>
            <numerusform>Nicht mehr an %n Adresse weiterleiten</numerusform>
            <numerusform>Nicht mehr an %n Adressen weiterleiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Forwarding</source>
        <translation>Weiterleitung beenden</translation>
    </message>
    <message numerus="yes">
        <source>Stop forwarding the mail of %1 to %n address(es)?</source>
        <translation>
            <numerusform>Die E-Mail von %1 nicht mehr an %n Adresse weiterleiten?</numerusform>
            <numerusform>Die E-Mail von %1 nicht mehr an %n Adressen weiterleiten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail to the mailbox no longer reaches them; it still arrives in the mailbox.</source>
        <translation>E-Mail an das Postfach erreicht sie nicht mehr; sie kommt weiterhin im Postfach an.</translation>
    </message>
</context>
<context>
    <name>GeneratedPasswordsBox</name>
    <message>
        <source>Generated Passwords</source>
        <translation>Generierte Passwörter</translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) were generated. They are shown this once: give them to their owners.</source>
        <translation>
            <numerusform>%n Passwort wurde generiert. Es wird nur dieses eine Mal angezeigt: Geben Sie es an den Inhaber weiter.</numerusform>
            <numerusform>%n Passwörter wurden generiert. Sie werden nur dieses eine Mal angezeigt: Geben Sie sie an ihre Inhaber weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>In Datei speichern…</translation>
    </message>
    <message>
        <source>Writes a CSV file readable by you only. It holds secrets: hand them out, then delete it.</source>
        <translation>Schreibt eine CSV-Datei, die nur Sie lesen können. Sie enthält vertrauliche Daten: Geben Sie die Passwörter weiter und löschen Sie die Datei dann.</translation>
    </message>
    <message>
        <source>Save Generated Passwords</source>
        <translation>Generierte Passwörter speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Passwords Saved</source>
        <translation>Passwörter gespeichert</translation>
    </message>
    <message>
        <source>%1 holds the passwords in clear text, readable by you only. Give them to their owners, then delete the file.</source>
        <translation>%1 enthält die Passwörter im Klartext und ist nur für Sie lesbar. Geben Sie sie an ihre Inhaber weiter und löschen Sie dann die Datei.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>outcome unknown: perhaps in effect</source>
        <translation>Ergebnis unbekannt: vielleicht in Kraft</translation>
    </message>
    <message numerus="yes">
        <source>%n of them may not be in effect: the batch ended before the provider answered. Try it; if it does not work, reset that password again.</source>
        <translation>
            <numerusform>%n davon ist vielleicht nicht in Kraft: Der Stapel endete vor der Antwort des Anbieters. Probieren Sie es aus; funktioniert es nicht, setzen Sie dieses Passwort erneut zurück.</numerusform>
            <numerusform>%n davon sind vielleicht nicht in Kraft: Der Stapel endete vor der Antwort des Anbieters. Probieren Sie sie aus; funktioniert eines nicht, setzen Sie dieses Passwort erneut zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalAddressListTab</name>
    <message>
        <source>New &amp;Contact…</source>
        <translation>Neuer K&amp;ontakt…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;earbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Im&amp;port CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Find a contact</source>
        <translation>Kontakt suchen</translation>
    </message>
    <message>
        <source>Field to look in</source>
        <translation>Zu durchsuchendes Feld</translation>
    </message>
    <message>
        <source>How the text matches</source>
        <translation>Wie der Text passt</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>Contacts of the global address list</source>
        <translation>Kontakte des globalen Adressbuchs</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten zu wählen</translation>
    </message>
    <message>
        <source>Add a contact to the address list (Ctrl+N)</source>
        <translation>Einen Kontakt zum Adressbuch hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Change the selected contact (Return)</source>
        <translation>Den ausgewählten Kontakt ändern (Eingabe)</translation>
    </message>
    <message>
        <source>Draft a new contact for each row of a CSV file: a header of field names such as name, email, displayName</source>
        <translation>Für jede Zeile einer CSV-Datei einen neuen Kontakt in den Entwurf aufnehmen: eine Kopfzeile mit Feldnamen wie name, email, displayName</translation>
    </message>
    <message>
        <source>Write the contacts listed, every field, to a CSV file</source>
        <translation>Die aufgeführten Kontakte mit allen Feldern in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>The address list could not be read: %1</source>
        <translation>Das Adressbuch konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No contact in the address list yet: New Contact adds one, Import CSV many.</source>
        <translation>Noch kein Kontakt im Adressbuch: „Neuer Kontakt“ legt einen an, „CSV importieren“ viele.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact matches.</source>
        <translation>Kein Kontakt passt.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) match</source>
        <translation>
            <numerusform>%n Kontakt passt</numerusform>
            <numerusform>%n Kontakte passen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to Draft</source>
        <translation>Zum Entwurf hinzufügen</translation>
    </message>
    <message>
        <source>Added to the draft: %1.</source>
        <translation>Zum Entwurf hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Saved the contact %1.</source>
        <translation>Kontakt %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Delete the contact %1 (%2) from the global address list of %3?</source>
        <translation>Den Kontakt %1 (%2) aus dem globalen Adressbuch von %3 löschen?</translation>
    </message>
    <message>
        <source>Only the address list entry goes: mail to the address is not affected.</source>
        <translation>Nur der Eintrag im Adressbuch verschwindet: E-Mail an die Adresse ist nicht betroffen.</translation>
    </message>
    <message>
        <source>Deleted the contact %1.</source>
        <translation>Kontakt %1 gelöscht.</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 cannot be imported, so nothing was: correct the file and import it again.</source>
        <translation>
            <numerusform>%n Zeile von %1 kann nicht importiert werden, daher wurde nichts importiert: Korrigieren Sie die Datei und importieren Sie sie erneut.</numerusform>
            <numerusform>%n Zeilen von %1 können nicht importiert werden, daher wurde nichts importiert: Korrigieren Sie die Datei und importieren Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt importieren</numerusform>
            <numerusform>%n Kontakte importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added to the draft from %1: apply the draft to create them.</source>
        <translation>
            <numerusform>%n Kontakt aus %1 zum Entwurf hinzugefügt: Wenden Sie den Entwurf an, um ihn anzulegen.</numerusform>
            <numerusform>%n Kontakte aus %1 zum Entwurf hinzugefügt: Wenden Sie den Entwurf an, um sie anzulegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>ist genau</translation>
    </message>
    <message>
        <source>Contains: the text anywhere in the field. Is exactly: the whole field.</source>
        <translation>Enthält: der Text irgendwo im Feld. Ist genau: das ganze Feld.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Delete the selected contacts (Del)</source>
        <translation>Die ausgewählten Kontakte löschen (Entf)</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) from the global address list of %1?</source>
        <translation>
            <numerusform>%n Kontakt aus dem globalen Adressbuch von %1 löschen?</numerusform>
            <numerusform>%n Kontakte aus dem globalen Adressbuch von %1 löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the address list entries go: mail to the addresses is not affected.</source>
        <translation>Nur die Einträge im Adressbuch verschwinden: E-Mail an die Adressen ist nicht betroffen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Contact(s)</source>
        <translation>
            <numerusform>%n Kontakt löschen</numerusform>
            <numerusform>%n Kontakte löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>%n Kontakt gelöscht.</numerusform>
            <numerusform>%n Kontakte gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hostway</name>
    <message>
        <source>Hostway is missing this domain&apos;s records (HTTP 500): ask Hostway&apos;s support to check the domain.</source>
        <translation>Hostway fehlen die Einträge dieser Domain (HTTP 500): Bitten Sie den Hostway-Support, die Domain zu prüfen.</translation>
    </message>
    <message>
        <source>Hostway could not reach the mailbox to count its messages (HTTP 502). Try again in a few minutes.</source>
        <translation>Hostway konnte das Postfach zum Zählen der Nachrichten nicht erreichen (HTTP 502). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Hostway has no message counts for this mailbox: it is a virtual mailbox, or no longer exists (refresh the list).</source>
        <translation>Hostway hat für dieses Postfach keine Nachrichtenzahlen: es ist virtuell oder existiert nicht mehr (Liste aktualisieren).</translation>
    </message>
</context>
<context>
    <name>Hostway::Contact</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Telefon privat</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Business phone</source>
        <translation>Telefon geschäftlich</translation>
    </message>
    <message>
        <source>Business fax</source>
        <translation>Fax geschäftlich</translation>
    </message>
    <message>
        <source>ISDN number</source>
        <translation>ISDN-Nummer</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>Telex number</source>
        <translation>Telexnummer</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>Hostway::Rules</name>
    <message>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>At most 128 characters</source>
        <translation>Höchstens 128 Zeichen</translation>
    </message>
    <message>
        <source>At least one digit</source>
        <translation>Mindestens eine Ziffer</translation>
    </message>
    <message>
        <source>At least one capital letter</source>
        <translation>Mindestens ein Großbuchstabe</translation>
    </message>
    <message>
        <source>At least one lower-case letter</source>
        <translation>Mindestens ein Kleinbuchstabe</translation>
    </message>
    <message>
        <source>At least one special character (not a letter, digit or _)</source>
        <translation>Mindestens ein Sonderzeichen (kein Buchstabe, keine Ziffer, kein _)</translation>
    </message>
    <message>
        <source>Does not start with &quot;pass&quot;</source>
        <translation>Beginnt nicht mit „pass“</translation>
    </message>
    <message>
        <source>Does not start with &quot;abc&quot;</source>
        <translation>Beginnt nicht mit „abc“</translation>
    </message>
    <message>
        <source>Does not start with &quot;123&quot;</source>
        <translation>Beginnt nicht mit „123“</translation>
    </message>
    <message>
        <source>Does not contain the domain name</source>
        <translation>Enthält nicht den Domainnamen</translation>
    </message>
    <message>
        <source>Does not contain the mailbox name</source>
        <translation>Enthält nicht den Postfachnamen</translation>
    </message>
    <message>
        <source>Does not start with the mailbox name&apos;s first 3 letters</source>
        <translation>Beginnt nicht mit den ersten 3 Buchstaben des Postfachnamens</translation>
    </message>
    <message>
        <source>Enter a mailbox name.</source>
        <translation>Geben Sie einen Postfachnamen ein.</translation>
    </message>
    <message>
        <source>Use at most %1 characters (the longest an address may have before the @).</source>
        <translation>Verwenden Sie höchstens %1 Zeichen (die maximale Länge einer Adresse vor dem @).</translation>
    </message>
    <message>
        <source>Use only letters a-z and A-Z, digits, dots and underscores.</source>
        <translation>Verwenden Sie nur die Buchstaben a-z und A-Z, Ziffern, Punkte und Unterstriche.</translation>
    </message>
    <message>
        <source>%1 is not an email address.</source>
        <translation>%1 ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A mailbox cannot forward to itself.</source>
        <translation>Ein Postfach kann nicht an sich selbst weiterleiten.</translation>
    </message>
</context>
<context>
    <name>HostwayClient</name>
    <message>
        <source>page %1 repeats an earlier page</source>
        <translation>Seite %1 wiederholt eine frühere Seite</translation>
    </message>
    <message>
        <source>%1 mailboxes read, more than the %2 the provider counts</source>
        <translation>%1 Postfächer gelesen, mehr als die %2, die der Anbieter angibt</translation>
    </message>
    <message>
        <source>more than %1 pages</source>
        <translation>mehr als %1 Seiten</translation>
    </message>
    <message>
        <source>The provider&apos;s list of mailboxes does not end (%1); it was not read further.</source>
        <translation>Die Postfachliste des Anbieters endet nicht (%1); sie wurde nicht weiter gelesen.</translation>
    </message>
    <message>
        <source>A mailbox owner&apos;s sign-in reaches only that mailbox&apos;s password, secret questions and webmail; this needs the account administrator&apos;s sign-in.</source>
        <translation>Die Anmeldung des Postfachinhabers reicht nur bis zu Passwort, Sicherheitsfragen und Webmail dieses Postfachs; hierfür ist die Anmeldung des Kontoadministrators nötig.</translation>
    </message>
</context>
<context>
    <name>HostwayMailboxes</name>
    <message>
        <source>Import Mailboxes</source>
        <translation>Postfächer importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Drafted: this mailbox is created when the draft is applied.</source>
        <translation>Im Entwurf: Dieses Postfach wird erstellt, wenn der Entwurf angewendet wird.</translation>
    </message>
    <message>
        <source>Offline: as in the snapshot of %1.</source>
        <translation>Offline: Stand des Snapshots vom %1.</translation>
    </message>
    <message>
        <source>Mailbox %1@%2 created.</source>
        <translation>Postfach %1@%2 erstellt.</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>Passwort von %1 geändert.</translation>
    </message>
    <message>
        <source>Delete Mailbox</source>
        <translation>Postfach löschen</translation>
    </message>
    <message>
        <source>Delete the mailbox %1?</source>
        <translation>Postfach %1 löschen?</translation>
    </message>
    <message>
        <source>Its messages are deleted at the provider. This cannot be undone.</source>
        <translation>Die Nachrichten werden beim Anbieter gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Mailbox Not Deleted</source>
        <translation>Postfach nicht gelöscht</translation>
    </message>
    <message>
        <source>Mailbox %1 deleted.</source>
        <translation>Postfach %1 gelöscht.</translation>
    </message>
    <message>
        <source>Export Mailboxes</source>
        <translation>Postfächer exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 cannot be imported, so nothing was: correct the file and import it again.</source>
        <translation>
            <numerusform>%n Zeile aus %1 kann nicht importiert werden, daher wurde nichts importiert: Korrigieren Sie die Datei und importieren Sie sie erneut.</numerusform>
            <numerusform>%n Zeilen aus %1 können nicht importiert werden, daher wurde nichts importiert: Korrigieren Sie die Datei und importieren Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n mailbox(es)</source>
        <translation>
            <numerusform>%n Postfach importieren</numerusform>
            <numerusform>%n Postfächer importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) added to the draft from %1.</source>
        <translation>
            <numerusform>%n Postfach aus %1 zum Entwurf hinzugefügt.</numerusform>
            <numerusform>%n Postfächer aus %1 zum Entwurf hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>Open the mailbox&apos;s property sheet (Return)</source>
        <translation>Die Eigenschaften des Postfachs öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Properties of %1@%2</source>
        <translation>Eigenschaften von %1@%2</translation>
    </message>
    <message>
        <source>Quota of %1 set to %2.</source>
        <translation>Kontingent von %1 auf %2 gesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Change Quota of %n Mailbox(es)</source>
        <translation>
            <numerusform>Kontingent von %n Postfach ändern</numerusform>
            <numerusform>Kontingent von %n Postfächern ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New quota of each of the &lt;b&gt;%n mailbox(es)&lt;/b&gt; selected in %1:</source>
        <translation>
            <numerusform>Neues Kontingent des in %1 ausgewählten &lt;b&gt;Postfachs&lt;/b&gt;:</numerusform>
            <numerusform>Neues Kontingent jedes der &lt;b&gt;%n Postfächer&lt;/b&gt;, die in %1 ausgewählt sind:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quota set to %1 for %n mailbox(es).</source>
        <translation>
            <numerusform>Kontingent für %n Postfach auf %1 gesetzt.</numerusform>
            <numerusform>Kontingent für %n Postfächer auf %1 gesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Passwords</source>
        <translation>Passwörter zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Reset the passwords of %n mailbox(es) in %1?</source>
        <translation>
            <numerusform>Das Passwort von %n Postfach in %1 zurücksetzen?</numerusform>
            <numerusform>Die Passwörter von %n Postfächern in %1 zurücksetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each gets its own generated password, shown once when the batch ends. The old passwords stop working.</source>
        <translation>Jedes erhält ein eigenes generiertes Passwort, das am Ende des Stapels einmal angezeigt wird. Die alten Passwörter funktionieren dann nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Password(s)</source>
        <translation>
            <numerusform>%n Passwort zurücksetzen</numerusform>
            <numerusform>%n Passwörter zurücksetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) reset.</source>
        <translation>
            <numerusform>%n Passwort zurückgesetzt.</numerusform>
            <numerusform>%n Passwörter zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Mailboxes</source>
        <translation>Postfächer löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n mailbox(es) in %1?</source>
        <translation>
            <numerusform>%n Postfach in %1 löschen?</numerusform>
            <numerusform>%n Postfächer in %1 löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their messages are deleted at the provider. This cannot be undone.</source>
        <translation>Ihre Nachrichten werden beim Anbieter gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Mailbox(es)</source>
        <translation>
            <numerusform>%n Postfach löschen</numerusform>
            <numerusform>%n Postfächer löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) deleted.</source>
        <translation>
            <numerusform>%n Postfach gelöscht.</numerusform>
            <numerusform>%n Postfächer gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n Mailbox(es) Master</source>
        <translation>
            <numerusform>%n Postfach zum Hauptkonto machen</numerusform>
            <numerusform>%n Postfächer zu Hauptkonten machen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n Mailbox(es) Not Master</source>
        <translation>
            <numerusform>%n Postfach nicht mehr als Hauptkonto</numerusform>
            <numerusform>%n Postfächer nicht mehr als Hauptkonten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) made master.</source>
        <translation>
            <numerusform>%n Postfach ist jetzt Hauptkonto.</numerusform>
            <numerusform>%n Postfächer sind jetzt Hauptkonten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) no longer master.</source>
        <translation>
            <numerusform>%n Postfach ist kein Hauptkonto mehr.</numerusform>
            <numerusform>%n Postfächer sind keine Hauptkonten mehr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostwaySearch</name>
    <message>
        <source>%1 could not be searched: %2</source>
        <translation>%1 konnte nicht durchsucht werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more in %1: type more of the name</source>
        <translation>
            <numerusform>%n weiteres in %1: mehr vom Namen eingeben</numerusform>
            <numerusform>%n weitere in %1: mehr vom Namen eingeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own mailbox</source>
        <translation>Ihr eigenes Postfach</translation>
    </message>
</context>
<context>
    <name>HostwaySender</name>
    <message>
        <source>%1 exists now, though it did not when the draft was made.</source>
        <translation>%1 existiert inzwischen, beim Erstellen des Entwurfs jedoch noch nicht.</translation>
    </message>
    <message>
        <source>%1 was deleted since the draft was made.</source>
        <translation>%1 wurde seit dem Erstellen des Entwurfs gelöscht.</translation>
    </message>
    <message>
        <source>%1 was changed since the draft was made (quota %2 MB, now %3 MB).</source>
        <translation>%1 wurde seit dem Erstellen des Entwurfs geändert (Kontingent %2 MB, jetzt %3 MB).</translation>
    </message>
    <message>
        <source>Hostway has no way to read a support ticket back: ask its support whether the report arrived, then skip it or apply it again.</source>
        <translation>Hostway kann ein Support-Ticket nicht zurücklesen: Fragen Sie den Support, ob die Meldung ankam, und überspringen Sie sie dann oder wenden Sie sie erneut an.</translation>
    </message>
    <message>
        <source>Hostway cannot say whether an order arrived before it completes: look for it in the orders (mailroomctl order list) or at Hostway, then skip it or apply it again.</source>
        <translation>Hostway kann nicht sagen, ob eine Bestellung angekommen ist, bevor sie abgeschlossen ist: Suchen Sie sie unter den Bestellungen (mailroomctl order list) oder bei Hostway, dann überspringen Sie sie oder wenden Sie sie erneut an.</translation>
    </message>
</context>
<context>
    <name>HostwayView</name>
    <message>
        <source>%1
Hostway account %2 at %3, signed in as %4.
Add the domains you administer to browse their mailboxes.</source>
        <translation>%1
Hostway-Konto %2 unter %3, angemeldet als %4.
Fügen Sie die Domains hinzu, die Sie verwalten, um deren Postfächer anzuzeigen.</translation>
    </message>
    <message>
        <source>%1
Mailbox owner of %2 at %3.
Only this mailbox is shown: its secret questions, password and webmail.</source>
        <translation>%1
Inhaber des Postfachs %2 bei %3.
Nur dieses Postfach wird angezeigt: seine Sicherheitsfragen, sein Passwort und sein Webmail.</translation>
    </message>
    <message>
        <source>%1@%2 is ready: Hostway completed its order.</source>
        <translation>%1@%2 ist bereit: Hostway hat die Bestellung abgeschlossen.</translation>
    </message>
    <message>
        <source>The order of %1@%2 needs attention: ask Hostway.</source>
        <translation>Die Bestellung von %1@%2 erfordert Aufmerksamkeit: Fragen Sie bei Hostway nach.</translation>
    </message>
</context>
<context>
    <name>Ice</name>
    <message>
        <source>%1 server: the user name and the mailbox have at most 254 characters.</source>
        <translation>%1-Server: Benutzername und Postfach dürfen höchstens 254 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>%1 server: enter the server&apos;s address.</source>
        <translation>%1-Server: Geben Sie die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>%1 server: &quot;%2&quot; is not a host name or IP address.</source>
        <translation>%1-Server: „%2“ ist kein Hostname und keine IP-Adresse.</translation>
    </message>
    <message>
        <source>%1 port: enter a number from 1 to 65535.</source>
        <translation>%1-Port: Geben Sie eine Zahl von 1 bis 65535 ein.</translation>
    </message>
    <message>
        <source>%1 poll rate: enter whole minutes, 1 or more.</source>
        <translation>%1-Abrufintervall: Geben Sie ganze Minuten ein, mindestens 1.</translation>
    </message>
    <message>
        <source>%1 mailbox: &quot;%2&quot; is not an email address.</source>
        <translation>%1-Postfach: „%2“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Enter the organisation id.</source>
        <translation>Geben Sie die Organisations-ID ein.</translation>
    </message>
    <message>
        <source>Enter the skill id.</source>
        <translation>Geben Sie die Skill-ID ein.</translation>
    </message>
    <message>
        <source>Spoofing is on: enter the address to send as.</source>
        <translation>Senden als andere Adresse ist aktiviert: Geben Sie die Absenderadresse ein.</translation>
    </message>
</context>
<context>
    <name>IceOperation</name>
    <message>
        <source>The organisation id must be a number from 1.</source>
        <translation>Die Organisations-ID muss eine Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>The skill id must be a number from 1.</source>
        <translation>Die Skill-ID muss eine Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>Update the email server of skill %1: SMTP %2, %3 %4</source>
        <translation>E-Mail-Server von Skill %1 ändern: SMTP %2, %3 %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>must be &quot;example&quot; or &quot;table&quot;</source>
        <translation>muss &quot;example&quot; oder &quot;table&quot; sein</translation>
    </message>
    <message>
        <source>&quot;passwords&quot; names smtp, pop3 or imap.</source>
        <translation>&quot;passwords&quot; darf nur smtp, pop3 oder imap nennen.</translation>
    </message>
</context>
<context>
    <name>IceSender</name>
    <message>
        <source>%1 is not an ICE change.</source>
        <translation>%1 ist keine ICE-Änderung.</translation>
    </message>
</context>
<context>
    <name>IceSettingsPage</name>
    <message>
        <source>Use &amp;SSL</source>
        <translation>&amp;SSL verwenden</translation>
    </message>
    <message>
        <source>Use &amp;TLS (STARTTLS)</source>
        <translation>&amp;TLS verwenden (STARTTLS)</translation>
    </message>
    <message>
        <source>Send &amp;as another address:</source>
        <translation>Senden a&amp;ls andere Adresse:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>Send to &amp;ICE</source>
        <translation>An &amp;ICE senden</translation>
    </message>
    <message>
        <source>e.g. smtp.example.com</source>
        <translation>z. B. smtp.example.com</translation>
    </message>
    <message>
        <source>e.g. imap.example.com</source>
        <translation>z. B. imap.example.com</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Sending (SMTP)</source>
        <translation>Versand (SMTP)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Mailbox:</source>
        <translation>Postfach:</translation>
    </message>
    <message>
        <source>Poll rate:</source>
        <translation>Abrufintervall:</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Email Server of Skill %1</source>
        <translation>E-Mail-Server von Skill %1</translation>
    </message>
    <message>
        <source>Loading what Mailroom last sent…</source>
        <translation>Zuletzt von Mailroom gesendete Einstellungen werden geladen…</translation>
    </message>
    <message>
        <source>ICE has no call that reads these settings back, and none were sent from this computer yet. Enter them and send: Mailroom will remember what it sent.</source>
        <translation>ICE bietet keinen Aufruf, um diese Einstellungen auszulesen, und von diesem Computer wurden noch keine gesendet. Geben Sie sie ein und senden Sie sie: Mailroom merkt sich, was gesendet wurde.</translation>
    </message>
    <message>
        <source>ICE has no call that reads these settings back: this is what Mailroom sent on %1.</source>
        <translation>ICE bietet keinen Aufruf, um diese Einstellungen auszulesen: Dies hat Mailroom am %1 gesendet.</translation>
    </message>
    <message>
        <source>The passwords could not be read from the keychain: enter them again before sending.</source>
        <translation>Die Passwörter konnten nicht aus dem Schlüsselbund gelesen werden: Geben Sie sie vor dem Senden erneut ein.</translation>
    </message>
    <message>
        <source>&amp;Add to Draft</source>
        <translation>Zum &amp;Entwurf hinzufügen</translation>
    </message>
    <message>
        <source>Give the account&apos;s password to send.</source>
        <translation>Geben Sie zum Senden das Passwort des Kontos ein.</translation>
    </message>
    <message>
        <source>Sending to ICE…</source>
        <translation>Wird an ICE gesendet…</translation>
    </message>
    <message>
        <source>Added to the draft: ICE gets these settings when the draft is applied.</source>
        <translation>Zum Entwurf hinzugefügt: ICE erhält diese Einstellungen, wenn der Entwurf angewendet wird.</translation>
    </message>
    <message>
        <source>ICE accepted the settings.</source>
        <translation>ICE hat die Einstellungen übernommen.</translation>
    </message>
    <message>
        <source>ICE has no call that reads these settings back: this is what Mailroom just sent.</source>
        <translation>ICE bietet keinen Aufruf, um diese Einstellungen auszulesen: Dies hat Mailroom soeben gesendet.</translation>
    </message>
    <message>
        <source>Sent. The passwords could not be kept in the keychain: Mailroom will ask for them next time.</source>
        <translation>Gesendet. Die Passwörter konnten nicht im Schlüsselbund gespeichert werden: Mailroom fragt beim nächsten Mal danach.</translation>
    </message>
    <message>
        <source>Address to send as</source>
        <translation>Absenderadresse</translation>
    </message>
</context>
<context>
    <name>IceView</name>
    <message>
        <source>%1
ICE organisation %2 at %3, signed in as %4.
Add the skills whose email server you manage.</source>
        <translation>%1
ICE-Organisation %2 unter %3, angemeldet als %4.
Fügen Sie die Skills hinzu, deren E-Mail-Server Sie verwalten.</translation>
    </message>
    <message>
        <source>Add Skill</source>
        <translation>Skill hinzufügen</translation>
    </message>
    <message>
        <source>ICE skill id (a number, as in ICE&apos;s skill settings):</source>
        <translation>ICE-Skill-ID (eine Zahl, wie in den Skill-Einstellungen von ICE):</translation>
    </message>
</context>
<context>
    <name>IkoulaActions</name>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>forwarding address</source>
        <translation>Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>list address</source>
        <translation>Listenadresse</translation>
    </message>
    <message>
        <source>list manager</source>
        <translation>Listenverwalter</translation>
    </message>
    <message>
        <source>contact address</source>
        <translation>Kontaktadresse</translation>
    </message>
    <message>
        <source>warning quota</source>
        <translation>Warnkontingent</translation>
    </message>
    <message>
        <source>sending quota</source>
        <translation>Sendekontingent</translation>
    </message>
    <message>
        <source>receiving quota</source>
        <translation>Empfangskontingent</translation>
    </message>
    <message>
        <source>days deleted items are kept</source>
        <translation>Aufbewahrungstage gelöschter Elemente</translation>
    </message>
    <message>
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>OWA</source>
        <translation>OWA</translation>
    </message>
    <message>
        <source>MAPI</source>
        <translation>MAPI</translation>
    </message>
    <message>
        <source>ActiveSync</source>
        <translation>ActiveSync</translation>
    </message>
</context>
<context>
    <name>IkoulaClient</name>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 erfordert %2.</translation>
    </message>
</context>
<context>
    <name>IkoulaContactsPage</name>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <source>&amp;Delete Contact…</source>
        <translation>Kontakt &amp;löschen…</translation>
    </message>
    <message>
        <source>Filter by name or address</source>
        <translation>Nach Name oder Adresse filtern</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Contacts of %1</source>
        <translation>Kontakte von %1</translation>
    </message>
    <message>
        <source>No contact in this organisation&apos;s address list yet.</source>
        <translation>Die Adressliste dieser Organisation enthält noch keine Kontakte.</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>Added %1 to the address list.</source>
        <translation>%1 wurde zur Adressliste hinzugefügt.</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Delete the contact %1 from the address list?</source>
        <translation>Kontakt %1 aus der Adressliste löschen?</translation>
    </message>
    <message>
        <source>Deleted the contact %1.</source>
        <translation>Kontakt %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Contacts of the organisation</source>
        <translation>Kontakte der Organisation</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) from the address list?</source>
        <translation>
            <numerusform>%n Kontakt aus der Adressliste löschen?</numerusform>
            <numerusform>%n Kontakte aus der Adressliste löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Contact(s)</source>
        <translation>
            <numerusform>%n Kontakt löschen</numerusform>
            <numerusform>%n Kontakte löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>%n Kontakt gelöscht.</numerusform>
            <numerusform>%n Kontakte gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IkoulaListsPage</name>
    <message>
        <source>&amp;New List…</source>
        <translation>&amp;Neue Liste…</translation>
    </message>
    <message>
        <source>&amp;Delete List…</source>
        <translation>Liste &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Add Member</source>
        <translation>Mitglied &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Member</source>
        <translation>Mitglied &amp;entfernen</translation>
    </message>
    <message>
        <source>Address of a mailbox, list or contact</source>
        <translation>Adresse eines Postfachs, einer Liste oder eines Kontakts</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Distribution Lists</source>
        <translation>Verteilerlisten</translation>
    </message>
    <message>
        <source>Distribution Lists of %1</source>
        <translation>Verteilerlisten von %1</translation>
    </message>
    <message>
        <source>This organisation has no distribution list yet.</source>
        <translation>Diese Organisation hat noch keine Verteilerliste.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <source>Enter the address to add, such as name@example.com.</source>
        <translation>Geben Sie die hinzuzufügende Adresse ein, z. B. name@example.com.</translation>
    </message>
    <message>
        <source>%1 is already a member of %2.</source>
        <translation>%1 ist bereits Mitglied von %2.</translation>
    </message>
    <message>
        <source>Adding %1 to %2…</source>
        <translation>%1 wird zu %2 hinzugefügt…</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 wurde zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Removing %1 from %2…</source>
        <translation>%1 wird aus %2 entfernt…</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 wurde aus %2 entfernt.</translation>
    </message>
    <message>
        <source>New Distribution List</source>
        <translation>Neue Verteilerliste</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Verwalter:</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 wurde erstellt.</translation>
    </message>
    <message>
        <source>Delete Distribution List</source>
        <translation>Verteilerliste löschen</translation>
    </message>
    <message>
        <source>Delete the distribution list %1?</source>
        <translation>Verteilerliste %1 löschen?</translation>
    </message>
    <message>
        <source>Mail sent to this address will bounce. The members&apos; mailboxes are not touched.</source>
        <translation>An diese Adresse gesendete E-Mails werden als unzustellbar zurückgewiesen. Die Postfächer der Mitglieder bleiben unverändert.</translation>
    </message>
    <message>
        <source>Delete List</source>
        <translation>Liste löschen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Distribution lists of the organisation</source>
        <translation>Verteilerlisten der Organisation</translation>
    </message>
    <message>
        <source>Members of the selected list</source>
        <translation>Mitglieder der ausgewählten Liste</translation>
    </message>
    <message>
        <source>Member to add</source>
        <translation>Hinzuzufügendes Mitglied</translation>
    </message>
    <message>
        <source>New memb&amp;er:</source>
        <translation>N&amp;eues Mitglied:</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Member(s)</source>
        <translation>
            <numerusform>%n Mitglied entfernen</numerusform>
            <numerusform>%n Mitglieder entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Members</source>
        <translation>Mitglieder entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from %1?</source>
        <translation>
            <numerusform>%n Mitglied aus %1 entfernen?</numerusform>
            <numerusform>%n Mitglieder aus %1 entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail to the list no longer reaches them. Their mailboxes and contacts are not touched.</source>
        <translation>E-Mail an die Liste erreicht sie nicht mehr. Ihre Postfächer und Kontakte bleiben unberührt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n member(s) from %1.</source>
        <translation>
            <numerusform>%n Mitglied aus %1 entfernt.</numerusform>
            <numerusform>%n Mitglieder aus %1 entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IkoulaMailboxDialog</name>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Account &amp;disabled</source>
        <translation>Konto &amp;deaktiviert</translation>
    </message>
    <message>
        <source>&amp;Hidden from the address book</source>
        <translation>Im Adressbuch aus&amp;blenden</translation>
    </message>
    <message>
        <source>OWA (Outlook on the web)</source>
        <translation>OWA (Outlook im Web)</translation>
    </message>
    <message>
        <source>MAPI (Outlook)</source>
        <translation>MAPI (Outlook)</translation>
    </message>
    <message>
        <source>ActiveSync (phones)</source>
        <translation>ActiveSync (Mobilgeräte)</translation>
    </message>
    <message>
        <source>&amp;Deliver to this mailbox too</source>
        <translation>Auch in dieses Postfach &amp;zustellen</translation>
    </message>
    <message>
        <source>Mailbox %1</source>
        <translation>Postfach %1</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Initials:</source>
        <translation>Initialen:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>Pos&amp;ition:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Büro:</translation>
    </message>
    <message>
        <source>Business phone:</source>
        <translation>Telefon (geschäftlich):</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>&amp;Mobiltelefon:</translation>
    </message>
    <message>
        <source>Home phone:</source>
        <translation>Telefon (privat):</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Bundesland:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>PLZ:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <source>How this mailbox may be reached:</source>
        <translation>Zugriff auf dieses Postfach über:</translation>
    </message>
    <message>
        <source>&amp;Protocols</source>
        <translation>&amp;Protokolle</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Warn from:</source>
        <translation>War&amp;nung ab:</translation>
    </message>
    <message>
        <source>Stop &amp;sending from:</source>
        <translation>&amp;Senden sperren ab:</translation>
    </message>
    <message>
        <source>Stop sending and &amp;receiving from:</source>
        <translation>Senden und &amp;Empfangen sperren ab:</translation>
    </message>
    <message>
        <source>&amp;Keep deleted items:</source>
        <translation>Gelöschte Elemente &amp;behalten:</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Belegt:</translation>
    </message>
    <message>
        <source>&amp;Quotas</source>
        <translation>&amp;Kontingente</translation>
    </message>
    <message>
        <source>another address of this mailbox</source>
        <translation>weitere Adresse dieses Postfachs</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>A&amp;liasse</translation>
    </message>
    <message>
        <source>(no forwarding)</source>
        <translation>(keine Weiterleitung)</translation>
    </message>
    <message>
        <source>an outside address, e.g. name@gmail.com</source>
        <translation>eine externe Adresse, z. B. name@gmail.com</translation>
    </message>
    <message>
        <source>Forward to a &amp;mailbox:</source>
        <translation>An ein Post&amp;fach weiterleiten:</translation>
    </message>
    <message>
        <source>Forward by &amp;SMTP to:</source>
        <translation>Per &amp;SMTP weiterleiten an:</translation>
    </message>
    <message>
        <source>&amp;Forwarding</source>
        <translation>&amp;Weiterleitung</translation>
    </message>
    <message>
        <source>The display name cannot be empty.</source>
        <translation>Der Anzeigename darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>IkoulaMailboxesPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Pass&amp;wort ändern…</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>Passwort &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Filter by address or name</source>
        <translation>Nach Adresse oder Name filtern</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>Mailboxes of %1</source>
        <translation>Postfächer von %1</translation>
    </message>
    <message>
        <source>No mailbox in this organisation yet. Create one with New.</source>
        <translation>Diese Organisation hat noch kein Postfach. Erstellen Sie eines mit „Neu“.</translation>
    </message>
    <message>
        <source>New Mailbox</source>
        <translation>Neues Postfach</translation>
    </message>
    <message>
        <source>Mailbox for a person</source>
        <translation>Postfach für eine Person</translation>
    </message>
    <message>
        <source>Room (bookable meeting room)</source>
        <translation>Raum (buchbarer Besprechungsraum)</translation>
    </message>
    <message>
        <source>Equipment (bookable resource)</source>
        <translation>Gerät (buchbare Ressource)</translation>
    </message>
    <message>
        <source>empty: Mailroom generates one and shows it once</source>
        <translation>leer: Mailroom generiert eines und zeigt es einmal an</translation>
    </message>
    <message>
        <source>&amp;Email the setup guide to the new mailbox</source>
        <translation>Einrichtungsanleitung an das neue Postfach &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>An&amp;zeigename:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Added the creation of %1 to the draft.</source>
        <translation>Erstellen von %1 zum Entwurf hinzugefügt.</translation>
    </message>
    <message>
        <source>Created %1. Its password, shown only now: %2</source>
        <translation>%1 erstellt. Passwort (wird nur jetzt angezeigt): %2</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 erstellt.</translation>
    </message>
    <message>
        <source>Added the changes of %1 to the draft.</source>
        <translation>Änderungen an %1 zum Entwurf hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Added the password change of %1 to the draft.</source>
        <translation>Passwortänderung für %1 zum Entwurf hinzugefügt.</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Passwort von %1 geändert.</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the password of %1?</source>
        <translation>Passwort von %1 zurücksetzen?</translation>
    </message>
    <message>
        <source>The current password stops working when the draft is applied.</source>
        <translation>Das aktuelle Passwort wird ungültig, sobald der Entwurf angewendet wird.</translation>
    </message>
    <message>
        <source>The current password stops working at once.</source>
        <translation>Das aktuelle Passwort wird sofort ungültig.</translation>
    </message>
    <message>
        <source>Added the password reset of %1 to the draft; the new password is shown when it is applied.</source>
        <translation>Zurücksetzen des Passworts von %1 zum Entwurf hinzugefügt; das neue Passwort wird beim Anwenden angezeigt.</translation>
    </message>
    <message>
        <source>Reset the password of %1; Ikoula sends the new one to the user.</source>
        <translation>Passwort von %1 zurückgesetzt; Ikoula sendet das neue an den Benutzer.</translation>
    </message>
    <message>
        <source>Reset the password of %1. New password, shown only now: %2</source>
        <translation>Passwort von %1 zurückgesetzt. Neues Passwort (wird nur jetzt angezeigt): %2</translation>
    </message>
    <message>
        <source>Delete Mailbox</source>
        <translation>Postfach löschen</translation>
    </message>
    <message>
        <source>Delete the mailbox %1 and all its mail?</source>
        <translation>Postfach %1 mit allen E-Mails löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Added the deletion of %1 to the draft.</source>
        <translation>Löschen von %1 zum Entwurf hinzugefügt.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Mailboxes of the organisation</source>
        <translation>Postfächer der Organisation</translation>
    </message>
    <message>
        <source>Add to &amp;List…</source>
        <translation>Zu einer Lis&amp;te hinzufügen…</translation>
    </message>
    <message>
        <source>Adds the selected mailboxes to one of the organisation&apos;s distribution lists</source>
        <translation>Fügt die ausgewählten Postfächer einer Verteilerliste der Organisation hinzu</translation>
    </message>
    <message>
        <source>Reset Passwords</source>
        <translation>Passwörter zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Reset the passwords of %n mailbox(es)?</source>
        <translation>
            <numerusform>Das Passwort von %n Postfach zurücksetzen?</numerusform>
            <numerusform>Die Passwörter von %n Postfächern zurücksetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ikoula makes a new password for each; they are shown once when the batch ends.</source>
        <translation>Ikoula erstellt für jedes ein neues Passwort; sie werden am Ende des Stapels einmal angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Password(s)</source>
        <translation>
            <numerusform>%n Passwort zurücksetzen</numerusform>
            <numerusform>%n Passwörter zurücksetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n password(s).</source>
        <translation>
            <numerusform>%n Passwort zurückgesetzt.</numerusform>
            <numerusform>%n Passwörter zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Mailboxes</source>
        <translation>Postfächer löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n mailbox(es) and all their mail?</source>
        <translation>
            <numerusform>%n Postfach mit allen E-Mails löschen?</numerusform>
            <numerusform>%n Postfächer mit allen E-Mails löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Mailbox(es)</source>
        <translation>
            <numerusform>%n Postfach löschen</numerusform>
            <numerusform>%n Postfächer löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n mailbox(es).</source>
        <translation>
            <numerusform>%n Postfach gelöscht.</numerusform>
            <numerusform>%n Postfächer gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add to Distribution List</source>
        <translation>Zu einer Verteilerliste hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n mailbox(es) to the list:</source>
        <translation>
            <numerusform>%n Postfach zur Liste hinzufügen:</numerusform>
            <numerusform>%n Postfächer zur Liste hinzufügen:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Every mailbox selected is a member of %1 already.</source>
        <translation>Jedes ausgewählte Postfach ist bereits Mitglied von %1.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Member(s) to %1</source>
        <translation>
            <numerusform>%n Mitglied zu %1 hinzufügen</numerusform>
            <numerusform>%n Mitglieder zu %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n member(s) to the list.</source>
        <translation>
            <numerusform>%n Mitglied zur Liste hinzugefügt.</numerusform>
            <numerusform>%n Mitglieder zur Liste hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IkoulaOperation</name>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>wsexch has no change called &quot;%1&quot;.</source>
        <translation>wsexch kennt keine Änderung namens „%1“.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 is too long: at most 256 characters.</source>
        <translation>%1 ist zu lang: höchstens 256 Zeichen.</translation>
    </message>
    <message>
        <source>%1 is too long for an email address (at most 254 characters).</source>
        <translation>%1 ist zu lang für eine E-Mail-Adresse (höchstens 254 Zeichen).</translation>
    </message>
    <message>
        <source>%1 must be an email address, not &quot;%2&quot;.</source>
        <translation>%1 muss eine E-Mail-Adresse sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be 0 or 1.</source>
        <translation>%1 muss 0 oder 1 sein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of KB, 0 for no limit.</source>
        <translation>%1 muss eine ganze Zahl in KB sein, 0 für unbegrenzt.</translation>
    </message>
    <message>
        <source>Deleted items are kept 0 to 30 days.</source>
        <translation>Gelöschte Elemente werden 0 bis 30 Tage aufbewahrt.</translation>
    </message>
    <message>
        <source>The warning comes before sending stops, which comes before receiving stops.</source>
        <translation>Die Warnschwelle muss unter der Sendesperre liegen und diese unter der Empfangssperre.</translation>
    </message>
    <message>
        <source>Enter a password, or let Mailroom generate one.</source>
        <translation>Geben Sie ein Passwort ein oder lassen Sie Mailroom eines generieren.</translation>
    </message>
    <message>
        <source>room mailbox</source>
        <translation>Raumpostfach</translation>
    </message>
    <message>
        <source>equipment mailbox</source>
        <translation>Gerätepostfach</translation>
    </message>
    <message>
        <source>user mailbox</source>
        <translation>Benutzerpostfach</translation>
    </message>
    <message>
        <source>Create %1 %2 (%3)</source>
        <translation>%1 %2 (%3) erstellen</translation>
    </message>
    <message>
        <source>, with a generated password</source>
        <translation>, mit generiertem Passwort</translation>
    </message>
    <message>
        <source>Update the directory fields of mailbox %1 (%2)</source>
        <translation>Verzeichnisfelder von Postfach %1 (%2) aktualisieren</translation>
    </message>
    <message>
        <source>Delete mailbox %1</source>
        <translation>Postfach %1 löschen</translation>
    </message>
    <message>
        <source>Change the password of %1</source>
        <translation>Passwort von %1 ändern</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Set the protocols of %1: %2</source>
        <translation>Protokolle von %1 festlegen: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Set the quotas of %1: warn at %2, stop sending at %3, stop receiving at %4, keep deleted items %5 days</source>
        <translation>Kontingente von %1 festlegen: Warnung bei %2, Sendesperre bei %3, Empfangssperre bei %4, gelöschte Elemente %5 Tage aufbewahren</translation>
    </message>
    <message>
        <source>Add alias %1 to %2</source>
        <translation>Alias %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>Alias %1 entfernen</translation>
    </message>
    <message>
        <source>Forward %1 to %2, keeping a copy</source>
        <translation>%1 an %2 weiterleiten, Kopie behalten</translation>
    </message>
    <message>
        <source>Forward %1 to %2</source>
        <translation>%1 an %2 weiterleiten</translation>
    </message>
    <message>
        <source>Stop forwarding %1</source>
        <translation>Weiterleitung von %1 beenden</translation>
    </message>
    <message>
        <source>Forward %1 by SMTP to %2</source>
        <translation>%1 per SMTP an %2 weiterleiten</translation>
    </message>
    <message>
        <source>Stop the SMTP forwarding of %1</source>
        <translation>SMTP-Weiterleitung von %1 beenden</translation>
    </message>
    <message>
        <source>Create distribution list %1 (%2), managed by %3</source>
        <translation>Verteilerliste %1 (%2) erstellen, verwaltet von %3</translation>
    </message>
    <message>
        <source>Delete distribution list %1</source>
        <translation>Verteilerliste %1 löschen</translation>
    </message>
    <message>
        <source>Add %1 to distribution list %2</source>
        <translation>%1 zur Verteilerliste %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from distribution list %2</source>
        <translation>%1 aus Verteilerliste %2 entfernen</translation>
    </message>
    <message>
        <source>Create contact %1 (%2)</source>
        <translation>Kontakt %1 (%2) erstellen</translation>
    </message>
    <message>
        <source>Delete contact %1</source>
        <translation>Kontakt %1 löschen</translation>
    </message>
    <message>
        <source>Ikoula %1</source>
        <translation>Ikoula %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of [name, text] pairs, without the password.</source>
        <translation>„%1“ muss eine Liste von [Name, Text]-Paaren sein, ohne das Passwort.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>IkoulaOrganisation</name>
    <message>
        <source>Added to the draft: nothing is sent until it is applied (Draft pane).</source>
        <translation>Zum Entwurf hinzugefügt: Es wird nichts gesendet, bevor er angewendet wird (Bereich „Entwurf“).</translation>
    </message>
    <message>
        <source>another change is still being sent</source>
        <translation>eine andere Änderung wird noch gesendet</translation>
    </message>
    <message>
        <source>not signed in to Ikoula yet: select the account again</source>
        <translation>noch nicht bei Ikoula angemeldet: Wählen Sie das Konto erneut aus</translation>
    </message>
    <message numerus="yes">
        <source>Added %n change(s) to the draft: nothing is sent until it is applied (Draft pane).</source>
        <translation>
            <numerusform>%n Änderung zum Entwurf hinzugefügt: Es wird nichts gesendet, bevor er angewendet wird (Bereich „Entwurf“).</numerusform>
            <numerusform>%n Änderungen zum Entwurf hinzugefügt: Es wird nichts gesendet, bevor er angewendet wird (Bereich „Entwurf“).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IkoulaPasswordDialog</name>
    <message>
        <source>Change Password of %1</source>
        <translation>Passwort von %1 ändern</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <source>New &amp;password for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Neues &amp;Passwort für &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
</context>
<context>
    <name>IkoulaPasswordPolicy</name>
    <message>
        <source>Ikoula states no password rule: it checks the password when it is sent.</source>
        <translation>Ikoula nennt keine Passwortregel: Das Passwort wird beim Senden geprüft.</translation>
    </message>
</context>
<context>
    <name>IkoulaSearch</name>
    <message>
        <source>The subscriptions could not be listed: %1</source>
        <translation>Die Abonnements konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be searched: %2</source>
        <translation>%1 konnte nicht durchsucht werden: %2</translation>
    </message>
</context>
<context>
    <name>IkoulaSender</name>
    <message>
        <source>%1 is not an Ikoula change.</source>
        <translation>%1 ist keine Ikoula-Änderung.</translation>
    </message>
    <message>
        <source>%1 exists now, though it did not when the draft was made.</source>
        <translation>%1 existiert inzwischen, beim Erstellen des Entwurfs aber noch nicht.</translation>
    </message>
    <message>
        <source>%1 was deleted since the draft was made.</source>
        <translation>%1 wurde seit dem Erstellen des Entwurfs gelöscht.</translation>
    </message>
    <message>
        <source>Contact %1 was deleted since the draft was made.</source>
        <translation>Kontakt %1 wurde seit dem Erstellen des Entwurfs gelöscht.</translation>
    </message>
    <message>
        <source>%1: %2, now %3</source>
        <translation>%1: %2, jetzt %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 was changed since the draft was made (%2).</source>
        <translation>%1 wurde seit dem Erstellen des Entwurfs geändert (%2).</translation>
    </message>
</context>
<context>
    <name>IkoulaSigner</name>
    <message>
        <source>The Ikoula public key is not a PEM public key (-----BEGIN PUBLIC KEY-----).</source>
        <translation>Der öffentliche Ikoula-Schlüssel ist kein öffentlicher PEM-Schlüssel (-----BEGIN PUBLIC KEY-----).</translation>
    </message>
    <message>
        <source>The Ikoula public key is not an RSA key.</source>
        <translation>Der öffentliche Ikoula-Schlüssel ist kein RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt with the Ikoula public key.</source>
        <translation>OpenSSL konnte nicht mit dem öffentlichen Ikoula-Schlüssel verschlüsseln.</translation>
    </message>
    <message>
        <source>The password is too long for the Ikoula public key.</source>
        <translation>Das Passwort ist zu lang für den öffentlichen Ikoula-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>IkoulaSubscriptionPage</name>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Open an organisation in the tree to manage its mailboxes, distribution lists and contacts.</source>
        <translation>Öffnen Sie eine Organisation in der Baumansicht, um ihre Postfächer, Verteilerlisten und Kontakte zu verwalten.</translation>
    </message>
    <message>
        <source>Subscription %1</source>
        <translation>Abonnement %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No billing line yet.</source>
        <translation>Noch keine Abrechnungsposten.</translation>
    </message>
</context>
<context>
    <name>IkoulaView</name>
    <message>
        <source>%1
Ikoula Exchange at %2, signed in as %3.
Its subscriptions and organisations are listed in the tree.</source>
        <translation>%1
Ikoula Exchange unter %2, angemeldet als %3.
Die Abonnements und Organisationen sind in der Baumansicht aufgeführt.</translation>
    </message>
    <message>
        <source>Listing the subscriptions…</source>
        <translation>Abonnements werden aufgelistet…</translation>
    </message>
    <message>
        <source>This login has no Exchange subscription.</source>
        <translation>Diese Anmeldung hat kein Exchange-Abonnement.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>%1 is a symbolic link; a journal must be a regular file</source>
        <translation>%1 ist eine symbolische Verknüpfung; ein Journal muss eine reguläre Datei sein</translation>
    </message>
    <message>
        <source>%1 is not a regular file; a journal must be one</source>
        <translation>%1 ist keine reguläre Datei; ein Journal muss eine sein</translation>
    </message>
</context>
<context>
    <name>ListMemberModel</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
</context>
<context>
    <name>MailboxCsvImport</name>
    <message>
        <source>The file is empty: it needs a header row with name, quota, master and password.</source>
        <translation>Die Datei ist leer: Benötigt wird eine Kopfzeile mit name, quota, master und password.</translation>
    </message>
    <message>
        <source>The header row lacks the column(s): %1.</source>
        <translation>Fehlende Spalte(n) in der Kopfzeile: %1.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 Felder, die Kopfzeile hat aber %2.</translation>
    </message>
    <message>
        <source>%1 appears twice in the file.</source>
        <translation>%1 kommt in der Datei doppelt vor.</translation>
    </message>
    <message>
        <source>A mailbox %1@%2 already exists.</source>
        <translation>Ein Postfach %1@%2 existiert bereits.</translation>
    </message>
    <message>
        <source>The quota must be a whole number of MB greater than 0 (or empty for the default).</source>
        <translation>Das Kontingent muss eine ganze Zahl in MB größer als 0 sein (oder leer für den Standardwert).</translation>
    </message>
    <message>
        <source>master must be true or false.</source>
        <translation>master muss true oder false sein.</translation>
    </message>
    <message>
        <source>The password breaks these rules: %1.</source>
        <translation>Das Passwort verstößt gegen diese Regeln: %1.</translation>
    </message>
    <message>
        <source>The file has a header but no mailbox.</source>
        <translation>Die Datei hat eine Kopfzeile, aber kein Postfach.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, about a million rows; split it.</source>
        <translation>%1 ist größer als %2 MB (etwa eine Million Zeilen); teilen Sie die Datei auf.</translation>
    </message>
</context>
<context>
    <name>MailboxDetailsPane</name>
    <message>
        <source>Quota:</source>
        <translation>Kontingent:</translation>
    </message>
    <message>
        <source>Master account:</source>
        <translation>Hauptkonto:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No mailbox selected</source>
        <translation>Kein Postfach ausgewählt</translation>
    </message>
    <message>
        <source>Select a mailbox in the list to see its quota, usage and settings.</source>
        <translation>Wählen Sie ein Postfach in der Liste aus, um Kontingent, Belegung und Einstellungen zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Anzeigename:</translation>
    </message>
    <message>
        <source>Primary address:</source>
        <translation>Primäre Adresse:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Belegt:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Mailbox (IMAP / OpenXchange)</source>
        <translation>Postfach (IMAP / OpenXchange)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <source>For&amp;warding</source>
        <translation>Weiter&amp;leitung</translation>
    </message>
    <message>
        <source>A&amp;utoresponder</source>
        <translation>Auto-A&amp;ntwort</translation>
    </message>
    <message>
        <source>Se&amp;nders</source>
        <translation>Absende&amp;r</translation>
    </message>
    <message>
        <source>All of the mailbox&apos;s tabs</source>
        <translation>Alle Reiter des Postfachs</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Nachrichten:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>%1: %2 (%3 unread)</source>
        <translation>%1: %2 (%3 ungelesen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>These settings are read from Hostway: not while offline, nor for a mailbox that is only in the draft.</source>
        <translation>Diese Einstellungen werden bei Hostway gelesen: nicht offline und nicht für ein Postfach, das nur im Entwurf existiert.</translation>
    </message>
    <message>
        <source>Spam f&amp;ilter</source>
        <translation>Spa&amp;mfilter</translation>
    </message>
    <message>
        <source>Report Failed Migration…</source>
        <translation>Fehlgeschlagene Migration melden…</translation>
    </message>
    <message>
        <source>Open a ticket at Hostway&apos;s support for a migration of this mailbox that failed</source>
        <translation>Ein Ticket beim Hostway-Support für eine fehlgeschlagene Migration dieses Postfachs eröffnen</translation>
    </message>
    <message>
        <source>Webmai&amp;l</source>
        <translation>W&amp;ebmail</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>S&amp;icherheit</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>E&amp;xchange</translation>
    </message>
    <message>
        <source>Exchange mailbox. Its details, password and deletion are on the Exchange tab (Alt+X), its secret questions on the Security tab.</source>
        <translation>Exchange-Postfach. Seine Details, sein Passwort und das Löschen stehen im Reiter Exchange (Alt+X), seine Geheimfragen im Reiter Sicherheit.</translation>
    </message>
    <message>
        <source>&amp;Edit Mailbox…</source>
        <translation>Postfach &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Rename the mailbox, make it master or not, or move it to another plan</source>
        <translation>Das Postfach umbenennen, zum Hauptkonto machen oder nicht, oder auf einen anderen Tarif setzen</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) selected</source>
        <translation>
            <numerusform>%n Postfach ausgewählt</numerusform>
            <numerusform>%n Postfächer ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Quota, Reset Password and Delete act on all of them, as one batch. Select one mailbox to see its details.</source>
        <translation>Kontingent ändern, Passwort zurücksetzen und Löschen wirken auf alle, als ein Stapel. Wählen Sie ein einzelnes Postfach, um seine Details zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>They leave out %n of them: Exchange mailboxes, and mailboxes only drafted (outside Draft Mode).</source>
        <translation>
            <numerusform>Sie lassen %n davon aus: Exchange-Postfächer und nur entworfene Postfächer (außerhalb des Entwurfsmodus).</numerusform>
            <numerusform>Sie lassen %n davon aus: Exchange-Postfächer und nur entworfene Postfächer (außerhalb des Entwurfsmodus).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxListPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>Filter mailboxes by name (* is a wildcard)  –  Ctrl+F</source>
        <translation>Postfächer nach Name filtern (* als Platzhalter)  –  Ctrl+F</translation>
    </message>
    <message>
        <source>Work &amp;Offline (snapshot of %1)</source>
        <translation>&amp;Offline arbeiten (Snapshot vom %1)</translation>
    </message>
    <message numerus="yes">
        <source>Offline: the snapshot of %1, %n mailbox(es). Changes can be drafted; Refresh (F5) goes online.</source>
        <translation>
            <numerusform>Offline: Snapshot vom %1, %n Postfach. Änderungen können in einen Entwurf aufgenommen werden; „Aktualisieren“ (F5) wechselt in den Online-Modus.</numerusform>
            <numerusform>Offline: Snapshot vom %1, %n Postfächer. Änderungen können in einen Entwurf aufgenommen werden; „Aktualisieren“ (F5) wechselt in den Online-Modus.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mailbox of the snapshot matches “%1”.</source>
        <translation>Kein Postfach im Snapshot entspricht „%1“.</translation>
    </message>
    <message>
        <source>Loading mailboxes…</source>
        <translation>Postfächer werden geladen…</translation>
    </message>
    <message>
        <source>Loading more… (%1 of %2)</source>
        <translation>Weitere werden geladen… (%1 von %2)</translation>
    </message>
    <message>
        <source>No mailbox matches “%1”.</source>
        <translation>Kein Postfach entspricht „%1“.</translation>
    </message>
    <message>
        <source>%1 has no mailboxes yet. Create one with New Mailbox (Ctrl+N).</source>
        <translation>%1 hat noch keine Postfächer. Erstellen Sie eines mit „Neues Postfach“ (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 of %2 mailboxes loaded; scroll down for more.</source>
        <translation>%1 von %2 Postfächern geladen; für weitere nach unten scrollen.</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es)</source>
        <translation>
            <numerusform>%n Postfach</numerusform>
            <numerusform>%n Postfächer</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter mailboxes by name</source>
        <translation>Postfächer nach Name filtern</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>%1 alone, as found. Clear the filter (Ctrl+F, then Backspace) to list every mailbox of %2.</source>
        <translation>Nur %1, wie gefunden. Leeren Sie den Filter (Ctrl+F, dann Rücktaste), um alle Postfächer von %2 aufzulisten.</translation>
    </message>
</context>
<context>
    <name>MailboxPropertiesDialog</name>
    <message>
        <source>Mailbox Properties</source>
        <translation>Postfacheigenschaften</translation>
    </message>
</context>
<context>
    <name>MailboxSettingChange</name>
    <message>
        <source>The settings of %1 changed since the draft was made.</source>
        <translation>Die Einstellungen von %1 haben sich geändert, seit der Entwurf erstellt wurde.</translation>
    </message>
</context>
<context>
    <name>MailboxSettingTab</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n change(s) to the draft.</source>
        <translation>
            <numerusform>%n Änderung zum Entwurf hinzugefügt.</numerusform>
            <numerusform>%n Änderungen zum Entwurf hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxTableModel</name>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Mailbox (IMAP)</source>
        <translation>Postfach (IMAP)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Drafted: %1</source>
        <translation>Im Entwurf: %1</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Hauptkonto</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Webmail</translation>
    </message>
    <message>
        <source>Click to sort; click again for the other order.</source>
        <translation>Klicken zum Sortieren; erneut klicken für die umgekehrte Reihenfolge.</translation>
    </message>
    <message>
        <source>Hostway sorts its lists by mailbox name or quota only: this column cannot be sorted.</source>
        <translation>Hostway sortiert seine Listen nur nach Postfachname oder Kontingent: Diese Spalte lässt sich nicht sortieren.</translation>
    </message>
    <message>
        <source>Drafted; now %1 at the provider</source>
        <translation>Im Entwurf; beim Anbieter derzeit %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mailroom</source>
        <translation>Mailroom</translation>
    </message>
    <message>
        <source>Welcome to Mailroom</source>
        <translation>Willkommen bei Mailroom</translation>
    </message>
    <message>
        <source>Add the account you administer at your email provider to browse its domains and mailboxes.</source>
        <translation>Fügen Sie das Konto hinzu, das Sie bei Ihrem E-Mail-Anbieter verwalten, um dessen Domains und Postfächer anzuzeigen.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>Konto &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>Konto &amp;entfernen…</translation>
    </message>
    <message>
        <source>Add &amp;Domain…</source>
        <translation>&amp;Domain hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Remove Domain from List…</source>
        <translation>Domain aus Liste entfernen…</translation>
    </message>
    <message>
        <source>&amp;New Mailbox…</source>
        <translation>&amp;Neues Postfach…</translation>
    </message>
    <message>
        <source>Change &amp;Quota…</source>
        <translation>&amp;Kontingent ändern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>De&amp;lete Mailbox…</source>
        <translation>Postfach &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Requests</source>
        <translation>Anfragen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Find Mailbox</source>
        <translation>Postfach &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Draft Mode</source>
        <translation>&amp;Entwurfsmodus</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>While on, changes are added to a draft to review and apply later, instead of being sent.</source>
        <translation>Wenn aktiv, werden Änderungen nicht gesendet, sondern in einen Entwurf aufgenommen, den Sie später prüfen und anwenden.</translation>
    </message>
    <message>
        <source>&amp;Import Mailboxes from CSV…</source>
        <translation>Postfächer aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export List to CSV…</source>
        <translation>Liste als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;About Mailroom</source>
        <translation>Ü&amp;ber Mailroom</translation>
    </message>
    <message>
        <source>About Mailroom</source>
        <translation>Über Mailroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mailroom %1&lt;/h3&gt;&lt;p&gt;A console for administering hosted email through the providers&apos; web APIs.&lt;/p&gt;&lt;p&gt;Passwords are kept in the system keychain only.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mailroom %1&lt;/h3&gt;&lt;p&gt;Eine Konsole zur Verwaltung gehosteter E-Mail über die Web-APIs der Anbieter.&lt;/p&gt;&lt;p&gt;Passwörter werden ausschließlich im Schlüsselbund des Systems gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Mailbox</source>
        <translation>&amp;Postfach</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>Ak&amp;tivität</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Every change Mailroom and mailroomctl sent, from the audit log %1</source>
        <translation>Alle von Mailroom und mailroomctl gesendeten Änderungen, aus dem Audit-Protokoll %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n Anfrage läuft</numerusform>
            <numerusform>%n Anfragen laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the account&apos;s password. Mailroom keeps it in the system keychain.</source>
        <translation>Geben Sie das Passwort des Kontos ein. Mailroom speichert es im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s password:</source>
        <translation>Geben Sie das Passwort des Kontos ein:</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account “%1” from Mailroom?</source>
        <translation>Konto „%1“ aus Mailroom entfernen?</translation>
    </message>
    <message>
        <source>Its password is deleted from the keychain. Nothing changes at the provider.</source>
        <translation>Das Passwort wird aus dem Schlüsselbund gelöscht. Beim Anbieter ändert sich nichts.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove Domain from List</source>
        <translation>Domain aus Liste entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the list?</source>
        <translation>%1 aus der Liste entfernen?</translation>
    </message>
    <message>
        <source>The domain and its mailboxes stay at the provider; you can add it back at any time.</source>
        <translation>Die Domain und ihre Postfächer bleiben beim Anbieter erhalten; Sie können sie jederzeit wieder hinzufügen.</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Aus Liste entfernen</translation>
    </message>
    <message>
        <source>%1 changes cannot be drafted; they are sent at once.</source>
        <translation>Änderungen über %1 können nicht in einen Entwurf aufgenommen werden; sie werden sofort gesendet.</translation>
    </message>
    <message>
        <source>Select an account first: a draft is prepared for one account.</source>
        <translation>Wählen Sie zuerst ein Konto aus: Ein Entwurf gilt immer für genau ein Konto.</translation>
    </message>
    <message>
        <source>Draft mode: changes are added to the draft, nothing is sent.</source>
        <translation>Entwurfsmodus: Änderungen werden in den Entwurf aufgenommen, nichts wird gesendet.</translation>
    </message>
    <message>
        <source>Draft mode off: changes are sent at once. The draft stays below to review and apply.</source>
        <translation>Entwurfsmodus aus: Änderungen werden sofort gesendet. Der Entwurf bleibt unten zum Prüfen und Anwenden.</translation>
    </message>
    <message>
        <source>The draft is for another account: apply or discard it first.</source>
        <translation>Der Entwurf gehört zu einem anderen Konto: Wenden Sie ihn zuerst an oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>The draft is being applied: wait for it to finish, or cancel it.</source>
        <translation>Der Entwurf wird gerade angewendet: Warten Sie, bis der Vorgang abgeschlossen ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Added to the draft: %1</source>
        <translation>Zum Entwurf hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Entwurf verworfen.</translation>
    </message>
    <message>
        <source>Unfinished Draft</source>
        <translation>Offener Entwurf</translation>
    </message>
    <message numerus="yes">
        <source>Mailroom found a draft for %1 with %n operation(s), last changed %2.</source>
        <translation>
            <numerusform>Mailroom hat einen Entwurf für %1 mit %n Operation gefunden, zuletzt geändert am %2.</numerusform>
            <numerusform>Mailroom hat einen Entwurf für %1 mit %n Operationen gefunden, zuletzt geändert am %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was being applied when Mailroom stopped: applying it again resumes where it was, without sending anything twice.</source>
        <translation>Er wurde gerade angewendet, als Mailroom beendet wurde: Erneutes Anwenden setzt dort fort, wo er unterbrochen wurde, ohne etwas doppelt zu senden.</translation>
    </message>
    <message>
        <source>Open it to review and apply it, or keep it for later.</source>
        <translation>Öffnen Sie ihn, um ihn zu prüfen und anzuwenden, oder heben Sie ihn für später auf.</translation>
    </message>
    <message>
        <source>Open Draft</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>%1
Mailroom has no pages for this account&apos;s provider.</source>
        <translation>%1
Mailroom hat keine Seiten für den Anbieter dieses Kontos.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Not Added to the Draft</source>
        <translation>Nicht zum Entwurf hinzugefügt</translation>
    </message>
    <message>
        <source>%1 was not added to the draft: the keychain cannot keep its password (%2), and a draft is applied later, perhaps after Mailroom restarts.</source>
        <translation>%1 wurde nicht zum Entwurf hinzugefügt: Der Schlüsselbund kann das Passwort nicht aufbewahren (%2), und ein Entwurf wird später angewendet, vielleicht nach einem Neustart von Mailroom.</translation>
    </message>
    <message>
        <source>Make the change with Draft Mode off, or draft a new mailbox with a generated password.</source>
        <translation>Nehmen Sie die Änderung mit ausgeschaltetem Entwurfsmodus vor, oder entwerfen Sie ein neues Postfach mit einem erzeugten Passwort.</translation>
    </message>
    <message>
        <source>%1 is no longer in the tree: its account was removed.</source>
        <translation>%1 ist nicht mehr im Baum: sein Konto wurde entfernt.</translation>
    </message>
    <message>
        <source>&amp;Search Everywhere…</source>
        <translation>Überall &amp;suchen…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Finds a mailbox, list, contact or domain by part of its name in every account</source>
        <translation>Findet ein Postfach, eine Liste, einen Kontakt oder eine Domain anhand eines Namensteils in allen Konten</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <source>Every action of the window by name: type part of it, Enter takes it</source>
        <translation>Jede Aktion des Fensters nach Namen: einen Teil eingeben, Eingabe führt sie aus</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>Now add the domains you administer (Ctrl+Shift+D).</source>
        <translation>Fügen Sie nun die Domains hinzu, die Sie verwalten (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation>Konto hinzugefügt.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>Signed in to %1: the account works.</source>
        <translation>Bei %1 angemeldet: Das Konto funktioniert.</translation>
    </message>
    <message>
        <source>%1 has nothing to sign in to yet: the first domain added is checked.</source>
        <translation>%1 bietet noch nichts zum Anmelden: Die erste hinzugefügte Domain wird geprüft.</translation>
    </message>
    <message>
        <source>%1 refused the stored user name and password. Edit the account to correct them.</source>
        <translation>%1 hat den gespeicherten Benutzernamen und das Passwort abgelehnt. Bearbeiten Sie das Konto, um sie zu korrigieren.</translation>
    </message>
    <message>
        <source>Nothing usable answered at %1. Check the network, or edit the account&apos;s base URL.</source>
        <translation>Unter %1 hat nichts Brauchbares geantwortet. Prüfen Sie das Netzwerk oder bearbeiten Sie die Basis-URL des Kontos.</translation>
    </message>
    <message>
        <source>The connection to %1 could not be tested.</source>
        <translation>Die Verbindung zu %1 konnte nicht getestet werden.</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Sign in to the provider with the stored password and say what failed, if anything</source>
        <translation>Mit dem gespeicherten Passwort beim Anbieter anmelden und sagen, was gegebenenfalls fehlschlug</translation>
    </message>
    <message>
        <source>Not tested: no usable password is stored for %1. Edit the account to enter it.</source>
        <translation>Nicht getestet: Für %1 ist kein brauchbares Passwort gespeichert. Bearbeiten Sie das Konto, um es einzugeben.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <source>Last &amp;Error…</source>
        <translation>Letzter &amp;Fehler…</translation>
    </message>
    <message>
        <source>The last error in full, as the status bar shows it cut</source>
        <translation>Der letzte Fehler vollständig, den die Statusleiste gekürzt zeigt</translation>
    </message>
    <message>
        <source>Last Error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Make &amp;Master</source>
        <translation>Zum &amp;Hauptkonto machen</translation>
    </message>
    <message>
        <source>Makes the selected mailboxes master accounts (one batch for several)</source>
        <translation>Macht die ausgewählten Postfächer zu Hauptkonten (ein Stapel für mehrere)</translation>
    </message>
    <message>
        <source>Make Not Mas&amp;ter</source>
        <translation>Kein Hauptkon&amp;to mehr</translation>
    </message>
    <message>
        <source>Makes the selected mailboxes ordinary accounts again (one batch for several)</source>
        <translation>Macht die ausgewählten Postfächer wieder zu gewöhnlichen Konten (ein Stapel für mehrere)</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>Mailroom Manual</source>
        <translation>Mailroom-Handbuch</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>The manual is missing from this build. It is the README&apos;s &quot;Using it&quot; section.</source>
        <translation>Das Handbuch fehlt in diesem Build. Es ist der Abschnitt „Using it“ der README.</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>Report Failed Migration</source>
        <translation>Fehlgeschlagene Migration melden</translation>
    </message>
    <message>
        <source>Hostway&apos;s support opens a ticket for the migration of %1@%2 that failed. Say what was migrated, from where, and what went wrong.</source>
        <translation>Der Hostway-Support eröffnet ein Ticket für die fehlgeschlagene Migration von %1@%2. Sagen Sie, was von wo migriert wurde und was schiefging.</translation>
    </message>
    <message>
        <source>For example: the mail of the old server imap.example.org stopped at 2 GB of 5.</source>
        <translation>Zum Beispiel: Die Mails des alten Servers imap.beispiel.org stoppten bei 2 von 5 GB.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Was geschah:</translation>
    </message>
    <message>
        <source>Add to Draft</source>
        <translation>Zum Entwurf hinzufügen</translation>
    </message>
    <message>
        <source>Send Report</source>
        <translation>Meldung senden</translation>
    </message>
</context>
<context>
    <name>NewMailboxDialog</name>
    <message>
        <source>&amp;Master account</source>
        <translation>&amp;Hauptkonto</translation>
    </message>
    <message>
        <source>New Mailbox on %1</source>
        <translation>Neues Postfach in %1</translation>
    </message>
    <message>
        <source>e.g. john.smith</source>
        <translation>z. B. max.mustermann</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Standard des Anbieters</translation>
    </message>
    <message>
        <source>A master account can administer the domain&apos;s other mailboxes.</source>
        <translation>Ein Hauptkonto kann die anderen Postfächer der Domain verwalten.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>&amp;Kontingent:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation>Der Anbieter meldet: %1</translation>
    </message>
    <message>
        <source>A mailbox with this name already exists.</source>
        <translation>Ein Postfach mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>Mailbox (IMAP, OpenXchange)</source>
        <translation>Postfach (IMAP, OpenXchange)</translation>
    </message>
    <message>
        <source>Exchange mailbox</source>
        <translation>Exchange-Postfach</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>A person (user)</source>
        <translation>Eine Person (Benutzer)</translation>
    </message>
    <message>
        <source>A room</source>
        <translation>Ein Raum</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Ein Gerät</translation>
    </message>
    <message>
        <source>Chosen once: Hostway never changes it afterwards.</source>
        <translation>Einmal gewählt: Hostway ändert es danach nie.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Postfach&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Anzei&amp;gename:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <source>New Exchange Mailbox on %1</source>
        <translation>Neues Exchange-Postfach auf %1</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Choose a domain.</source>
        <translation>Wählen Sie eine Domain aus.</translation>
    </message>
    <message>
        <source>A domain name has at most 253 characters.</source>
        <translation>Ein Domainname hat höchstens 253 Zeichen.</translation>
    </message>
    <message>
        <source>Enter the name of an existing mailbox.</source>
        <translation>Geben Sie den Namen eines vorhandenen Postfachs ein.</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be the text naming the operation, not %1.</source>
        <translation>„kind“ muss der Text sein, der die Operation benennt, nicht %1.</translation>
    </message>
    <message>
        <source>Unknown operation kind &quot;%1&quot;.</source>
        <translation>Unbekannte Operationsart „%1“.</translation>
    </message>
    <message>
        <source>This setting belongs to the domain, not to a mailbox.</source>
        <translation>Diese Einstellung gehört zur Domain, nicht zu einem Postfach.</translation>
    </message>
</context>
<context>
    <name>OperationSummary</name>
    <message numerus="yes">
        <source>%n mailbox(es)</source>
        <translation>
            <numerusform>%n Postfach</numerusform>
            <numerusform>%n Postfächer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n Alias</numerusform>
            <numerusform>%n Aliasse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distribution list(s)</source>
        <translation>
            <numerusform>%n Verteilerliste</numerusform>
            <numerusform>%n Verteilerlisten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n Domain</numerusform>
            <numerusform>%n Domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of email settings</source>
        <translation>
            <numerusform>%n Satz E-Mail-Einstellungen</numerusform>
            <numerusform>%n Sätze E-Mail-Einstellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n deletion(s)</source>
        <translation>
            <numerusform>%1, davon %n Löschung</numerusform>
            <numerusform>%1, davon %n Löschungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, betrifft %2</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <source>Cannot read the orders file %1: %2</source>
        <translation>Die Bestelldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the orders file %1: %2</source>
        <translation>Die Bestelldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The orders file %1 is damaged or of another version (%2): it is left as it is.</source>
        <translation>Die Bestelldatei %1 ist beschädigt oder von einer anderen Version (%2): Sie bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>The orders file %1 is busy: another Mailroom is writing it.</source>
        <translation>Die Bestelldatei %1 ist belegt: Ein anderes Mailroom schreibt sie.</translation>
    </message>
</context>
<context>
    <name>OrderExchangeDialog</name>
    <message>
        <source>Order Exchange Mailbox on %1</source>
        <translation>Exchange-Postfach auf %1 bestellen</translation>
    </message>
    <message>
        <source>e.g. john.smith</source>
        <translation>z. B. john.smith</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>B&amp;estellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Depar&amp;tment:</source>
        <translation>A&amp;bteilung:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>Pos&amp;ition:</translation>
    </message>
    <message>
        <source>&amp;Business phone:</source>
        <translation>Telefon &amp;geschäftlich:</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>&amp;Mobiltelefon:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>A mailbox with this name exists already, or is ordered.</source>
        <translation>Ein Postfach dieses Namens existiert bereits oder ist bestellt.</translation>
    </message>
    <message>
        <source>Hostway creates the mailbox when the order completes; the Exchange orders tab follows it. A paid product shows its price first and is bought only when you confirm.</source>
        <translation>Hostway legt das Postfach an, wenn die Bestellung abgeschlossen ist; der Reiter Exchange-Bestellungen verfolgt sie. Ein kostenpflichtiges Produkt zeigt zuerst seinen Preis und wird erst gekauft, wenn Sie bestätigen.</translation>
    </message>
    <message>
        <source>Hostway did not answer, so whether the order was placed is unknown: look for %1@%2 in the Exchange orders tab and at Hostway before ordering again.</source>
        <translation>Hostway hat nicht geantwortet, daher ist unbekannt, ob die Bestellung aufgegeben wurde: Suchen Sie %1@%2 im Reiter Exchange-Bestellungen und bei Hostway, bevor Sie erneut bestellen.</translation>
    </message>
</context>
<context>
    <name>OrderExchangeMailbox</name>
    <message>
        <source>Enter the display name of the mailbox&apos;s owner.</source>
        <translation>Geben Sie den Anzeigenamen des Postfachinhabers ein.</translation>
    </message>
    <message>
        <source>%1 is not a field of an Exchange order.</source>
        <translation>%1 ist kein Feld einer Exchange-Bestellung.</translation>
    </message>
    <message>
        <source>%1 is a whole number, 0 or more.</source>
        <translation>%1 ist eine ganze Zahl, 0 oder mehr.</translation>
    </message>
    <message>
        <source>%1 is text.</source>
        <translation>%1 ist Text.</translation>
    </message>
    <message>
        <source>Enter a password, or let Mailroom generate one.</source>
        <translation>Geben Sie ein Passwort ein oder lassen Sie Mailroom eines erzeugen.</translation>
    </message>
    <message>
        <source>Order the Exchange mailbox %1@%2 (%3); Hostway creates it when the order completes</source>
        <translation>Das Exchange-Postfach %1@%2 (%3) bestellen; Hostway legt es an, wenn die Bestellung abgeschlossen ist</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Quote of %1: waiting for your confirmation</source>
        <translation>Angebot über %1: wartet auf Ihre Bestätigung</translation>
    </message>
    <message>
        <source>Completed: the mailbox exists</source>
        <translation>Abgeschlossen: Das Postfach existiert</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Placed, not started yet</source>
        <translation>Aufgegeben, noch nicht begonnen</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Noch nicht gelesen</translation>
    </message>
    <message>
        <source>Needs attention: Hostway says “%1”</source>
        <translation>Braucht Aufmerksamkeit: Hostway meldet „%1“</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Zuletzt gelesen</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: not completed after %n minute(s), ask Hostway</source>
        <translation>
            <numerusform>Braucht Aufmerksamkeit: nach %n Minute nicht abgeschlossen, fragen Sie bei Hostway nach</numerusform>
            <numerusform>Braucht Aufmerksamkeit: nach %n Minuten nicht abgeschlossen, fragen Sie bei Hostway nach</numerusform>
        </translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Order %1, placed %2</source>
        <translation>Bestellung %1, aufgegeben am %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <source>Signed in as this mailbox&apos;s owner: change its secret questions, reset its password with their answers, and choose its webmail plan. Other mailboxes and the domain&apos;s settings need the account administrator&apos;s sign-in.</source>
        <translation>Als Inhaber dieses Postfachs angemeldet: Sicherheitsfragen ändern, das Passwort mit ihren Antworten zurücksetzen und den Webmail-Tarif wählen. Andere Postfächer und die Einstellungen der Domain erfordern die Anmeldung des Kontoadministrators.</translation>
    </message>
</context>
<context>
    <name>PasswordEditor</name>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>Generate a strong password that meets every rule</source>
        <translation>Ein starkes Passwort generieren, das alle Regeln erfüllt</translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation>Der Anbieter meldet: %1</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the password, to pass it on to the mailbox&apos;s owner</source>
        <translation>Das Passwort kopieren, um es an den Inhaber des Postfachs weiterzugeben</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Hostway Email API</source>
        <translation>Hostway-E-Mail-API</translation>
    </message>
    <message>
        <source>ICE EmailAdmin</source>
        <translation>ICE EmailAdmin</translation>
    </message>
    <message>
        <source>Ikoula Exchange</source>
        <translation>Ikoula Exchange</translation>
    </message>
    <message>
        <source>Webitel email settings</source>
        <translation>Webitel-E-Mail-Einstellungen</translation>
    </message>
    <message>
        <source>Add &amp;Domain…</source>
        <translation>&amp;Domain hinzufügen…</translation>
    </message>
    <message>
        <source>Email Settings</source>
        <translation>E-Mail-Einstellungen</translation>
    </message>
    <message>
        <source>Account &amp;id:</source>
        <translation>Konto-&amp;ID:</translation>
    </message>
    <message>
        <source>the {account} of /accounts/{account}/...</source>
        <translation>das {account} in /accounts/{account}/...</translation>
    </message>
    <message>
        <source>Skill %1</source>
        <translation>Skill %1</translation>
    </message>
    <message>
        <source>Add &amp;Skill…</source>
        <translation>&amp;Skill hinzufügen…</translation>
    </message>
    <message>
        <source>Email Server</source>
        <translation>E-Mail-Server</translation>
    </message>
    <message>
        <source>&amp;Organisation id:</source>
        <translation>&amp;Organisations-ID:</translation>
    </message>
    <message>
        <source>e.g. 59</source>
        <translation>z. B. 59</translation>
    </message>
    <message>
        <source>%1: account %2 at %3, as %4</source>
        <translation>%1: Konto %2 bei %3, als %4</translation>
    </message>
    <message>
        <source>%1: organisation %2 at %3, as %4</source>
        <translation>%1: Organisation %2 bei %3, als %4</translation>
    </message>
    <message>
        <source>As in ICE&apos;s example (OrgId, Pop3UserName)</source>
        <translation>Wie im Beispiel von ICE (OrgId, Pop3UserName)</translation>
    </message>
    <message>
        <source>As in ICE&apos;s table (OrganizationId, Pop3Username)</source>
        <translation>Wie in der Tabelle von ICE (OrganizationId, Pop3Username)</translation>
    </message>
    <message>
        <source>ICE documents two spellings of three fields; keep the example&apos;s unless your ICE server refuses it.</source>
        <translation>ICE dokumentiert für drei Felder je zwei Schreibweisen; behalten Sie die des Beispiels bei, sofern Ihr ICE-Server sie nicht ablehnt.</translation>
    </message>
    <message>
        <source>Account administrator</source>
        <translation>Kontoadministrator</translation>
    </message>
    <message>
        <source>Mailbox owner</source>
        <translation>Inhaber eines Postfachs</translation>
    </message>
    <message>
        <source>name@domain: the mailbox&apos;s own address</source>
        <translation>name@domain: die Adresse des Postfachs</translation>
    </message>
    <message>
        <source>Exchange mailbox owner</source>
        <translation>Inhaber eines Exchange-Postfachs</translation>
    </message>
    <message>
        <source>e.g. admin@partner-realm</source>
        <translation>z. B. admin@partner-realm</translation>
    </message>
</context>
<context>
    <name>ProviderView</name>
    <message>
        <source>The rows could not be added to the draft.</source>
        <translation>Die Zeilen konnten nicht zum Entwurf hinzugefügt werden.</translation>
    </message>
</context>
<context>
    <name>QuotaDialog</name>
    <message>
        <source>Change Quota of %1@%2</source>
        <translation>Kontingent von %1@%2 ändern</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Set Quota</source>
        <translation>Kontingent &amp;festlegen</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>&amp;Kontingent:</translation>
    </message>
    <message>
        <source>New quota of &lt;b&gt;%1@%2&lt;/b&gt;:</source>
        <translation>Neues Kontingent für &lt;b&gt;%1@%2&lt;/b&gt;:</translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message numerus="yes">
        <source> [... %n more character(s)]</source>
        <translation>
            <numerusform> [... %n weiteres Zeichen]</numerusform>
            <numerusform> [... %n weitere Zeichen]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveBlackWhite</name>
    <message>
        <source>Choose the address to take off the list.</source>
        <translation>Wählen Sie die Adresse, die von der Liste soll.</translation>
    </message>
    <message>
        <source>For %1: take %2 off the allowed and blocked senders</source>
        <translation>Für %1: %2 von den erlaubten und gesperrten Absendern nehmen</translation>
    </message>
    <message>
        <source>%1: %2 → not listed</source>
        <translation>%1: %2 → nicht gelistet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 was listed or unlisted for %2 since the draft was made.</source>
        <translation>%1 wurde für %2 gelistet oder entfernt, seit der Entwurf erstellt wurde.</translation>
    </message>
</context>
<context>
    <name>RemoveForward</name>
    <message>
        <source>Choose the forwarding target to remove.</source>
        <translation>Wählen Sie das zu entfernende Weiterleitungsziel.</translation>
    </message>
    <message>
        <source>Stop forwarding %1 to %2</source>
        <translation>%1 nicht mehr an %2 weiterleiten</translation>
    </message>
    <message>
        <source>forwarding to %1: removed</source>
        <translation>Weiterleitung an %1: entfernt</translation>
    </message>
</context>
<context>
    <name>ReportMigration</name>
    <message>
        <source>Give the report a one-line subject.</source>
        <translation>Geben Sie der Meldung einen einzeiligen Betreff.</translation>
    </message>
    <message>
        <source>Say what went wrong: Hostway&apos;s support reads this.</source>
        <translation>Sagen Sie, was schiefging: der Hostway-Support liest das.</translation>
    </message>
    <message>
        <source>Report the failed migration of %1@%2 to Hostway&apos;s support (“%3”)</source>
        <translation>Die fehlgeschlagene Migration von %1@%2 dem Hostway-Support melden („%3“)</translation>
    </message>
    <message>
        <source>Failed migration of %1@%2</source>
        <translation>Fehlgeschlagene Migration von %1@%2</translation>
    </message>
</context>
<context>
    <name>ResetByAnswersDialog</name>
    <message>
        <source>&amp;Reset Password</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Answer to: %1</source>
        <translation>Antwort auf: %1</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>Reset Password by Secret Answers</source>
        <translation>Passwort per Geheimantworten zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the password of %1@%2. Type the answers the mailbox&apos;s owner gives; one right answer is enough. Answers are never saved.</source>
        <translation>Passwort von %1@%2 zurücksetzen. Geben Sie die Antworten des Postfachinhabers ein; eine richtige Antwort genügt. Antworten werden nie gespeichert.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordByAnswers</name>
    <message>
        <source>Enter a new password, or let Mailroom generate one.</source>
        <translation>Geben Sie ein neues Passwort ein oder lassen Sie Mailroom eines erzeugen.</translation>
    </message>
    <message>
        <source>Should start with a letter</source>
        <translation>Muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <source>Reset the password of %1 by its secret answers, to a generated one</source>
        <translation>Passwort von %1 per Geheimantworten auf ein erzeugtes zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the password of %1 by its secret answers</source>
        <translation>Passwort von %1 per Geheimantworten zurücksetzen</translation>
    </message>
    <message>
        <source>An answer does not match the one on file: check each answer with the mailbox&apos;s owner, or set new answers in the Security tab first.</source>
        <translation>Eine Antwort stimmt nicht mit der hinterlegten überein: Prüfen Sie jede Antwort mit dem Postfachinhaber oder legen Sie zuerst im Reiter Sicherheit neue Antworten fest.</translation>
    </message>
    <message>
        <source>Hostway knows no such mailbox of that kind: check the name, and whether it is an Exchange mailbox.</source>
        <translation>Hostway kennt kein solches Postfach dieser Art: Prüfen Sie den Namen und ob es ein Exchange-Postfach ist.</translation>
    </message>
</context>
<context>
    <name>SearchEverywhere</name>
    <message>
        <source>Not searched: Mailroom has no password for this account yet. Select the account to sign in.</source>
        <translation>Nicht durchsucht: Mailroom hat noch kein Passwort für dieses Konto. Wählen Sie das Konto aus, um sich anzumelden.</translation>
    </message>
</context>
<context>
    <name>SearchEverywhereBox</name>
    <message>
        <source>Search everywhere</source>
        <translation>Überall suchen</translation>
    </message>
    <message>
        <source>Finds mailboxes, lists, contacts and domains in every account. Up and Down choose, Enter opens, Esc cancels.</source>
        <translation>Findet Postfächer, Listen, Kontakte und Domains in allen Konten. Auf und Ab wählen, Eingabe öffnet, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Search everywhere (Ctrl+K)</source>
        <translation>Überall suchen (Ctrl+K)</translation>
    </message>
    <message>
        <source>Accounts searched</source>
        <translation>Durchsuchte Konten</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>Type at least %n character(s) of a name, an address or a domain.</source>
        <translation>
            <numerusform>Geben Sie mindestens %n Zeichen eines Namens, einer Adresse oder einer Domain ein.</numerusform>
            <numerusform>Geben Sie mindestens %n Zeichen eines Namens, einer Adresse oder einer Domain ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching “%1”: %2 of %n account(s) answered… (Esc cancels)</source>
        <translation>
            <numerusform>Suche nach „%1“: %2 von %n Konto hat geantwortet… (Esc bricht ab)</numerusform>
            <numerusform>Suche nach „%1“: %2 von %n Konten haben geantwortet… (Esc bricht ab)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search cancelled: %n found so far.</source>
        <translation>
            <numerusform>Suche abgebrochen: bisher %n gefunden.</numerusform>
            <numerusform>Suche abgebrochen: bisher %n gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try part of the name, or @ and part of the domain.</source>
        <translation>Nichts gefunden für „%1“. Versuchen Sie einen Teil des Namens oder @ und einen Teil der Domain.</translation>
    </message>
    <message numerus="yes">
        <source>%n found. Up and Down choose, Enter opens.</source>
        <translation>
            <numerusform>%n gefunden. Auf und Ab wählen, Eingabe öffnet.</numerusform>
            <numerusform>%n gefunden. Auf und Ab wählen, Eingabe öffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type part of a name, an address or a domain: every account is searched.</source>
        <translation>Geben Sie einen Teil eines Namens, einer Adresse oder einer Domain ein: alle Konten werden durchsucht.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Recently opened. Type to search every account.</source>
        <translation>Zuletzt geöffnet. Tippen Sie, um alle Konten zu durchsuchen.</translation>
    </message>
    <message>
        <source>Removed account</source>
        <translation>Entferntes Konto</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Verteilerliste</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Sh&amp;ow answers</source>
        <translation>Antworten an&amp;zeigen</translation>
    </message>
    <message>
        <source>Save Answers</source>
        <translation>Antworten speichern</translation>
    </message>
    <message>
        <source>&amp;Reset Password by Answers…</source>
        <translation>Mit Antworten zurück&amp;setzen…</translation>
    </message>
    <message>
        <source>Send the answers to Hostway, or add them to the draft (Ctrl+S); they replace every answer on file</source>
        <translation>Antworten an Hostway senden oder zum Entwurf hinzufügen (Strg+S); sie ersetzen alle hinterlegten Antworten</translation>
    </message>
    <message>
        <source>Set a new password with the answers the mailbox&apos;s owner gives</source>
        <translation>Ein neues Passwort mit den Antworten des Postfachinhabers setzen</translation>
    </message>
    <message>
        <source>New answers (saving replaces every answer on file):</source>
        <translation>Neue Antworten (Speichern ersetzt alle hinterlegten Antworten):</translation>
    </message>
    <message>
        <source>The secret questions could not be read: %1</source>
        <translation>Die Geheimfragen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The secret questions of %1@%2 could not be read: %3</source>
        <translation>Die Geheimfragen von %1@%2 konnten nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>New answer to: %1</source>
        <translation>Neue Antwort auf: %1</translation>
    </message>
    <message>
        <source>answered; type to replace</source>
        <translation>beantwortet; zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>%1@%2 answered %n question(s); Hostway asks for at least %3.</source>
        <translation>
            <numerusform>%1@%2 hat %n Frage beantwortet; Hostway verlangt mindestens %3.</numerusform>
            <numerusform>%1@%2 hat %n Fragen beantwortet; Hostway verlangt mindestens %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hostway offers no secret questions to this account.</source>
        <translation>Hostway bietet diesem Konto keine Geheimfragen an.</translation>
    </message>
    <message>
        <source>The mailbox has no secret answers on file: save some first</source>
        <translation>Für das Postfach sind keine Geheimantworten hinterlegt: Speichern Sie zuerst welche</translation>
    </message>
    <message>
        <source>Added to the draft: the answers are set when the draft is applied.</source>
        <translation>Zum Entwurf hinzugefügt: Die Antworten werden beim Anwenden des Entwurfs gesetzt.</translation>
    </message>
    <message>
        <source>Added to the draft: the password is reset when the draft is applied.</source>
        <translation>Zum Entwurf hinzugefügt: Das Passwort wird beim Anwenden des Entwurfs zurückgesetzt.</translation>
    </message>
    <message>
        <source>The password of %1@%2 was reset.</source>
        <translation>Das Passwort von %1@%2 wurde zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>SendersTab</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Filter senders</source>
        <translation>Absender filtern</translation>
    </message>
    <message>
        <source>Filter (* is a wildcard)</source>
        <translation>Filter (* ist ein Platzhalter)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Blocked and allowed senders</source>
        <translation>Gesperrte und erlaubte Absender</translation>
    </message>
    <message>
        <source>Senders to add</source>
        <translation>Hinzuzufügende Absender</translation>
    </message>
    <message>
        <source>spam@example.com, @example.org</source>
        <translation>spam@beispiel.de, @beispiel.org</translation>
    </message>
    <message>
        <source>List to add them to</source>
        <translation>Liste, in die sie kommen</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Block or allow these senders (Return)</source>
        <translation>Diese Absender sperren oder erlauben (Eingabe)</translation>
    </message>
    <message>
        <source>A&amp;dd senders:</source>
        <translation>Absender hin&amp;zufügen:</translation>
    </message>
    <message>
        <source>The senders could not be read: %1</source>
        <translation>Die Absender konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Added to the draft: %1.</source>
        <translation>Zum Entwurf hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Hostway sorts the senders by address only; filter by list instead.</source>
        <translation>Hostway sortiert die Absender nur nach Adresse; filtern Sie stattdessen nach Liste.</translation>
    </message>
    <message>
        <source>%1 blocks and allows no sender beyond the spam filter.</source>
        <translation>%1 sperrt und erlaubt keine Absender außer über den Spamfilter.</translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s) listed for %1.</source>
        <translation>
            <numerusform>%n Absender für %1 gelistet.</numerusform>
            <numerusform>%n Absender für %1 gelistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is blocked now: Add moves it to the allowed senders.</source>
        <translation>%1 ist gesperrt: Hinzufügen verschiebt es zu den erlaubten Absendern.</translation>
    </message>
    <message>
        <source>%1 is allowed now: Add moves it to the blocked senders.</source>
        <translation>%1 ist erlaubt: Hinzufügen verschiebt es zu den gesperrten Absendern.</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Remove from Allowed</source>
        <translation>Aus Erlaubten entfernen</translation>
    </message>
    <message>
        <source>%1 is blocked. Return unblocks it.</source>
        <translation>%1 ist blockiert. Eingabe gibt die Adresse frei.</translation>
    </message>
    <message>
        <source>%1 is allowed. Return takes it off the allowed senders.</source>
        <translation>%1 ist erlaubt. Eingabe entfernt die Adresse aus den erlaubten Absendern.</translation>
    </message>
    <message>
        <source>Take the selected senders off their lists (Del)</source>
        <translation>Die gewählten Absender von ihren Listen nehmen (Entf)</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Sender(s)</source>
        <translation>
            <numerusform>%n Absender entfernen</numerusform>
            <numerusform>%n Absender entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Senders</source>
        <translation>Absender entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Take %n sender(s) off the lists of %1?</source>
        <translation>
            <numerusform>%n Absender von den Listen von %1 nehmen?</numerusform>
            <numerusform>%n Absender von den Listen von %1 nehmen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail from a blocked sender is delivered again; an allowed one goes through the spam filter again.</source>
        <translation>E-Mail eines blockierten Absenders wird wieder zugestellt; die eines erlaubten durchläuft wieder den Spamfilter.</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>No keychain service is available, so Mailroom cannot remember this password: it will ask for it once per session and store it nowhere.</source>
        <translation>Es ist kein Schlüsselbunddienst verfügbar, daher kann sich Mailroom dieses Passwort nicht merken: Mailroom fragt einmal pro Sitzung danach und speichert es nirgends.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused: Mailroom will keep the password for this session only.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert: Mailroom behält das Passwort nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain failed (%1): Mailroom will keep the password for this session only.</source>
        <translation>Fehler im Schlüsselbund (%1): Mailroom behält das Passwort nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>No keychain service is available: the password is kept for this session only.</source>
        <translation>Kein Schlüsselbunddienst verfügbar: Das Passwort wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain (%1); it is kept for this session only.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden (%1); es wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The provider refused the password kept for this account: enter it again.</source>
        <translation>Der Anbieter hat das für dieses Konto aufbewahrte Passwort abgelehnt: Geben Sie es erneut ein.</translation>
    </message>
</context>
<context>
    <name>SetAutoresponder</name>
    <message>
        <source>Write the reply&apos;s text.</source>
        <translation>Schreiben Sie den Text der Antwort.</translation>
    </message>
    <message>
        <source>Keep the reply&apos;s text: Hostway needs it even to turn the autoresponder off.</source>
        <translation>Behalten Sie den Text der Antwort: Hostway braucht ihn auch zum Ausschalten.</translation>
    </message>
    <message>
        <source>The reply&apos;s text has at most %1 characters.</source>
        <translation>Der Text der Antwort hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The subject is one line of at most %1 characters.</source>
        <translation>Der Betreff ist eine Zeile mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Turn off the autoresponder of %1</source>
        <translation>Automatische Antwort von %1 ausschalten</translation>
    </message>
    <message>
        <source>Turn on the autoresponder of %1</source>
        <translation>Automatische Antwort von %1 einschalten</translation>
    </message>
    <message>
        <source>Turn on the autoresponder of %1 (“%2”)</source>
        <translation>Automatische Antwort von %1 einschalten („%2“)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>autoresponder: %1 → %2</source>
        <translation>automatische Antwort: %1 → %2</translation>
    </message>
    <message>
        <source>subject: “%1”</source>
        <translation>Betreff: „%1“</translation>
    </message>
    <message>
        <source>text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>SetDomainWebmailUpgrade</name>
    <message>
        <source>Allow the webmail accounts of %1 to upgrade their plan</source>
        <translation>Den Webmail-Konten von %1 das Höherstufen des Tarifs erlauben</translation>
    </message>
    <message>
        <source>Forbid the webmail accounts of %1 to upgrade their plan</source>
        <translation>Den Webmail-Konten von %1 das Höherstufen des Tarifs verbieten</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>plan upgrades: %1 → %2</source>
        <translation>Höherstufen: %1 → %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Upgrades are disabled for the product %1 is on and cannot be turned on here: ask Hostway.</source>
        <translation>Höherstufungen sind für das Produkt von %1 gesperrt und lassen sich hier nicht einschalten: Fragen Sie Hostway.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>SetForwards</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Enter at least one address to forward to.</source>
        <translation>Geben Sie mindestens eine Weiterleitungsadresse ein.</translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation>%1 steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>Forward %1 to %2</source>
        <translation>%1 an %2 weiterleiten</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>forwarding: %1 → %2</source>
        <translation>Weiterleitung: %1 → %2</translation>
    </message>
    <message>
        <source>%1 is this mailbox under another name of %2 (a domain alias): mail forwarded there would come straight back. Forward to another mailbox.</source>
        <translation>%1 ist dieses Postfach unter einem anderen Namen von %2 (ein Domain-Alias): dorthin weitergeleitete Mails kämen sofort zurück. Leiten Sie an ein anderes Postfach weiter.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2. Create that mailbox first, or check the spelling.</source>
        <translation>%1 existiert in %2 nicht. Legen Sie das Postfach zuerst an oder prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>%1 is this mailbox: a mailbox cannot forward to itself.</source>
        <translation>%1 ist dieses Postfach: ein Postfach kann nicht an sich selbst weiterleiten.</translation>
    </message>
    <message>
        <source>must hold addresses as text, not %1</source>
        <translation>muss Adressen als Text enthalten, nicht %1</translation>
    </message>
</context>
<context>
    <name>SetInfoStoreQuota</name>
    <message>
        <source>The InfoStore quota is 0 MB or more.</source>
        <translation>Das InfoStore-Kontingent ist 0 MB oder mehr.</translation>
    </message>
    <message>
        <source>Set the InfoStore quota of %1 to %2 MB</source>
        <translation>Das InfoStore-Kontingent von %1 auf %2 MB setzen</translation>
    </message>
    <message>
        <source>InfoStore quota: %1 → %2 MB</source>
        <translation>InfoStore-Kontingent: %1 → %2 MB</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1&apos;s InfoStore holds more than %2 MB: choose a quota of at least what it uses.</source>
        <translation>Der InfoStore von %1 belegt mehr als %2 MB: Wählen Sie ein Kontingent von mindestens seiner Belegung.</translation>
    </message>
</context>
<context>
    <name>SetSecretAnswers</name>
    <message>
        <source>Answer at least one secret question.</source>
        <translation>Beantworten Sie mindestens eine Geheimfrage.</translation>
    </message>
    <message>
        <source>A secret question has no text key.</source>
        <translation>Eine Geheimfrage hat keinen Textschlüssel.</translation>
    </message>
    <message>
        <source>The answer to %1 needs at least %2 characters.</source>
        <translation>Die Antwort auf %1 braucht mindestens %2 Zeichen.</translation>
    </message>
    <message>
        <source>The answer to %1 has at most %2 characters.</source>
        <translation>Die Antwort auf %1 hat höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>holds something that is not a question&apos;s key</source>
        <translation>enthält etwas, das kein Fragenschlüssel ist</translation>
    </message>
    <message numerus="yes">
        <source>Hostway asks for answers to at least %n question(s).</source>
        <translation>
            <numerusform>Hostway verlangt Antworten auf mindestens %n Frage.</numerusform>
            <numerusform>Hostway verlangt Antworten auf mindestens %n Fragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n secret question answer(s) of %1</source>
        <translation>
            <numerusform>%n Geheimantwort von %1 setzen</numerusform>
            <numerusform>%n Geheimantworten von %1 setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>secret questions: %1 → %2 (%3)</source>
        <translation>Geheimfragen: %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>The secret questions of %1 changed since the draft was made.</source>
        <translation>Die Geheimfragen von %1 haben sich seit dem Erstellen des Entwurfs geändert.</translation>
    </message>
    <message>
        <source>This Hostway account may not set secret questions: ask Hostway for the permission, or let the mailbox&apos;s owner set them.</source>
        <translation>Dieses Hostway-Konto darf keine Geheimfragen setzen: Bitten Sie Hostway um die Berechtigung oder lassen Sie den Postfachinhaber sie setzen.</translation>
    </message>
    <message>
        <source>Hostway asks for answers to at least %1 questions: answer more of them.</source>
        <translation>Hostway verlangt Antworten auf mindestens %1 Fragen: Beantworten Sie weitere.</translation>
    </message>
</context>
<context>
    <name>SetSpamFilter</name>
    <message>
        <source>Change at least one setting of the spam filter.</source>
        <translation>Ändern Sie mindestens eine Einstellung des Spamfilters.</translation>
    </message>
    <message>
        <source>Each spam filter setting needs a name and a value.</source>
        <translation>Jede Spamfilter-Einstellung braucht einen Namen und einen Wert.</translation>
    </message>
    <message>
        <source>%1 is changed twice.</source>
        <translation>%1 wird zweimal geändert.</translation>
    </message>
    <message>
        <source>Set the spam filter of %1 (%2)</source>
        <translation>Spamfilter von %1 einstellen (%2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The spam filter&apos;s %1 of %2 changed since the draft was made.</source>
        <translation>Die Spamfilter-Einstellung „%1“ von %2 hat sich geändert, seit der Entwurf erstellt wurde.</translation>
    </message>
    <message>
        <source>must hold {&quot;name&quot;, &quot;value&quot;} objects, not %1</source>
        <translation>muss {&quot;name&quot;, &quot;value&quot;}-Objekte enthalten, nicht %1</translation>
    </message>
</context>
<context>
    <name>SetWebmail</name>
    <message>
        <source>%1 is not a webmail setting Hostway takes here.</source>
        <translation>%1 ist keine Webmail-Einstellung, die Hostway hier annimmt.</translation>
    </message>
    <message>
        <source>Choose a webmail plan.</source>
        <translation>Wählen Sie einen Webmail-Tarif.</translation>
    </message>
    <message>
        <source>The language is a locale such as en_US or fr_FR.</source>
        <translation>Die Sprache ist ein Gebietsschema wie en_US oder de_DE.</translation>
    </message>
    <message>
        <source>This mailbox has a webmail account already: change it instead.</source>
        <translation>Dieses Postfach hat bereits ein Webmail-Konto: ändern Sie es stattdessen.</translation>
    </message>
    <message>
        <source>Every mailbox this plan allows in the domain is taken: choose another plan, or move another mailbox off this one first.</source>
        <translation>Alle Postfächer, die dieser Tarif in der Domain erlaubt, sind vergeben: wählen Sie einen anderen Tarif oder stellen Sie zuerst ein anderes Postfach um.</translation>
    </message>
    <message>
        <source>This account may not be upgraded: allow upgrades for it first, or keep its plan.</source>
        <translation>Dieses Konto darf nicht aufgestuft werden: erlauben Sie zuerst Aufstufungen oder behalten Sie den Tarif.</translation>
    </message>
    <message>
        <source>The account is on a higher plan: move it back to standard before changing whether it may upgrade.</source>
        <translation>Das Konto hat einen höheren Tarif: stufen Sie es zuerst auf Standard zurück.</translation>
    </message>
    <message>
        <source>A plan above standard needs upgrades allowed: allow them, or choose standard.</source>
        <translation>Ein Tarif über Standard braucht erlaubte Aufstufungen: erlauben Sie sie oder wählen Sie Standard.</translation>
    </message>
    <message>
        <source>The mailbox holds more mail than that plan allows: delete mail first, or keep a larger plan.</source>
        <translation>Das Postfach enthält mehr Mails, als dieser Tarif erlaubt: löschen Sie zuerst Mails oder behalten Sie einen größeren Tarif.</translation>
    </message>
    <message>
        <source>Hostway offers no such plan in this domain: choose one of its plans.</source>
        <translation>Hostway bietet diesen Tarif in der Domain nicht an: wählen Sie einen seiner Tarife.</translation>
    </message>
    <message>
        <source>Change at least one webmail setting.</source>
        <translation>Ändern Sie mindestens eine Webmail-Einstellung.</translation>
    </message>
    <message>
        <source>Change the webmail of %1: %2</source>
        <translation>Webmail von %1 ändern: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>The webmail&apos;s %1 of %2 changed since the draft was made.</source>
        <translation>Die Webmail-Einstellung „%1“ von %2 hat sich geändert, seit der Entwurf erstellt wurde.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SimpleTableModel</name>
    <message>
        <source>In the draft: %1</source>
        <translation>Im Entwurf: %1</translation>
    </message>
</context>
<context>
    <name>SizeFormat</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>SpamFilterTab</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Send the changed settings to Hostway, or add them to the draft (Ctrl+S)</source>
        <translation>Die geänderten Einstellungen an Hostway senden oder zum Entwurf hinzufügen (Strg+S)</translation>
    </message>
    <message>
        <source>The spam filter could not be read: %1</source>
        <translation>Der Spamfilter konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Hostway lists no choices for %1: it is shown, not changed.</source>
        <translation>Hostway nennt für %1 keine Auswahl: es wird angezeigt, nicht geändert.</translation>
    </message>
    <message>
        <source>Added to the draft: the spam filter changes when the draft is applied.</source>
        <translation>Zum Entwurf hinzugefügt: der Spamfilter ändert sich, wenn der Entwurf angewendet wird.</translation>
    </message>
    <message>
        <source>CleanMailPlus spam filter of %1, as Hostway describes it:</source>
        <translation>CleanMailPlus-Spamfilter von %1, wie Hostway ihn beschreibt:</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>der Text „%1“</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a text, not %1</source>
        <translation>muss ein Text sein, nicht %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer der Werte %1 sein</translation>
    </message>
    <message>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation>muss einer der Werte %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>must be from %1 to %2, not %3</source>
        <translation>muss zwischen %1 und %2 liegen, nicht %3</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
</context>
<context>
    <name>SubmitOrder</name>
    <message>
        <source>Choose the order to buy.</source>
        <translation>Wählen Sie die Bestellung, die gekauft werden soll.</translation>
    </message>
    <message>
        <source>The order&apos;s OwnerId is missing: only the computer that placed it can buy it.</source>
        <translation>Die OwnerId der Bestellung fehlt: Nur der Computer, der sie aufgegeben hat, kann sie kaufen.</translation>
    </message>
    <message>
        <source>Buy the Exchange mailbox %1@%2 for %3 (order %4)</source>
        <translation>Das Exchange-Postfach %1@%2 für %3 kaufen (Bestellung %4)</translation>
    </message>
    <message>
        <source>the quoted price</source>
        <translation>den genannten Preis</translation>
    </message>
</context>
<context>
    <name>UiStyle</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateContact</name>
    <message>
        <source>Change at least one field of the contact.</source>
        <translation>Ändern Sie mindestens ein Feld des Kontakts.</translation>
    </message>
    <message>
        <source>Change %1 of the contact %2 of %3</source>
        <translation>%1 des Kontakts %2 von %3 ändern</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>UpdateExchange</name>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Whether it is a user, a room or equipment is chosen at creation: Hostway refuses to change it.</source>
        <translation>Ob Benutzer, Raum oder Gerät, wird bei der Anlage gewählt: Hostway lehnt eine Änderung ab.</translation>
    </message>
    <message>
        <source>An Exchange mailbox keeps a display name.</source>
        <translation>Ein Exchange-Postfach behält einen Anzeigenamen.</translation>
    </message>
    <message>
        <source>a new password at the next logon</source>
        <translation>ein neues Passwort bei der nächsten Anmeldung</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>neues Passwort</translation>
    </message>
    <message>
        <source>Change Exchange mailbox %1: %2</source>
        <translation>Exchange-Postfach %1 ändern: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>a new password is asked at the next logon</source>
        <translation>bei der nächsten Anmeldung wird ein neues Passwort verlangt</translation>
    </message>
    <message>
        <source>password: (kept in the keychain) → new</source>
        <translation>Passwort: (im Schlüsselbund) → neu</translation>
    </message>
    <message>
        <source>The domain of %1 is disabled: Hostway changes none of its Exchange mailboxes until it is enabled again.</source>
        <translation>Die Domain von %1 ist deaktiviert: Hostway ändert keines ihrer Exchange-Postfächer, bis sie wieder aktiviert ist.</translation>
    </message>
</context>
<context>
    <name>UpdateMailbox</name>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>The quota must be greater than 0 MB.</source>
        <translation>Das Kontingent muss größer als 0 MB sein.</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <source>quota to %1 MB</source>
        <translation>Kontingent auf %1 MB</translation>
    </message>
    <message>
        <source>make master</source>
        <translation>zum Hauptkonto machen</translation>
    </message>
    <message>
        <source>make not master</source>
        <translation>nicht mehr Hauptkonto</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>neues Passwort</translation>
    </message>
    <message>
        <source>Change mailbox %1: %2</source>
        <translation>Postfach %1 ändern: %2</translation>
    </message>
    <message>
        <source>quota: %1 → %2 MB</source>
        <translation>Kontingent: %1 → %2 MB</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>master: %1 → %2</source>
        <translation>Hauptkonto: %1 → %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>password: (kept in the keychain) → new</source>
        <translation>Passwort: (im Schlüsselbund gespeichert) → neu</translation>
    </message>
    <message>
        <source>The new name is the mailbox&apos;s name already.</source>
        <translation>Der neue Name ist bereits der Name des Postfachs.</translation>
    </message>
    <message>
        <source>A plan is one word such as standard or premium.</source>
        <translation>Ein Tarif ist ein Wort wie standard oder premium.</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <source>rename to %1</source>
        <translation>umbenennen in %1</translation>
    </message>
    <message>
        <source>plan: → %1</source>
        <translation>Tarif: → %1</translation>
    </message>
    <message>
        <source>name: %1 → %2</source>
        <translation>Name: %1 → %2</translation>
    </message>
    <message>
        <source>Mail sent to %1 after the rename is not delivered: Hostway keeps no alias for the old name. Tell its correspondents the new address, %2.</source>
        <translation>An %1 gesendete Post wird nach dem Umbenennen nicht zugestellt: Hostway behält keinen Alias für den alten Namen. Teilen Sie den Korrespondenten die neue Adresse %2 mit.</translation>
    </message>
    <message>
        <source>new generated password</source>
        <translation>neues generiertes Passwort</translation>
    </message>
    <message>
        <source>password: → generated at apply, shown once</source>
        <translation>Passwort: → beim Anwenden generiert, einmal angezeigt</translation>
    </message>
</context>
<context>
    <name>Webitel</name>
    <message>
        <source>Enter the SMTP server&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des SMTP-Servers ein.</translation>
    </message>
    <message>
        <source>The port must be from 1 to 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The sender must be an email address.</source>
        <translation>Der Absender muss eine E-Mail-Adresse sein.</translation>
    </message>
</context>
<context>
    <name>WebitelOperation</name>
    <message>
        <source>Choose a domain.</source>
        <translation>Wählen Sie eine Domain aus.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 ist zu lang: höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>Enter the address the test email goes to.</source>
        <translation>Geben Sie die Adresse ein, an die die Test-E-Mail gehen soll.</translation>
    </message>
    <message>
        <source>Create the SMTP settings of %1 (%2, from %3)</source>
        <translation>SMTP-Einstellungen von %1 erstellen (%2, Absender %3)</translation>
    </message>
    <message>
        <source>Update the SMTP settings of %1 (%2, from %3), keeping the SMTP password</source>
        <translation>SMTP-Einstellungen von %1 aktualisieren (%2, Absender %3), SMTP-Passwort beibehalten</translation>
    </message>
    <message>
        <source>Update the SMTP settings of %1 (%2, from %3)</source>
        <translation>SMTP-Einstellungen von %1 aktualisieren (%2, Absender %3)</translation>
    </message>
    <message>
        <source>Delete the SMTP settings of %1</source>
        <translation>SMTP-Einstellungen von %1 löschen</translation>
    </message>
    <message>
        <source>Send a test email of %1 to %2</source>
        <translation>Test-E-Mail von %1 an %2 senden</translation>
    </message>
    <message>
        <source>Unknown Webitel change &quot;%1&quot;.</source>
        <translation>Unbekannte Webitel-Änderung „%1“.</translation>
    </message>
    <message>
        <source>The settings cannot be read: %1.</source>
        <translation>Die Einstellungen können nicht gelesen werden: %1.</translation>
    </message>
</context>
<context>
    <name>WebitelSender</name>
    <message>
        <source>%1 is not a Webitel change.</source>
        <translation>%1 ist keine Webitel-Änderung.</translation>
    </message>
    <message>
        <source>%1 has email settings now, though it had none when the draft was made.</source>
        <translation>%1 hat inzwischen E-Mail-Einstellungen, beim Erstellen des Entwurfs aber noch keine.</translation>
    </message>
    <message>
        <source>The email settings of %1 were deleted since the draft was made.</source>
        <translation>Die E-Mail-Einstellungen von %1 wurden seit dem Erstellen des Entwurfs gelöscht.</translation>
    </message>
</context>
<context>
    <name>WebitelSettingsPage</name>
    <message>
        <source>TLS from the start (SMTPS, usually port 465)</source>
        <translation>TLS von Anfang an (SMTPS, meist Port 465)</translation>
    </message>
    <message>
        <source>Verify the SMTP server&apos;s certificate</source>
        <translation>Zertifikat des SMTP-Servers prüfen</translation>
    </message>
    <message>
        <source>&amp;Save Settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Delete Settings…</source>
        <translation>Einstellungen &amp;löschen…</translation>
    </message>
    <message>
        <source>Send &amp;Test Email</source>
        <translation>&amp;Test-E-Mail senden</translation>
    </message>
    <message>
        <source>e.g. smtp.example.com</source>
        <translation>z. B. smtp.example.com</translation>
    </message>
    <message>
        <source>e.g. pbx@example.com</source>
        <translation>z. B. pbx@example.com</translation>
    </message>
    <message>
        <source>recipient of the test email</source>
        <translation>Empfänger der Test-E-Mail</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Sender address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Email settings of %1</source>
        <translation>E-Mail-Einstellungen von %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 has no email settings yet: fill them in and save to create them.</source>
        <translation>%1 hat noch keine E-Mail-Einstellungen: Füllen Sie die Felder aus und speichern Sie, um sie anzulegen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Webitel sends %1&apos;s email through %2.</source>
        <translation>Webitel versendet die E-Mails von %1 über %2.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Delete Email Settings</source>
        <translation>E-Mail-Einstellungen löschen</translation>
    </message>
    <message>
        <source>Delete the email settings of %1?</source>
        <translation>E-Mail-Einstellungen von %1 löschen?</translation>
    </message>
    <message>
        <source>Webitel stops sending email for this domain until new settings are saved.</source>
        <translation>Webitel versendet für diese Domain keine E-Mails mehr, bis neue Einstellungen gespeichert werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>&amp;Add to Draft</source>
        <translation>Zum &amp;Entwurf hinzufügen</translation>
    </message>
    <message>
        <source>Added to the draft: nothing is sent until it is applied (Draft pane).</source>
        <translation>Zum Entwurf hinzugefügt: Es wird nichts gesendet, bevor er angewendet wird (Bereich „Entwurf“).</translation>
    </message>
    <message>
        <source>Asking Webitel to send a test email to %1…</source>
        <translation>Webitel wird gebeten, eine Test-E-Mail an %1 zu senden…</translation>
    </message>
    <message>
        <source>Webitel accepted the test email to %1.</source>
        <translation>Webitel hat die Test-E-Mail an %1 angenommen.</translation>
    </message>
    <message>
        <source>Recipient of the test email</source>
        <translation>Empfänger der Test-E-Mail</translation>
    </message>
</context>
<context>
    <name>WebitelView</name>
    <message>
        <source>%1
Webitel at %2, signed in as %3.
Add the domains whose email settings you manage.</source>
        <translation>%1
Webitel unter %2, angemeldet als %3.
Fügen Sie die Domains hinzu, deren E-Mail-Einstellungen Sie verwalten.</translation>
    </message>
    <message>
        <source>Add Domain</source>
        <translation>Domain hinzufügen</translation>
    </message>
    <message>
        <source>Webitel domain (as in Webitel, e.g. pbx.example.com):</source>
        <translation>Webitel-Domain (wie in Webitel, z. B. pbx.example.com):</translation>
    </message>
</context>
<context>
    <name>WebmailTab</name>
    <message>
        <source>Allow upgrades of the plan</source>
        <translation>Aufstufungen des Tarifs erlauben</translation>
    </message>
    <message>
        <source>New password at next sign-in</source>
        <translation>Neues Passwort verlangen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Webmail plan</source>
        <translation>Webmail-Tarif</translation>
    </message>
    <message>
        <source>Send the webmail settings to Hostway, or add them to the draft (Ctrl+S)</source>
        <translation>Die Webmail-Einstellungen an Hostway senden oder zum Entwurf hinzufügen (Strg+S)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Languag&amp;e:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>The domain&apos;s webmail plans could not be read: %1</source>
        <translation>Die Webmail-Tarife der Domain konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The webmail account could not be read: %1</source>
        <translation>Das Webmail-Konto konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (at most %n mailbox(es))</source>
        <translation>
            <numerusform>%1 (höchstens %n Postfach)</numerusform>
            <numerusform>%1 (höchstens %n Postfächer)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (unbegrenzt)</translation>
    </message>
    <message>
        <source>Hostway allows no upgrade of webmail plans in this domain.</source>
        <translation>Hostway erlaubt in dieser Domain keine Aufstufung von Webmail-Tarifen.</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>%1@%2 signs in to webmail on the plan below.</source>
        <translation>%1@%2 meldet sich mit dem Tarif unten bei Webmail an.</translation>
    </message>
    <message>
        <source>%1@%2 has no webmail account: choose its plan and create it.</source>
        <translation>%1@%2 hat kein Webmail-Konto: wählen Sie den Tarif und legen Sie es an.</translation>
    </message>
    <message>
        <source>Added to the draft: %1.</source>
        <translation>Zum Entwurf hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Webmail asks the mailbox&apos;s owner for a new password the next time they sign in</source>
        <translation>Webmail verlangt vom Inhaber beim nächsten Anmelden ein neues Passwort</translation>
    </message>
    <message>
        <source>Only the account administrator changes this; without it, the plan stays as it is.</source>
        <translation>Nur der Kontoadministrator ändert dies; ohne ihn bleibt der Tarif, wie er ist.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo (Hostway sandbox)</source>
        <translation>Demo (Hostway-Sandbox)</translation>
    </message>
    <message>
        <source>Demo (Webitel sandbox)</source>
        <translation>Demo (Webitel-Sandbox)</translation>
    </message>
    <message>
        <source>Demo (Ikoula sandbox)</source>
        <translation>Demo (Ikoula-Sandbox)</translation>
    </message>
    <message>
        <source>Demo (ICE sandbox)</source>
        <translation>Demo (ICE-Sandbox)</translation>
    </message>
    <message>
        <source>Administer hosted email through the providers&apos; web APIs.</source>
        <translation>Gehostete E-Mail über die Web-APIs der Anbieter verwalten.</translation>
    </message>
    <message>
        <source>Start the built-in provider sandbox and open a demo account on it.</source>
        <translation>Die integrierte Anbieter-Sandbox starten und darin ein Demokonto öffnen.</translation>
    </message>
    <message>
        <source>Mailroom</source>
        <translation>Mailroom</translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on a loopback port.</source>
        <translation>Die Demo-Sandbox konnte an keinem Loopback-Port lauschen.</translation>
    </message>
    <message>
        <source>Mailroom – Demo</source>
        <translation>Mailroom – Demo</translation>
    </message>
    <message>
        <source>Demo (Hostway mailbox owner)</source>
        <translation>Demo (Hostway-Inhaber)</translation>
    </message>
</context>
</TS>
