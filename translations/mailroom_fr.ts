<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Account</name>
    <message>
        <source>Enter a display name.</source>
        <translation>Saisissez un nom d’affichage.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (plain http is only allowed on this computer, for the sandbox).</source>
        <translation>L’URL de base doit commencer par https:// (le http simple n’est permis que sur cet ordinateur, pour le bac à sable).</translation>
    </message>
    <message>
        <source>Enter the account id.</source>
        <translation>Saisissez l’identifiant du compte.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Saisissez le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s base URL, such as https://api.hostway.com or https://app.webitel.com/engine.</source>
        <translation>Saisissez l’URL de base du fournisseur, par exemple https://api.hostway.com ou https://app.webitel.com/engine.</translation>
    </message>
    <message>
        <source>Enter the organisation id (a number, such as 59).</source>
        <translation>Saisissez l’identifiant de l’organisation (un nombre, par exemple 59).</translation>
    </message>
    <message>
        <source>Paste Ikoula&apos;s RSA public key or load it from its PEM file.</source>
        <translation>Collez la clé publique RSA d’Ikoula ou chargez-la depuis son fichier PEM.</translation>
    </message>
    <message>
        <source>Mailroom does not know the provider &quot;%1&quot;.</source>
        <translation>Mailroom ne connaît pas le fournisseur « %1 ».</translation>
    </message>
    <message>
        <source>A mailbox owner signs in without an account id.</source>
        <translation>Le propriétaire d’une boîte aux lettres se connecte sans identifiant de compte.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s address as the user name, such as john.smith@example.com.</source>
        <translation>Saisissez l’adresse de la boîte aux lettres comme nom d’utilisateur, par exemple john.smith@example.com.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit Account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>e.g. Acme Corp (Hostway)</source>
        <translation>p. ex. Acme SA (Hostway)</translation>
    </message>
    <message>
        <source>the {account} of /accounts/{account}/...</source>
        <translation>le {account} de /accounts/{account}/...</translation>
    </message>
    <message>
        <source>e.g. admin@partner-realm</source>
        <translation>p. ex. admin@partner-realm</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom d’&amp;affichage :</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>Account &amp;id:</source>
        <translation>&amp;Identifiant du compte :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in Mailroom&apos;s settings.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système, jamais dans les réglages de Mailroom.</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>&amp;Charger depuis un fichier…</translation>
    </message>
    <message>
        <source>Ikoula public &amp;key:</source>
        <translation>&amp;Clé publique Ikoula :</translation>
    </message>
    <message>
        <source>Ikoula Public Key</source>
        <translation>Clé publique Ikoula</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.pub *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.pub *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Field names:</source>
        <translation>&amp;Noms des champs :</translation>
    </message>
    <message>
        <source>&amp;Sign in as:</source>
        <translation>Se connecter en &amp;tant que :</translation>
    </message>
    <message>
        <source>Signing in to check the account…</source>
        <translation>Connexion pour vérifier le compte…</translation>
    </message>
    <message>
        <source>Signed in to %1: the account works.</source>
        <translation>Connecté à %1 : le compte fonctionne.</translation>
    </message>
    <message>
        <source>The provider refused this user name and password. Check them, or Save Anyway to fix them later.</source>
        <translation>Le fournisseur a refusé ce nom d’utilisateur et ce mot de passe. Vérifiez-les, ou enregistrez quand même pour les corriger plus tard.</translation>
    </message>
    <message>
        <source>Nothing usable answered at this address. Check the base URL, or Save Anyway to work offline on drafts.</source>
        <translation>Rien d’utilisable n’a répondu à cette adresse. Vérifiez l’URL de base, ou enregistrez quand même pour travailler hors ligne sur des brouillons.</translation>
    </message>
    <message>
        <source>The sign-in could not be checked. Save Anyway keeps the account as typed.</source>
        <translation>La connexion n’a pas pu être vérifiée. Enregistrer quand même garde le compte tel que saisi.</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <source>%1 saved without a check: its provider has nothing to sign in to yet (the first domain added is checked).</source>
        <translation>%1 enregistré sans vérification : son fournisseur n’offre encore rien où se connecter (le premier domaine ajouté est vérifié).</translation>
    </message>
</context>
<context>
    <name>AccountTreeModel</name>
    <message>
        <source>Mailboxes</source>
        <translation>Boîtes aux lettres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Distribution Lists</source>
        <translation>Listes de diffusion</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>%1 at %2, as %3</source>
        <translation>%1 sur %2, en tant que %3</translation>
    </message>
    <message>
        <source>Organisation %1 of subscription %2</source>
        <translation>Organisation %1 de l’abonnement %2</translation>
    </message>
    <message>
        <source>Subscription %1</source>
        <translation>Abonnement %1</translation>
    </message>
    <message>
        <source>Subscription %1: %2</source>
        <translation>Abonnement %1 : %2</translation>
    </message>
</context>
<context>
    <name>ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Filter by mailbox, change or message</source>
        <translation>Filtrer par boîte, modification ou message</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n modification affichée</numerusform>
            <numerusform>%n modifications affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) skipped</source>
        <translation>
            <numerusform>%n ligne illisible ignorée</numerusform>
            <numerusform>%n lignes illisibles ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Export Activity</source>
        <translation>Exporter l’activité</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Activity Not Exported</source>
        <translation>Activité non exportée</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Filter the activity</source>
        <translation>Filtrer l’activité</translation>
    </message>
    <message>
        <source>Changes sent, newest first</source>
        <translation>Modifications envoyées, les plus récentes d’abord</translation>
    </message>
</context>
<context>
    <name>AddBlackWhite</name>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>%1 is neither an address (name@example.com) nor a domain (@example.com).</source>
        <translation>%1 n’est ni une adresse (nom@exemple.fr) ni un domaine (@exemple.fr).</translation>
    </message>
    <message>
        <source>Enter at least one address or @domain.</source>
        <translation>Saisissez au moins une adresse ou un @domaine.</translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation>%1 figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>Choose whether %1 is allowed or blocked.</source>
        <translation>Choisissez si %1 est autorisé ou bloqué.</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloquer %1</translation>
    </message>
    <message>
        <source>allow %1</source>
        <translation>autoriser %1</translation>
    </message>
    <message>
        <source>For %1: %2</source>
        <translation>Pour %1 : %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>absent de la liste</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1 was listed or unlisted for %2 since the draft was made.</source>
        <translation>%1 a été ajouté ou retiré des expéditeurs de %2 depuis la création du brouillon.</translation>
    </message>
    <message>
        <source>must hold {&quot;address&quot;, &quot;type&quot;} objects, not %1</source>
        <translation>doit contenir des objets {&quot;address&quot;, &quot;type&quot;}, pas %1</translation>
    </message>
</context>
<context>
    <name>AddDomainDialog</name>
    <message>
        <source>Add Domain</source>
        <translation>Ajouter un domaine</translation>
    </message>
    <message>
        <source>e.g. example.com</source>
        <translation>p. ex. exemple.fr</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>Mailroom checks that the account holds this domain before adding it.</source>
        <translation>Mailroom vérifie que le compte détient ce domaine avant de l’ajouter.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>This account has no domain %1. Check the spelling, or the account it belongs to.</source>
        <translation>Ce compte n’a pas de domaine %1. Vérifiez l’orthographe, ou le compte auquel il appartient.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the provider (%1). Check the base URL and the network connection.</source>
        <translation>Impossible de joindre le fournisseur (%1). Vérifiez l’URL de base et la connexion réseau.</translation>
    </message>
    <message>
        <source>The provider did not answer in time. Try again later.</source>
        <translation>Le fournisseur n’a pas répondu à temps. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The secure connection failed (%1). Mailroom never ignores certificate errors: check the base URL or the server&apos;s certificate.</source>
        <translation>La connexion sécurisée a échoué (%1). Mailroom n’ignore jamais les erreurs de certificat : vérifiez l’URL de base ou le certificat du serveur.</translation>
    </message>
    <message>
        <source>The provider redirected the request somewhere Mailroom will not follow (%1).</source>
        <translation>Le fournisseur a redirigé la requête vers une adresse que Mailroom ne suit pas (%1).</translation>
    </message>
    <message>
        <source>The provider rejected the credentials (HTTP %1). Check the account&apos;s user name and password.</source>
        <translation>Le fournisseur a refusé les identifiants (HTTP %1). Vérifiez le nom d’utilisateur et le mot de passe du compte.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): the domain, account or mailbox does not exist, or was removed meanwhile.</source>
        <translation>Introuvable (HTTP 404) : le domaine, le compte ou la boîte aux lettres n’existe pas, ou a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>Conflict (HTTP 409): the object already exists or is in a state that forbids this change.</source>
        <translation>Conflit (HTTP 409) : l’objet existe déjà ou est dans un état qui interdit cette modification.</translation>
    </message>
    <message>
        <source>The provider refused the request (HTTP %1).</source>
        <translation>Le fournisseur a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The provider failed to handle the request (HTTP %1). Try again later.</source>
        <translation>Le fournisseur n’a pas pu traiter la requête (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read (%1).</source>
        <translation>La réponse du fournisseur est illisible (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Provider says: %1</source>
        <translation>Le fournisseur indique : %1</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n’a été envoyé : %1</translation>
    </message>
    <message>
        <source>the change is not valid.</source>
        <translation>la modification n’est pas valide.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more field message(s)</source>
        <translation>
            <numerusform>... et %n autre message sur les champs</numerusform>
            <numerusform>... et %n autres messages sur les champs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>no network access</source>
        <translation>pas d’accès au réseau</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>un objet JSON était attendu</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>pas de réponse en %n seconde</numerusform>
            <numerusform>pas de réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>from HTTPS to HTTP, %1</source>
        <translation>de HTTPS vers HTTP, %1</translation>
    </message>
    <message>
        <source>to another server, %1, which would receive the account&apos;s credentials</source>
        <translation>vers un autre serveur, %1, qui recevrait les identifiants du compte</translation>
    </message>
    <message>
        <source>in a loop, back to %1</source>
        <translation>en boucle, retour vers %1</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB, more than any documented answer; it was not read</source>
        <translation>la réponse dépasse %1 Mo, plus que toute réponse documentée ; elle n’a pas été lue</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>pas de réponse complète en %n seconde</numerusform>
            <numerusform>pas de réponse complète en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1 to %2; Mailroom does not send a change on to another address, and nothing was changed. Check the account&apos;s base URL</source>
        <translation>HTTP %1 vers %2 ; Mailroom ne réachemine pas une modification vers une autre adresse, et rien n’a été modifié. Vérifiez l’URL de base du compte</translation>
    </message>
    <message>
        <source>in a loop, with no final answer</source>
        <translation>en boucle, sans réponse finale</translation>
    </message>
    <message>
        <source>no final answer (HTTP %1)</source>
        <translation>pas de réponse finale (HTTP %1)</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirects, a loop</source>
        <translation>
            <numerusform>plus de %n redirection, une boucle</numerusform>
            <numerusform>plus de %n redirections, une boucle</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1 without a place Mailroom can follow</source>
        <translation>HTTP %1 sans adresse que Mailroom puisse suivre</translation>
    </message>
    <message>
        <source>the connection closed before the provider answered, so the change may or may not have been made</source>
        <translation>la connexion s’est fermée avant la réponse du fournisseur ; la modification a donc pu être faite ou non</translation>
    </message>
    <message>
        <source>the answer was cut short (%1 of %2 bytes)</source>
        <translation>la réponse a été tronquée (%1 octets sur %2)</translation>
    </message>
    <message>
        <source>the host %1 is not known</source>
        <translation>l’hôte %1 est inconnu</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>No answer recorded</source>
        <translation>Aucune réponse enregistrée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Au brouillon</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>the folder %1 could not be made</source>
        <translation>le dossier %1 n’a pas pu être créé</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>%1 (%2), target %3</source>
        <translation>%1 (%2), cible %3</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (brouillon)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>AuditedSender</name>
    <message>
        <source>Not sent: the audit log %1 could not be written (%2). Free some disk space or fix the folder&apos;s permissions, then try again.</source>
        <translation>Non envoyé : le journal d’activité %1 n’a pas pu être écrit (%2). Libérez de l’espace disque ou corrigez les permissions du dossier, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>AutoresponderTab</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Subject of the reply</source>
        <translation>Objet de la réponse</translation>
    </message>
    <message>
        <source>Text of the reply</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>Send the autoresponder to Hostway, or add it to the draft (Ctrl+S)</source>
        <translation>Envoyer la réponse automatique à Hostway, ou l’ajouter au brouillon (Ctrl+S)</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Ob&amp;jet :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>T&amp;exte :</translation>
    </message>
    <message>
        <source>The reply as it is sent:</source>
        <translation>La réponse telle qu’elle est envoyée :</translation>
    </message>
    <message>
        <source>The autoresponder could not be read: %1</source>
        <translation>La réponse automatique n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>%1@%2 answers every message automatically.</source>
        <translation>%1@%2 répond automatiquement à chaque message.</translation>
    </message>
    <message>
        <source>The autoresponder of %1@%2 is off.</source>
        <translation>La réponse automatique de %1@%2 est désactivée.</translation>
    </message>
    <message>
        <source>(No reply is sent while the autoresponder is off.)</source>
        <translation>(Aucune réponse n’est envoyée tant que la réponse automatique est désactivée.)</translation>
    </message>
    <message>
        <source>Subject: %1

%2</source>
        <translation>Objet : %1

%2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Added to the draft: the autoresponder is changed when the draft is applied.</source>
        <translation>Ajouté au brouillon : la réponse automatique change quand le brouillon est appliqué.</translation>
    </message>
    <message>
        <source>Reply automaticall&amp;y</source>
        <translation>Répondre automati&amp;quement</translation>
    </message>
    <message>
        <source>For example: I am away until Monday and will answer then.</source>
        <translation>Par exemple : je suis absent jusqu’à lundi et vous répondrai à mon retour.</translation>
    </message>
    <message>
        <source>Not sent yet: Ctrl+S sends it, Revert goes back.</source>
        <translation>Pas encore envoyé : Ctrl+S l’envoie, Rétablir revient en arrière.</translation>
    </message>
</context>
<context>
    <name>BalTableModel</name>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Delivered to the mailbox and forwarded</source>
        <translation>Distribué dans la boîte et transféré</translation>
    </message>
    <message>
        <source>SMTP: %1</source>
        <translation>SMTP : %1</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Envoi de %n modification…</numerusform>
            <numerusform>Envoi de %n modifications…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes sent</source>
        <translation>Modifications envoyées</translation>
    </message>
    <message>
        <source>Changes in this batch</source>
        <translation>Modifications de ce lot</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>All %n change(s) done.</source>
        <translation>
            <numerusform>La modification est faite.</numerusform>
            <numerusform>Les %n modifications sont faites.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 refused, %3 not sent or with an unknown outcome: see each row.</source>
        <translation>%1 faites, %2 refusées, %3 non envoyées ou au résultat inconnu : voyez chaque ligne.</translation>
    </message>
    <message>
        <source>Stop sending: the rows not sent yet stay unchanged; those on the wire end with an unknown outcome (Esc)</source>
        <translation>Arrête l’envoi : les lignes pas encore envoyées restent inchangées ; celles en cours d’envoi finissent au résultat inconnu (Échap)</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>BatchRun</name>
    <message>
        <source>No temporary folder for the batch&apos;s journal: %1</source>
        <translation>Aucun dossier temporaire pour le journal du lot : %1</translation>
    </message>
    <message>
        <source>this account cannot send changes.</source>
        <translation>ce compte ne peut pas envoyer de modifications.</translation>
    </message>
    <message>
        <source>Nothing was sent: no password was given.</source>
        <translation>Rien n’a été envoyé : aucun mot de passe n’a été donné.</translation>
    </message>
    <message>
        <source>Nothing was sent: the batch was cancelled.</source>
        <translation>Rien n’a été envoyé : le lot a été annulé.</translation>
    </message>
</context>
<context>
    <name>BillingTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
</context>
<context>
    <name>BlackWhiteListModel</name>
    <message>
        <source>Every sender of %1</source>
        <translation>Tous les expéditeurs de %1</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Hostway sorts by address only; filter by the list instead.</source>
        <translation>Hostway ne trie que par adresse ; filtrez plutôt par liste.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
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
        <translation>Réinitialiser le mot de passe de %1@%2</translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation>&amp;Définir le mot de passe</translation>
    </message>
    <message>
        <source>New password for &lt;b&gt;%1@%2&lt;/b&gt;:</source>
        <translation>Nouveau mot de passe pour &lt;b&gt;%1@%2&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>The provider refused this password without saying why; it may have been used before. Choose another one.</source>
        <translation>Le fournisseur a refusé ce mot de passe sans en donner la raison ; il a peut-être déjà servi. Choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>ChangePath</name>
    <message>
        <source>this account cannot send changes.</source>
        <translation>ce compte ne peut pas envoyer de modifications.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Type part of a command&apos;s name; Enter takes it</source>
        <translation>Tapez une partie du nom d’une commande ; Entrée l’exécute</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>No command matches “%1”. Try one word of its name, such as “quota” or “mailbox”.</source>
        <translation>Aucune commande ne correspond à « %1 ». Essayez un mot de son nom, comme « quota » ou « boîte ».</translation>
    </message>
    <message>
        <source>“%1” cannot be taken now. If it acts on a mailbox, a domain or an account, close the palette (Esc), select one in the tree or the table, then try again.</source>
        <translation>« %1 » n’est pas possible maintenant. Si la commande agit sur une boîte, un domaine ou un compte, fermez la palette (Échap), sélectionnez-en un dans l’arbre ou le tableau, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>ContactChange</name>
    <message>
        <source>A contact named %1 exists in %2 now, though it did not when the draft was made.</source>
        <translation>Un contact nommé %1 existe maintenant dans %2, alors qu&apos;il n&apos;existait pas quand le brouillon a été fait.</translation>
    </message>
    <message>
        <source>The contact %1 of %2 was deleted since the draft was made.</source>
        <translation>Le contact %1 de %2 a été supprimé depuis que le brouillon a été fait.</translation>
    </message>
    <message>
        <source>The contact %1 of %2 was changed since the draft was made.</source>
        <translation>Le contact %1 de %2 a été modifié depuis que le brouillon a été fait.</translation>
    </message>
    <message>
        <source>Give the contact a name: its key in the address list, such as “jane-doe”.</source>
        <translation>Donnez un nom au contact : sa clé dans le carnet d&apos;adresses, par exemple « jane-doe ».</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s email address, such as jane@example.com.</source>
        <translation>Saisissez l&apos;adresse e-mail du contact, par exemple jane@example.com.</translation>
    </message>
    <message>
        <source>Enter the name the address list shows for the contact.</source>
        <translation>Saisissez le nom que le carnet d&apos;adresses affiche pour le contact.</translation>
    </message>
    <message>
        <source>A contact&apos;s name cannot change: delete the contact and add it again.</source>
        <translation>Le nom d&apos;un contact ne peut pas changer : supprimez le contact et ajoutez-le de nouveau.</translation>
    </message>
    <message>
        <source>A contact&apos;s name cannot hold a slash, be “.” or “..”, or begin or end with a space.</source>
        <translation>Le nom d&apos;un contact ne peut pas contenir de barre oblique, être « . » ou « .. », ni commencer ou finir par une espace.</translation>
    </message>
</context>
<context>
    <name>ContactCsv</name>
    <message>
        <source>The file is empty: it needs a header row with at least name, email and displayName.</source>
        <translation>Le fichier est vide : il lui faut une ligne d&apos;en-tête avec au moins name, email et displayName.</translation>
    </message>
    <message>
        <source>The header row has column(s) that are no contact field, or twice: %1. The fields are the keys Hostway uses: name, email, displayName, firstName, lastName, company...</source>
        <translation>La ligne d&apos;en-tête a des colonnes qui ne sont pas des champs de contact, ou qui sont en double : %1. Les champs sont les clés qu&apos;utilise Hostway : name, email, displayName, firstName, lastName, company…</translation>
    </message>
    <message>
        <source>The header row lacks the column(s): %1.</source>
        <translation>Il manque à la ligne d&apos;en-tête la ou les colonnes : %1.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 champs alors que l&apos;en-tête en a %2.</translation>
    </message>
    <message>
        <source>%1 appears twice in the file.</source>
        <translation>%1 figure deux fois dans le fichier.</translation>
    </message>
    <message>
        <source>%1 is in the address list already: edit it there, or leave it out of the file.</source>
        <translation>%1 est déjà dans le carnet d&apos;adresses : modifiez-le là, ou retirez-le du fichier.</translation>
    </message>
    <message>
        <source>The file has a header row but no contact.</source>
        <translation>Le fichier a une ligne d&apos;en-tête mais aucun contact.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB: split it.</source>
        <translation>%1 dépasse 64 Mo : découpez-le.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New Contact in %1</source>
        <translation>Nouveau contact dans %1</translation>
    </message>
    <message>
        <source>Contact %1 of %2</source>
        <translation>Contact %1 de %2</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>Ajouter le contact</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>The contact&apos;s key in the address list, such as “jane-doe”: it cannot change later</source>
        <translation>La clé du contact dans le carnet d&apos;adresses, par exemple « jane-doe » : elle ne pourra plus changer</translation>
    </message>
    <message>
        <source>Such as jane@example.com</source>
        <translation>Par exemple jane@example.com</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>Identifiant du contact</translation>
    </message>
</context>
<context>
    <name>CreateContact</name>
    <message>
        <source>Add the contact %1 (%2) to the global address list of %3</source>
        <translation>Ajouter le contact %1 (%2) au carnet d&apos;adresses global de %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 has a contact named %2 already: choose another name, or edit that contact.</source>
        <translation>%1 a déjà un contact nommé %2 : choisissez un autre nom, ou modifiez ce contact.</translation>
    </message>
</context>
<context>
    <name>CreateExchange</name>
    <message>
        <source>%1 is text.</source>
        <translation>%1 est un texte.</translation>
    </message>
    <message>
        <source>%1 has at most %2 characters.</source>
        <translation>%1 a au plus %2 caractères.</translation>
    </message>
    <message>
        <source>The type is standard or premium.</source>
        <translation>Le type est standard ou premium.</translation>
    </message>
    <message>
        <source>The resource is a user, a room or equipment.</source>
        <translation>La ressource est un utilisateur, une salle ou un équipement.</translation>
    </message>
    <message>
        <source>resetPassword is true or false.</source>
        <translation>resetPassword vaut true ou false.</translation>
    </message>
    <message>
        <source>Hostway documents no Exchange field %1.</source>
        <translation>Hostway ne documente aucun champ Exchange %1.</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Mot de passe : %1</translation>
    </message>
    <message>
        <source>Password: Should start with a letter</source>
        <translation>Mot de passe : doit commencer par une lettre</translation>
    </message>
    <message>
        <source>An Exchange mailbox&apos;s name has 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Le nom d’une boîte Exchange a de 1 à 64 lettres, chiffres, points, tirets ou soulignés.</translation>
    </message>
    <message>
        <source>Enter a display name: Hostway needs one to create an Exchange mailbox.</source>
        <translation>Saisissez un nom d’affichage : Hostway en exige un pour créer une boîte Exchange.</translation>
    </message>
    <message>
        <source>Enter a password, or let Mailroom generate one.</source>
        <translation>Saisissez un mot de passe, ou laissez Mailroom en générer un.</translation>
    </message>
    <message>
        <source>Create Exchange mailbox %1 (%2, %3)</source>
        <translation>Créer la boîte Exchange %1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 exists already (a mailbox or an Exchange mailbox of that name), or the domain is disabled: choose another name.</source>
        <translation>%1 existe déjà (une boîte ou une boîte Exchange de ce nom), ou le domaine est désactivé : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 exists now, though it did not when the draft was made: sending would overwrite its password and details.</source>
        <translation>%1 existe désormais, alors qu’elle n’existait pas à la création du brouillon : l’envoyer écraserait son mot de passe et ses détails.</translation>
    </message>
</context>
<context>
    <name>CreateMailbox</name>
    <message>
        <source>The quota must be greater than 0 MB.</source>
        <translation>Le quota doit être supérieur à 0 Mo.</translation>
    </message>
    <message>
        <source>Enter a password, or let Mailroom generate one.</source>
        <translation>Saisissez un mot de passe, ou laissez Mailroom en générer un.</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Mot de passe : %1</translation>
    </message>
    <message>
        <source>Create mailbox %1 (%2 MB)</source>
        <translation>Créer la boîte aux lettres %1 (%2 Mo)</translation>
    </message>
    <message>
        <source>Create mailbox %1</source>
        <translation>Créer la boîte aux lettres %1</translation>
    </message>
    <message>
        <source>, master</source>
        <translation>, principale</translation>
    </message>
    <message>
        <source>, with a generated password</source>
        <translation>, avec un mot de passe généré</translation>
    </message>
    <message>
        <source>new mailbox %1</source>
        <translation>nouvelle boîte aux lettres %1</translation>
    </message>
</context>
<context>
    <name>CreateWebmail</name>
    <message>
        <source>Create the webmail account of %1</source>
        <translation>Créer le compte webmail de %1</translation>
    </message>
    <message>
        <source>Create the webmail account of %1 (%2)</source>
        <translation>Créer le compte webmail de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Line %1: the file is not valid UTF-8.</source>
        <translation>Ligne %1 : le fichier n’est pas en UTF-8 valide.</translation>
    </message>
</context>
<context>
    <name>DeleteContact</name>
    <message>
        <source>Delete the contact %1 from the global address list of %2</source>
        <translation>Supprimer le contact %1 du carnet d&apos;adresses global de %2</translation>
    </message>
</context>
<context>
    <name>DeleteExchange</name>
    <message>
        <source>Delete Exchange mailbox %1</source>
        <translation>Supprimer la boîte Exchange %1</translation>
    </message>
    <message>
        <source>The domain of %1 is disabled: Hostway deletes none of its Exchange mailboxes until it is enabled again.</source>
        <translation>Le domaine de %1 est désactivé : Hostway n’en supprime aucune boîte Exchange tant qu’il n’est pas réactivé.</translation>
    </message>
</context>
<context>
    <name>DeleteMailbox</name>
    <message>
        <source>Delete mailbox %1</source>
        <translation>Supprimer la boîte aux lettres %1</translation>
    </message>
    <message>
        <source>removes %1 (%2 MB)</source>
        <translation>supprime %1 (%2 Mo)</translation>
    </message>
    <message>
        <source>removes %1</source>
        <translation>supprime %1</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Domain quota (all mailboxes):</source>
        <translation>Quota du domaine (toutes les boîtes) :</translation>
    </message>
    <message>
        <source>Mailboxes by type</source>
        <translation>Boîtes aux lettres par type</translation>
    </message>
    <message>
        <source>Standard webmail:</source>
        <translation>Webmail standard :</translation>
    </message>
    <message>
        <source>ActiveSync webmail:</source>
        <translation>Webmail ActiveSync :</translation>
    </message>
    <message>
        <source>Premium webmail:</source>
        <translation>Webmail premium :</translation>
    </message>
    <message>
        <source>Exchange 2013 standard:</source>
        <translation>Exchange 2013 standard :</translation>
    </message>
    <message>
        <source>Exchange 2013 premium:</source>
        <translation>Exchange 2013 premium :</translation>
    </message>
    <message>
        <source>Open “Mailboxes” under the domain to list, create and change mailboxes.</source>
        <translation>Ouvrez « Boîtes aux lettres » sous le domaine pour lister, créer et modifier les boîtes.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Domain aliases:</source>
        <translation>Alias du domaine :</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>Spam f&amp;ilter</source>
        <translation>Anti-spa&amp;m</translation>
    </message>
    <message>
        <source>Se&amp;nders</source>
        <translation>E&amp;xpéditeurs</translation>
    </message>
    <message>
        <source>The domain&apos;s own spam filter, for mail to all its mailboxes</source>
        <translation>Le filtre antispam du domaine, pour le courrier de toutes ses boîtes</translation>
    </message>
    <message>
        <source>Senders the whole domain always allows or always blocks</source>
        <translation>Les expéditeurs que tout le domaine autorise ou bloque toujours</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Change InfoStore &amp;Quota…</source>
        <translation>Modifier le &amp;quota InfoStore…</translation>
    </message>
    <message>
        <source>InfoStore usage</source>
        <translation>Occupation de l’InfoStore</translation>
    </message>
    <message>
        <source>Set how much the domain&apos;s InfoStore, its shared storage, may hold</source>
        <translation>Fixer ce que l’InfoStore du domaine, son stockage partagé, peut contenir</translation>
    </message>
    <message>
        <source>InfoStore:</source>
        <translation>InfoStore :</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Change InfoStore Quota of %1</source>
        <translation>Modifier le quota InfoStore de %1</translation>
    </message>
    <message>
        <source>New InfoStore quota of &lt;b&gt;%1&lt;/b&gt; (%2 used):</source>
        <translation>Nouveau quota InfoStore de &lt;b&gt;%1&lt;/b&gt; (%2 occupés) :</translation>
    </message>
    <message>
        <source>Added to the draft: %1.</source>
        <translation>Ajouté au brouillon : %1.</translation>
    </message>
    <message>
        <source>The InfoStore quota of %1 is %2 now.</source>
        <translation>Le quota InfoStore de %1 est maintenant de %2.</translation>
    </message>
    <message>
        <source>&amp;Webmail</source>
        <translation>&amp;Webmail</translation>
    </message>
    <message>
        <source>The domain&apos;s webmail plans, and whether its accounts may upgrade</source>
        <translation>Les offres webmail du domaine, et si ses comptes peuvent monter en gamme</translation>
    </message>
    <message>
        <source>Open Anti-&amp;spam Panel</source>
        <translation>Ouvrir le panneau anti-&amp;spam</translation>
    </message>
    <message>
        <source>Sign in to Hostway&apos;s anti-spam and antivirus panel for this domain, in your web browser</source>
        <translation>Se connecter au panneau antispam et antivirus de Hostway pour ce domaine, dans votre navigateur</translation>
    </message>
    <message>
        <source>Anti-spam:</source>
        <translation>Antispam :</translation>
    </message>
    <message>
        <source>&amp;Global address list</source>
        <translation>Carnet d&apos;adresses &amp;global</translation>
    </message>
    <message>
        <source>The contacts every mailbox of the domain sees in its address book</source>
        <translation>Les contacts que chaque boîte du domaine voit dans son carnet d&apos;adresses</translation>
    </message>
    <message>
        <source>Asking Hostway for a sign-in link…</source>
        <translation>Demande d&apos;un lien de connexion à Hostway…</translation>
    </message>
    <message>
        <source>Hostway gave no link to the anti-spam panel of %1: %2
Try again in a moment; if it keeps failing, sign in to the panel from Hostway&apos;s own site.</source>
        <translation>Hostway n&apos;a donné aucun lien vers le panneau antispam de %1 : %2
Réessayez dans un moment ; si l&apos;échec persiste, connectez-vous au panneau depuis le site de Hostway.</translation>
    </message>
    <message>
        <source>Hostway&apos;s link to the anti-spam panel is not secure (not https), so it was not opened.</source>
        <translation>Le lien de Hostway vers le panneau antispam n&apos;est pas sécurisé (pas https) : il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>No web browser could open the anti-spam panel: set a default browser and try again.</source>
        <translation>Aucun navigateur n&apos;a pu ouvrir le panneau antispam : choisissez un navigateur par défaut et réessayez.</translation>
    </message>
    <message>
        <source>The anti-spam panel of %1 opened in your web browser.</source>
        <translation>Le panneau antispam de %1 s&apos;est ouvert dans votre navigateur.</translation>
    </message>
    <message>
        <source>Exchange o&amp;rders</source>
        <translation>Comman&amp;des Exchange</translation>
    </message>
    <message>
        <source>Exchange mailboxes ordered from Hostway, and where their orders stand</source>
        <translation>Les boîtes Exchange commandées à Hostway, et où en sont leurs commandes</translation>
    </message>
</context>
<context>
    <name>DomainSnapshot</name>
    <message>
        <source>must be a date and time (ISO 8601)</source>
        <translation>doit être une date et une heure (ISO 8601)</translation>
    </message>
    <message>
        <source>Mailbox %1 of the snapshot is %2, not an object.</source>
        <translation>La boîte %1 de l’instantané est %2, pas un objet.</translation>
    </message>
    <message>
        <source>mailbox %1</source>
        <translation>boîte %1</translation>
    </message>
</context>
<context>
    <name>DomainWebmailTab</name>
    <message>
        <source>Let its accounts &amp;upgrade their plan</source>
        <translation>Permettre à ses comptes de monter en &amp;gamme</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Whether the domain&apos;s webmail accounts may move to a higher plan</source>
        <translation>Si les comptes webmail du domaine peuvent passer à une offre supérieure</translation>
    </message>
    <message>
        <source>Send the setting to Hostway, or add it to the draft (Ctrl+S)</source>
        <translation>Envoyer le réglage à Hostway, ou l’ajouter au brouillon (Ctrl+S)</translation>
    </message>
    <message>
        <source>Plan of the domain:</source>
        <translation>Offre du domaine :</translation>
    </message>
    <message>
        <source>Trial:</source>
        <translation>Essai :</translation>
    </message>
    <message>
        <source>Plans offered:</source>
        <translation>Offres proposées :</translation>
    </message>
    <message>
        <source>The domain&apos;s webmail plans could not be read: %1</source>
        <translation>Les offres webmail du domaine n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>The domain&apos;s webmail settings could not be read: %1</source>
        <translation>Les réglages webmail du domaine n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The webmail of %1, as Hostway has it.</source>
        <translation>Le webmail de %1, tel que Hostway l’a.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 jusqu’au %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n mailbox(es)</source>
        <translation>
            <numerusform>%1 : au plus %n boîte</numerusform>
            <numerusform>%1 : au plus %n boîtes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no limit</source>
        <translation>%1 : sans limite</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>aucune indiquée</translation>
    </message>
    <message>
        <source>Added to the draft: %1.</source>
        <translation>Ajouté au brouillon : %1.</translation>
    </message>
    <message>
        <source>Hostway&apos;s product for this domain disables upgrades: they cannot be turned on here.</source>
        <translation>Le produit Hostway de ce domaine désactive les montées en gamme : elles ne peuvent pas être activées ici.</translation>
    </message>
</context>
<context>
    <name>Draft</name>
    <message>
        <source>This is not a Mailroom draft (no &quot;format&quot;: &quot;mailroom-draft&quot;).</source>
        <translation>Ce n’est pas un brouillon Mailroom (pas de « format » : « mailroom-draft »).</translation>
    </message>
    <message>
        <source>The draft was written by a newer Mailroom (format version %1; this version reads up to %2). Update Mailroom to open it; the file was left untouched.</source>
        <translation>Le brouillon a été écrit par un Mailroom plus récent (format %1 ; cette version lit jusqu’au format %2). Mettez Mailroom à jour pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Operation %1: %2</source>
        <translation>Opération %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 at byte %3); it was left untouched.</source>
        <translation>%1 est endommagé (%2 à l’octet %3) ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>A mailbox %1@%2 already exists.</source>
        <translation>Une boîte %1@%2 existe déjà.</translation>
    </message>
    <message>
        <source>There is no mailbox %1@%2 (in the snapshot or earlier in the draft).</source>
        <translation>Il n’y a pas de boîte %1@%2 (dans l’instantané ou plus haut dans le brouillon).</translation>
    </message>
    <message>
        <source>Operation %1 is for %2, but the draft is for a %3 account.</source>
        <translation>L’opération %1 est pour %2, mais le brouillon est pour un compte %3.</translation>
    </message>
    <message>
        <source>The draft has no valid &quot;version&quot;: %1</source>
        <translation>Le brouillon n’a pas de « version » valide : %1</translation>
    </message>
    <message>
        <source>The draft cannot be read: %1 The file was left untouched.</source>
        <translation>Le brouillon est illisible : %1 Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>must be a date and time (ISO 8601)</source>
        <translation>doit être une date et une heure (ISO 8601)</translation>
    </message>
    <message>
        <source>must be a URL</source>
        <translation>doit être une URL</translation>
    </message>
    <message>
        <source>the snapshot of %1 is damaged: %2</source>
        <translation>l’instantané de %1 est endommagé : %2</translation>
    </message>
    <message>
        <source>not an object.</source>
        <translation>pas un objet.</translation>
    </message>
    <message>
        <source>Operation %1 is %2, not an object.</source>
        <translation>L’opération %1 est %2, pas un objet.</translation>
    </message>
    <message>
        <source>Operation %1 has the id of another operation.</source>
        <translation>L’opération %1 a l’identifiant d’une autre opération.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than a draft may be (%3 MB, about 300,000 operations); it was left untouched. Split it into smaller drafts.</source>
        <translation>%1 fait %2 Mo, plus que la taille permise pour un brouillon (%3 Mo, environ 300&#xa0;000 opérations) ; il n’a pas été modifié. Divisez-le en brouillons plus petits.</translation>
    </message>
</context>
<context>
    <name>DraftApplier</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>non appliqué</translation>
    </message>
    <message>
        <source>done in an earlier run</source>
        <translation>fait lors d’une exécution précédente</translation>
    </message>
    <message>
        <source>found applied after an interruption</source>
        <translation>trouvé appliqué après une interruption</translation>
    </message>
    <message>
        <source>Stopped on a conflict: %1</source>
        <translation>Arrêté sur un conflit : %1</translation>
    </message>
    <message>
        <source>Its password is not in the keychain (it is kept there under the draft&apos;s id). Enter it again, or choose &quot;generate&quot;.</source>
        <translation>Son mot de passe n’est pas dans le trousseau (il y est gardé sous l’identifiant du brouillon). Saisissez-le de nouveau, ou choisissez « générer ».</translation>
    </message>
    <message>
        <source>The journal could not be written; nothing was sent.</source>
        <translation>Le journal n’a pas pu être écrit ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>an earlier operation on the same object did not apply</source>
        <translation>une opération précédente sur le même objet n’a pas abouti</translation>
    </message>
    <message>
        <source>not sent: the run stopped before it</source>
        <translation>non envoyé : l’exécution s’est arrêtée avant</translation>
    </message>
    <message>
        <source>Its outcome is unknown and could not be checked: %1</source>
        <translation>Son résultat est inconnu et n’a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>Not sent: its generated password could be kept neither in the keychain nor in the passwords file (%1).</source>
        <translation>Non envoyé : son mot de passe généré n’a pu être gardé ni dans le trousseau ni dans le fichier de mots de passe (%1).</translation>
    </message>
    <message>
        <source>Not sent: its generated password could not be kept in the keychain, and nobody would ever see it. Apply it with mailroomctl draft apply --passwords-out FILE.</source>
        <translation>Non envoyé : son mot de passe généré n’a pas pu être gardé dans le trousseau, et personne ne le verrait jamais. Appliquez-le avec mailroomctl draft apply --passwords-out FILE.</translation>
    </message>
    <message>
        <source>no answer (%1); checking whether it was applied</source>
        <translation>pas de réponse (%1) ; vérification de son application</translation>
    </message>
    <message>
        <source>found applied after the connection dropped</source>
        <translation>trouvé appliqué après la perte de la connexion</translation>
    </message>
    <message>
        <source>already applied by an earlier send whose answer was lost</source>
        <translation>déjà appliqué par un envoi précédent dont la réponse a été perdue</translation>
    </message>
    <message>
        <source>not sent: the journal could not be written, so a later run could not tell what this one did</source>
        <translation>non envoyé : le journal n’a pas pu être écrit, une reprise ne saurait donc pas ce que cette exécution a fait</translation>
    </message>
</context>
<context>
    <name>DraftDock</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Continue after a refusal</source>
        <translation>Continuer après un refus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Apply &amp;Selected</source>
        <translation>Appliquer la &amp;sélection</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en commande curl</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Discard Draft…</source>
        <translation>Abandonner le brouillon…</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message numerus="yes">
        <source>Discard this draft and its %n operation(s)?</source>
        <translation>
            <numerusform>Abandonner ce brouillon et son opération ?</numerusform>
            <numerusform>Abandonner ce brouillon et ses %n opérations ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>au plus </translation>
    </message>
    <message>
        <source> at once</source>
        <translation> à la fois</translation>
    </message>
    <message>
        <source>Requests sent at the same time; operations on one mailbox always keep their order.</source>
        <translation>Requêtes envoyées en même temps ; les opérations sur une même boîte gardent toujours leur ordre.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>Select an operation to see what changes and the exact request it sends.</source>
        <translation>Sélectionnez une opération pour voir ce qui change et la requête exacte qu’elle envoie.</translation>
    </message>
    <message>
        <source>The draft is empty. While Draft Mode is on, your changes are added here instead of being sent.</source>
        <translation>Le brouillon est vide. En mode brouillon, vos modifications sont ajoutées ici au lieu d’être envoyées.</translation>
    </message>
    <message>
        <source>Change:
</source>
        <translation>Modification :
</translation>
    </message>
    <message>
        <source>Request:
</source>
        <translation>Requête :
</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) need attention before the draft can be applied.</source>
        <translation>
            <numerusform>%n opération demande votre attention avant que le brouillon puisse être appliqué.</numerusform>
            <numerusform>%n opérations demandent votre attention avant que le brouillon puisse être appliqué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s), saved automatically to %1</source>
        <translation>
            <numerusform>%n opération, enregistrée automatiquement dans %1</numerusform>
            <numerusform>%n opérations, enregistrées automatiquement dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal cannot be written (%1); nothing was sent.</source>
        <translation>Le journal ne peut pas être écrit (%1) ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Changed Since the Draft</source>
        <translation>Modifié depuis le brouillon</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Opération : %1</translation>
    </message>
    <message>
        <source>Apply Anyway</source>
        <translation>Appliquer quand même</translation>
    </message>
    <message>
        <source>Skip It</source>
        <translation>L’ignorer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>%1 of %2 operations</source>
        <translation>opérations : %1 sur %2</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>%1 done, %2 refused, %3 skipped or not applied.</source>
        <translation>Faites : %1 ; refusées : %2 ; ignorées ou non appliquées : %3.</translation>
    </message>
    <message>
        <source>Operations of the draft</source>
        <translation>Opérations du brouillon</translation>
    </message>
    <message>
        <source>Operations sent at once</source>
        <translation>Opérations envoyées en même temps</translation>
    </message>
    <message>
        <source>Apply Draft</source>
        <translation>Appliquer le brouillon</translation>
    </message>
    <message>
        <source>They are sent in the draft&apos;s order; an interrupted apply resumes where it stopped.</source>
        <translation>Elles sont envoyées dans l’ordre du brouillon ; une application interrompue reprend là où elle s’est arrêtée.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n Change(s)</source>
        <translation>
            <numerusform>Envoyer %n modification</numerusform>
            <numerusform>Envoyer %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them delete(s) data at the provider, which cannot be undone. They are sent in the draft&apos;s order; an interrupted apply resumes where it stopped.</source>
        <translation>
            <numerusform>%n d’entre elles supprime des données chez le fournisseur, sans retour possible. Elles sont envoyées dans l’ordre du brouillon ; une application interrompue reprend là où elle s’est arrêtée.</numerusform>
            <numerusform>%n d’entre elles suppriment des données chez le fournisseur, sans retour possible. Elles sont envoyées dans l’ordre du brouillon ; une application interrompue reprend là où elle s’est arrêtée.</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;pply Draft</source>
        <translation>A&amp;ppliquer le brouillon</translation>
    </message>
    <message>
        <source>%1.
Send to %2 now?</source>
        <translation>%1.
Envoyer à %2 maintenant ?</translation>
    </message>
</context>
<context>
    <name>DraftModel</name>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>DraftVerifier</name>
    <message>
        <source>not done</source>
        <translation>non fait</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>DIFFERS: the journal says done, the provider does not show it</source>
        <translation>ÉCART : le journal indique « fait », le fournisseur ne le montre pas</translation>
    </message>
    <message>
        <source>changed again later in the draft</source>
        <translation>modifié de nouveau plus loin dans le brouillon</translation>
    </message>
    <message>
        <source>cannot be read back</source>
        <translation>impossible à relire</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>n’a pas pu être vérifié</translation>
    </message>
</context>
<context>
    <name>EditMailboxDialog</name>
    <message>
        <source>&amp;Master account</source>
        <translation>Compte &amp;principal</translation>
    </message>
    <message>
        <source>Edit %1@%2</source>
        <translation>Modifier %1@%2</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>A mailbox named %1 exists in %2 already: choose another name.</source>
        <translation>Une boîte nommée %1 existe déjà dans %2 : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Keep the current plan</source>
        <translation>Garder l’offre actuelle</translation>
    </message>
    <message>
        <source>The mailbox list&apos;s Webmail column shows the plan it is on now.</source>
        <translation>La colonne Webmail de la liste des boîtes montre son offre actuelle.</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Offre :</translation>
    </message>
    <message>
        <source>Every mailbox the plan %1 allows in %2 is taken: choose another plan, or keep the current one.</source>
        <translation>Toutes les boîtes que l’offre %1 permet dans %2 sont prises : choisissez une autre offre, ou gardez l’actuelle.</translation>
    </message>
    <message>
        <source>The domain&apos;s plans could not be read: %1</source>
        <translation>Les offres du domaine n’ont pas pu être lues : %1</translation>
    </message>
</context>
<context>
    <name>ExchangeOrdersTab</name>
    <message>
        <source>Order E&amp;xchange Mailbox…</source>
        <translation>Comma&amp;nder une boîte Exchange…</translation>
    </message>
    <message>
        <source>Confirm and &amp;Buy…</source>
        <translation>Confirmer et ache&amp;ter…</translation>
    </message>
    <message>
        <source>Exchange mailbox orders</source>
        <translation>Commandes de boîtes Exchange</translation>
    </message>
    <message>
        <source>Order a new Exchange mailbox from Hostway; it is created when the order completes</source>
        <translation>Commander une nouvelle boîte Exchange à Hostway ; elle est créée quand la commande est terminée</translation>
    </message>
    <message>
        <source>Buy the selected order at the price Hostway quoted</source>
        <translation>Acheter la commande sélectionnée au prix indiqué par Hostway</translation>
    </message>
    <message>
        <source>No Exchange mailbox ordered for %1 from this computer yet.</source>
        <translation>Aucune boîte Exchange commandée pour %1 depuis cet ordinateur pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The order of %1 could not be read: %2</source>
        <translation>La commande de %1 n&apos;a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>%1@%2 is ready: Hostway completed its order.</source>
        <translation>%1@%2 est prête : Hostway a terminé sa commande.</translation>
    </message>
    <message>
        <source>The order of %1 is not completed after %2 minutes: it needs attention, ask Hostway.</source>
        <translation>La commande de %1 n&apos;est pas terminée après %2 minutes : elle demande votre attention, interrogez Hostway.</translation>
    </message>
    <message>
        <source>Not ordered: %1</source>
        <translation>Non commandée : %1</translation>
    </message>
    <message>
        <source>Added to the draft: %1.</source>
        <translation>Ajouté au brouillon : %1.</translation>
    </message>
    <message>
        <source>Hostway quoted %1 for %2@%3: select the order and Confirm and Buy to order it.</source>
        <translation>Hostway demande %1 pour %2@%3 : sélectionnez la commande puis Confirmer et acheter pour la passer.</translation>
    </message>
    <message>
        <source>Ordered %1@%2: Hostway creates it when the order completes.</source>
        <translation>%1@%2 commandée : Hostway la crée quand la commande est terminée.</translation>
    </message>
    <message>
        <source>%1 (subtotal %2, deferred %3)</source>
        <translation>%1 (sous-total %2, différé %3)</translation>
    </message>
    <message>
        <source>the price Hostway quoted</source>
        <translation>le prix indiqué par Hostway</translation>
    </message>
    <message>
        <source>Buy Exchange Mailbox</source>
        <translation>Acheter une boîte Exchange</translation>
    </message>
    <message>
        <source>Buy the Exchange mailbox %1@%2 for %3?</source>
        <translation>Acheter la boîte Exchange %1@%2 pour %3 ?</translation>
    </message>
    <message>
        <source>Hostway charges the account and creates the mailbox.</source>
        <translation>Hostway facture le compte et crée la boîte.</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Acheter</translation>
    </message>
    <message>
        <source>Not bought: %1</source>
        <translation>Non achetée : %1</translation>
    </message>
    <message>
        <source>Bought %1@%2: Hostway creates it when the order completes.</source>
        <translation>%1@%2 achetée : Hostway la crée quand la commande est terminée.</translation>
    </message>
    <message>
        <source>Hostway took the order of %1@%2, but its answer names no order to follow: check at Hostway.</source>
        <translation>Hostway a pris la commande de %1@%2, mais sa réponse ne nomme aucune commande à suivre : vérifiez chez Hostway.</translation>
    </message>
    <message>
        <source>Hostway did not answer: reading the order of %1 to learn whether it was bought.</source>
        <translation>Hostway n&apos;a pas répondu : lecture de la commande de %1 pour savoir si elle a été achetée.</translation>
    </message>
    <message>
        <source>Added to the draft: buying %1@%2.</source>
        <translation>Ajouté au brouillon : achat de %1@%2.</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>Display name:</source>
        <translation>Nom d’affichage :</translation>
    </message>
    <message>
        <source>Fi&amp;rst name:</source>
        <translation>Prénom :</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Société :</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Rue :</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <source>State or province:</source>
        <translation>État ou province :</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Code postal :</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation>Téléphone mobile :</translation>
    </message>
    <message>
        <source>Home phone:</source>
        <translation>Téléphone domicile :</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adresses :</translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation>Alias :</translation>
    </message>
    <message>
        <source>Forwards to:</source>
        <translation>Transfère à :</translation>
    </message>
    <message>
        <source>Archive quota:</source>
        <translation>Quota d’archive :</translation>
    </message>
    <message>
        <source>Largest message sent:</source>
        <translation>Plus grand message envoyé :</translation>
    </message>
    <message>
        <source>Largest message received:</source>
        <translation>Plus grand message reçu :</translation>
    </message>
    <message>
        <source>Recipients per message:</source>
        <translation>Destinataires par message :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée :</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Modifiée :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>Mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>Au plus %n caractère</numerusform>
            <numerusform>Au plus %n caractères</numerusform>
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
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>Ressource :</translation>
    </message>
    <message>
        <source>As Exchange reports it</source>
        <translation>Tel qu’Exchange l’indique</translation>
    </message>
    <message>
        <source>Send the details changed to Hostway, or add them to the draft (Ctrl+S)</source>
        <translation>Envoyer les détails modifiés à Hostway, ou les ajouter au brouillon (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete the Exchange mailbox and its mail at Hostway, once you confirm its address</source>
        <translation>Supprimer la boîte Exchange et son courrier chez Hostway, une fois son adresse confirmée</translation>
    </message>
    <message>
        <source>The Exchange mailbox could not be read: %1</source>
        <translation>La boîte Exchange n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>%1 (chosen at creation; Hostway does not change it)</source>
        <translation>%1 (choisi à la création ; Hostway ne le change pas)</translation>
    </message>
    <message>
        <source>Primary address:</source>
        <translation>Adresse principale :</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 activé</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 désactivé</translation>
    </message>
    <message>
        <source>Protocol access:</source>
        <translation>Accès par protocole :</translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation>Quota :</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Occupé :</translation>
    </message>
    <message>
        <source>Added to the draft: %1.</source>
        <translation>Ajouté au brouillon : %1.</translation>
    </message>
    <message>
        <source>The new password of %1@%2 is set.</source>
        <translation>Le nouveau mot de passe de %1@%2 est défini.</translation>
    </message>
    <message>
        <source>Delete Exchange Mailbox</source>
        <translation>Supprimer la boîte Exchange</translation>
    </message>
    <message>
        <source>Delete the Exchange mailbox %1?</source>
        <translation>Supprimer la boîte Exchange %1 ?</translation>
    </message>
    <message>
        <source>Its messages are deleted at Hostway. This cannot be undone.</source>
        <translation>Ses messages sont supprimés chez Hostway. C’est irréversible.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Dele&amp;te Mailbox…</source>
        <translation>S&amp;upprimer la boîte…</translation>
    </message>
    <message>
        <source>Change the details and save them (Ctrl+S).</source>
        <translation>Modifiez les détails et enregistrez-les (Ctrl+S).</translation>
    </message>
    <message>
        <source>As&amp;k for a new password</source>
        <translation>Nou&amp;veau mot de passe</translation>
    </message>
    <message>
        <source>Next logon:</source>
        <translation>Prochaine connexion :</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
</context>
<context>
    <name>ForwardingTab</name>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Forwarding targets</source>
        <translation>Destinataires du transfert</translation>
    </message>
    <message>
        <source>Addresses to add</source>
        <translation>Adresses à ajouter</translation>
    </message>
    <message>
        <source>name@example.com, other@example.org</source>
        <translation>nom@exemple.fr, autre@exemple.org</translation>
    </message>
    <message>
        <source>Forward to these addresses as well (Return)</source>
        <translation>Transférer aussi à ces adresses (Entrée)</translation>
    </message>
    <message>
        <source>Add &amp;targets:</source>
        <translation>Ajouter des &amp;destinataires :</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Supprimer le destinataire</translation>
    </message>
    <message>
        <source>The forwarding could not be read: %1</source>
        <translation>Le transfert n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Mail to %1@%2 is not forwarded.</source>
        <translation>Le courrier de %1@%2 n’est pas transféré.</translation>
    </message>
    <message>
        <source>Mail to %1@%2 is forwarded to:</source>
        <translation>Le courrier de %1@%2 est transféré à :</translation>
    </message>
    <message>
        <source>Added to the draft: forward to %1.</source>
        <translation>Ajouté au brouillon : transférer à %1.</translation>
    </message>
    <message>
        <source>Added to the draft: stop forwarding to %1.</source>
        <translation>Ajouté au brouillon : ne plus transférer à %1.</translation>
    </message>
    <message>
        <source>Stop forwarding to the selected addresses (Del)</source>
        <translation>Ne plus transférer aux adresses choisies (Suppr)</translation>
    </message>
    <message numerus="yes">
        <source>Stop Forwarding to %n Address(es)</source>
        <translation>
            <numerusform>Ne plus transférer à %n adresse</numerusform>
            <numerusform>Ne plus transférer à %n adresses</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Forwarding</source>
        <translation>Arrêter le transfert</translation>
    </message>
    <message numerus="yes">
        <source>Stop forwarding the mail of %1 to %n address(es)?</source>
        <translation>
            <numerusform>Ne plus transférer le courrier de %1 à %n adresse ?</numerusform>
            <numerusform>Ne plus transférer le courrier de %1 à %n adresses ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail to the mailbox no longer reaches them; it still arrives in the mailbox.</source>
        <translation>Le courrier de la boîte ne leur parvient plus ; il arrive toujours dans la boîte.</translation>
    </message>
</context>
<context>
    <name>GeneratedPasswordsBox</name>
    <message>
        <source>Generated Passwords</source>
        <translation>Mots de passe générés</translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) were generated. They are shown this once: give them to their owners.</source>
        <translation>
            <numerusform>%n mot de passe a été généré. Il n’est montré qu’une fois : transmettez-le à son titulaire.</numerusform>
            <numerusform>%n mots de passe ont été générés. Ils ne sont montrés qu’une fois : transmettez-les à leurs titulaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Writes a CSV file readable by you only. It holds secrets: hand them out, then delete it.</source>
        <translation>Écrit un fichier CSV lisible par vous seul. Il contient des secrets : transmettez-les, puis supprimez-le.</translation>
    </message>
    <message>
        <source>Save Generated Passwords</source>
        <translation>Enregistrer les mots de passe générés</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Passwords Saved</source>
        <translation>Mots de passe enregistrés</translation>
    </message>
    <message>
        <source>%1 holds the passwords in clear text, readable by you only. Give them to their owners, then delete the file.</source>
        <translation>%1 contient les mots de passe en clair, lisible par vous seul. Transmettez-les à leurs titulaires, puis supprimez le fichier.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>outcome unknown: perhaps in effect</source>
        <translation>résultat inconnu : peut-être en vigueur</translation>
    </message>
    <message numerus="yes">
        <source>%n of them may not be in effect: the batch ended before the provider answered. Try it; if it does not work, reset that password again.</source>
        <translation>
            <numerusform>%n d’entre eux n’est peut-être pas en vigueur : le lot s’est terminé avant la réponse du fournisseur. Essayez-le ; s’il ne fonctionne pas, réinitialisez ce mot de passe à nouveau.</numerusform>
            <numerusform>%n d’entre eux ne sont peut-être pas en vigueur : le lot s’est terminé avant la réponse du fournisseur. Essayez-les ; si l’un ne fonctionne pas, réinitialisez ce mot de passe à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalAddressListTab</name>
    <message>
        <source>New &amp;Contact…</source>
        <translation>Nouveau c&amp;ontact…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modifi&amp;er…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Im&amp;port CSV…</source>
        <translation>Im&amp;porter CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Exporte&amp;r CSV…</translation>
    </message>
    <message>
        <source>Find a contact</source>
        <translation>Trouver un contact</translation>
    </message>
    <message>
        <source>Field to look in</source>
        <translation>Champ où chercher</translation>
    </message>
    <message>
        <source>How the text matches</source>
        <translation>Comment le texte correspond</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>Contacts of the global address list</source>
        <translation>Contacts du carnet d&apos;adresses global</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <source>Add a contact to the address list (Ctrl+N)</source>
        <translation>Ajouter un contact au carnet d&apos;adresses (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change the selected contact (Return)</source>
        <translation>Modifier le contact sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Draft a new contact for each row of a CSV file: a header of field names such as name, email, displayName</source>
        <translation>Mettre au brouillon un nouveau contact par ligne d&apos;un fichier CSV : un en-tête de noms de champs comme name, email, displayName</translation>
    </message>
    <message>
        <source>Write the contacts listed, every field, to a CSV file</source>
        <translation>Écrire les contacts listés, tous leurs champs, dans un fichier CSV</translation>
    </message>
    <message>
        <source>The address list could not be read: %1</source>
        <translation>Le carnet d&apos;adresses n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No contact in the address list yet: New Contact adds one, Import CSV many.</source>
        <translation>Aucun contact dans le carnet d&apos;adresses pour l&apos;instant : Nouveau contact en ajoute un, Importer CSV plusieurs.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact matches.</source>
        <translation>Aucun contact ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) match</source>
        <translation>
            <numerusform>%n contact correspond</numerusform>
            <numerusform>%n contacts correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to Draft</source>
        <translation>Ajouter au brouillon</translation>
    </message>
    <message>
        <source>Added to the draft: %1.</source>
        <translation>Ajouté au brouillon : %1.</translation>
    </message>
    <message>
        <source>Saved the contact %1.</source>
        <translation>Contact %1 enregistré.</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Delete the contact %1 (%2) from the global address list of %3?</source>
        <translation>Supprimer le contact %1 (%2) du carnet d&apos;adresses global de %3 ?</translation>
    </message>
    <message>
        <source>Only the address list entry goes: mail to the address is not affected.</source>
        <translation>Seule l&apos;entrée du carnet d&apos;adresses disparaît : le courrier vers l&apos;adresse n&apos;est pas touché.</translation>
    </message>
    <message>
        <source>Deleted the contact %1.</source>
        <translation>Contact %1 supprimé.</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 cannot be imported, so nothing was: correct the file and import it again.</source>
        <translation>
            <numerusform>%n ligne de %1 ne peut pas être importée, donc rien ne l&apos;a été : corrigez le fichier et importez-le de nouveau.</numerusform>
            <numerusform>%n lignes de %1 ne peuvent pas être importées, donc rien ne l&apos;a été : corrigez le fichier et importez-le de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>Importer %n contact</numerusform>
            <numerusform>Importer %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added to the draft from %1: apply the draft to create them.</source>
        <translation>
            <numerusform>%n contact ajouté au brouillon depuis %1 : appliquez le brouillon pour le créer.</numerusform>
            <numerusform>%n contacts ajoutés au brouillon depuis %1 : appliquez le brouillon pour les créer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>est exactement</translation>
    </message>
    <message>
        <source>Contains: the text anywhere in the field. Is exactly: the whole field.</source>
        <translation>Contient : le texte n&apos;importe où dans le champ. Est exactement : le champ entier.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Delete the selected contacts (Del)</source>
        <translation>Supprimer les contacts sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Supprimer des contacts</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) from the global address list of %1?</source>
        <translation>
            <numerusform>Supprimer %n contact du carnet d’adresses global de %1 ?</numerusform>
            <numerusform>Supprimer %n contacts du carnet d’adresses global de %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the address list entries go: mail to the addresses is not affected.</source>
        <translation>Seules les entrées du carnet d’adresses disparaissent : le courrier vers ces adresses n’est pas touché.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Contact(s)</source>
        <translation>
            <numerusform>Supprimer %n contact</numerusform>
            <numerusform>Supprimer %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>%n contact supprimé.</numerusform>
            <numerusform>%n contacts supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hostway</name>
    <message>
        <source>Hostway is missing this domain&apos;s records (HTTP 500): ask Hostway&apos;s support to check the domain.</source>
        <translation>Il manque à Hostway les enregistrements de ce domaine (HTTP 500) : demandez au support de Hostway de vérifier le domaine.</translation>
    </message>
    <message>
        <source>Hostway could not reach the mailbox to count its messages (HTTP 502). Try again in a few minutes.</source>
        <translation>Hostway n’a pas pu joindre la boîte pour compter ses messages (HTTP 502). Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Hostway has no message counts for this mailbox: it is a virtual mailbox, or no longer exists (refresh the list).</source>
        <translation>Hostway n’a pas de comptage de messages pour cette boîte : c’est une boîte virtuelle, ou elle n’existe plus (actualisez la liste).</translation>
    </message>
</context>
<context>
    <name>Hostway::Contact</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Téléphone personnel</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Business phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
    <message>
        <source>Business fax</source>
        <translation>Fax professionnel</translation>
    </message>
    <message>
        <source>ISDN number</source>
        <translation>Numéro RNIS</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Bipeur</translation>
    </message>
    <message>
        <source>Telex number</source>
        <translation>Numéro de télex</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Région ou province</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>Hostway::Rules</name>
    <message>
        <source>At least 8 characters</source>
        <translation>Au moins 8 caractères</translation>
    </message>
    <message>
        <source>At most 128 characters</source>
        <translation>Au plus 128 caractères</translation>
    </message>
    <message>
        <source>At least one digit</source>
        <translation>Au moins un chiffre</translation>
    </message>
    <message>
        <source>At least one capital letter</source>
        <translation>Au moins une majuscule</translation>
    </message>
    <message>
        <source>At least one lower-case letter</source>
        <translation>Au moins une minuscule</translation>
    </message>
    <message>
        <source>At least one special character (not a letter, digit or _)</source>
        <translation>Au moins un caractère spécial (ni lettre, ni chiffre, ni _)</translation>
    </message>
    <message>
        <source>Does not start with &quot;pass&quot;</source>
        <translation>Ne commence pas par « pass »</translation>
    </message>
    <message>
        <source>Does not start with &quot;abc&quot;</source>
        <translation>Ne commence pas par « abc »</translation>
    </message>
    <message>
        <source>Does not start with &quot;123&quot;</source>
        <translation>Ne commence pas par « 123 »</translation>
    </message>
    <message>
        <source>Does not contain the domain name</source>
        <translation>Ne contient pas le nom de domaine</translation>
    </message>
    <message>
        <source>Does not contain the mailbox name</source>
        <translation>Ne contient pas le nom de la boîte</translation>
    </message>
    <message>
        <source>Does not start with the mailbox name&apos;s first 3 letters</source>
        <translation>Ne commence pas par les 3 premières lettres du nom de la boîte</translation>
    </message>
    <message>
        <source>Enter a mailbox name.</source>
        <translation>Saisissez un nom de boîte aux lettres.</translation>
    </message>
    <message>
        <source>Use only letters a-z and A-Z, digits, dots and underscores.</source>
        <translation>N’utilisez que les lettres a-z et A-Z, des chiffres, des points et des tirets bas.</translation>
    </message>
    <message>
        <source>Use at most %1 characters (the longest an address may have before the @).</source>
        <translation>Utilisez au plus %1 caractères (le maximum pour une adresse avant le @).</translation>
    </message>
    <message>
        <source>%1 is not an email address.</source>
        <translation>%1 n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>A mailbox cannot forward to itself.</source>
        <translation>Une boîte ne peut pas se transférer à elle-même.</translation>
    </message>
</context>
<context>
    <name>HostwayClient</name>
    <message>
        <source>page %1 repeats an earlier page</source>
        <translation>la page %1 répète une page précédente</translation>
    </message>
    <message>
        <source>%1 mailboxes read, more than the %2 the provider counts</source>
        <translation>%1 boîtes lues, plus que les %2 que compte le fournisseur</translation>
    </message>
    <message>
        <source>more than %1 pages</source>
        <translation>plus de %1 pages</translation>
    </message>
    <message>
        <source>The provider&apos;s list of mailboxes does not end (%1); it was not read further.</source>
        <translation>La liste des boîtes du fournisseur ne se termine pas (%1) ; la lecture s’est arrêtée là.</translation>
    </message>
    <message>
        <source>A mailbox owner&apos;s sign-in reaches only that mailbox&apos;s password, secret questions and webmail; this needs the account administrator&apos;s sign-in.</source>
        <translation>La connexion du propriétaire d’une boîte aux lettres n’atteint que le mot de passe, les questions secrètes et le webmail de cette boîte ; ceci demande la connexion de l’administrateur du compte.</translation>
    </message>
</context>
<context>
    <name>HostwayMailboxes</name>
    <message>
        <source>Import Mailboxes</source>
        <translation>Importer des boîtes</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Drafted: this mailbox is created when the draft is applied.</source>
        <translation>Au brouillon : cette boîte sera créée à l’application du brouillon.</translation>
    </message>
    <message>
        <source>Offline: as in the snapshot of %1.</source>
        <translation>Hors ligne : d’après l’instantané du %1.</translation>
    </message>
    <message>
        <source>Mailbox %1@%2 created.</source>
        <translation>Boîte %1@%2 créée.</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>Mot de passe de %1 modifié.</translation>
    </message>
    <message>
        <source>Delete Mailbox</source>
        <translation>Supprimer la boîte</translation>
    </message>
    <message>
        <source>Delete the mailbox %1?</source>
        <translation>Supprimer la boîte aux lettres %1 ?</translation>
    </message>
    <message>
        <source>Its messages are deleted at the provider. This cannot be undone.</source>
        <translation>Ses messages sont supprimés chez le fournisseur. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Mailbox Not Deleted</source>
        <translation>Boîte non supprimée</translation>
    </message>
    <message>
        <source>Mailbox %1 deleted.</source>
        <translation>Boîte %1 supprimée.</translation>
    </message>
    <message>
        <source>Export Mailboxes</source>
        <translation>Exporter les boîtes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 cannot be imported, so nothing was: correct the file and import it again.</source>
        <translation>
            <numerusform>%n ligne de %1 ne peut pas être importée, donc rien ne l’a été : corrigez le fichier et importez-le de nouveau.</numerusform>
            <numerusform>%n lignes de %1 ne peuvent pas être importées, donc rien ne l’a été : corrigez le fichier et importez-le de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n mailbox(es)</source>
        <translation>
            <numerusform>Importer %n boîte</numerusform>
            <numerusform>Importer %n boîtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) added to the draft from %1.</source>
        <translation>
            <numerusform>%n boîte ajoutée au brouillon depuis %1.</numerusform>
            <numerusform>%n boîtes ajoutées au brouillon depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 modifiée.</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>Open the mailbox&apos;s property sheet (Return)</source>
        <translation>Ouvrir la fiche de propriétés de la boîte (Entrée)</translation>
    </message>
    <message>
        <source>Properties of %1@%2</source>
        <translation>Propriétés de %1@%2</translation>
    </message>
    <message>
        <source>Quota of %1 set to %2.</source>
        <translation>Quota de %1 fixé à %2.</translation>
    </message>
    <message numerus="yes">
        <source>Change Quota of %n Mailbox(es)</source>
        <translation>
            <numerusform>Modifier le quota de %n boîte aux lettres</numerusform>
            <numerusform>Modifier le quota de %n boîtes aux lettres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New quota of each of the &lt;b&gt;%n mailbox(es)&lt;/b&gt; selected in %1:</source>
        <translation>
            <numerusform>Nouveau quota de la &lt;b&gt;boîte aux lettres&lt;/b&gt; sélectionnée dans %1 :</numerusform>
            <numerusform>Nouveau quota de chacune des &lt;b&gt;%n boîtes aux lettres&lt;/b&gt; sélectionnées dans %1 :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quota set to %1 for %n mailbox(es).</source>
        <translation>
            <numerusform>Quota fixé à %1 pour %n boîte aux lettres.</numerusform>
            <numerusform>Quota fixé à %1 pour %n boîtes aux lettres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Passwords</source>
        <translation>Réinitialiser les mots de passe</translation>
    </message>
    <message numerus="yes">
        <source>Reset the passwords of %n mailbox(es) in %1?</source>
        <translation>
            <numerusform>Réinitialiser le mot de passe de %n boîte aux lettres de %1 ?</numerusform>
            <numerusform>Réinitialiser les mots de passe de %n boîtes aux lettres de %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each gets its own generated password, shown once when the batch ends. The old passwords stop working.</source>
        <translation>Chacune reçoit son propre mot de passe généré, montré une fois à la fin du lot. Les anciens mots de passe cessent de fonctionner.</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Password(s)</source>
        <translation>
            <numerusform>Réinitialiser %n mot de passe</numerusform>
            <numerusform>Réinitialiser %n mots de passe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) reset.</source>
        <translation>
            <numerusform>%n mot de passe réinitialisé.</numerusform>
            <numerusform>%n mots de passe réinitialisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Mailboxes</source>
        <translation>Supprimer des boîtes aux lettres</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n mailbox(es) in %1?</source>
        <translation>
            <numerusform>Supprimer %n boîte aux lettres de %1 ?</numerusform>
            <numerusform>Supprimer %n boîtes aux lettres de %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their messages are deleted at the provider. This cannot be undone.</source>
        <translation>Leurs messages sont supprimés chez le fournisseur. C’est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Mailbox(es)</source>
        <translation>
            <numerusform>Supprimer %n boîte aux lettres</numerusform>
            <numerusform>Supprimer %n boîtes aux lettres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) deleted.</source>
        <translation>
            <numerusform>%n boîte aux lettres supprimée.</numerusform>
            <numerusform>%n boîtes aux lettres supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n Mailbox(es) Master</source>
        <translation>
            <numerusform>Rendre %n boîte compte principal</numerusform>
            <numerusform>Rendre %n boîtes comptes principaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n Mailbox(es) Not Master</source>
        <translation>
            <numerusform>Retirer le compte principal à %n boîte</numerusform>
            <numerusform>Retirer le compte principal à %n boîtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) made master.</source>
        <translation>
            <numerusform>%n boîte devenue compte principal.</numerusform>
            <numerusform>%n boîtes devenues comptes principaux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) no longer master.</source>
        <translation>
            <numerusform>%n boîte n’est plus compte principal.</numerusform>
            <numerusform>%n boîtes ne sont plus comptes principaux.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostwaySearch</name>
    <message>
        <source>%1 could not be searched: %2</source>
        <translation>Recherche impossible dans %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more in %1: type more of the name</source>
        <translation>
            <numerusform>%n autre dans %1 : tapez davantage du nom</numerusform>
            <numerusform>%n autres dans %1 : tapez davantage du nom</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own mailbox</source>
        <translation>Votre propre boîte</translation>
    </message>
</context>
<context>
    <name>HostwaySender</name>
    <message>
        <source>%1 exists now, though it did not when the draft was made.</source>
        <translation>%1 existe maintenant, alors qu’il n’existait pas quand le brouillon a été fait.</translation>
    </message>
    <message>
        <source>%1 was deleted since the draft was made.</source>
        <translation>%1 a été supprimé depuis que le brouillon a été fait.</translation>
    </message>
    <message>
        <source>%1 was changed since the draft was made (quota %2 MB, now %3 MB).</source>
        <translation>%1 a été modifié depuis que le brouillon a été fait (quota %2 Mo, maintenant %3 Mo).</translation>
    </message>
    <message>
        <source>Hostway has no way to read a support ticket back: ask its support whether the report arrived, then skip it or apply it again.</source>
        <translation>Hostway ne permet pas de relire un ticket de support : demandez à son support si le signalement est arrivé, puis ignorez-le ou appliquez-le de nouveau.</translation>
    </message>
    <message>
        <source>Hostway cannot say whether an order arrived before it completes: look for it in the orders (mailroomctl order list) or at Hostway, then skip it or apply it again.</source>
        <translation>Hostway ne peut pas dire si une commande est arrivée avant qu&apos;elle soit terminée : cherchez-la parmi les commandes (mailroomctl order list) ou chez Hostway, puis ignorez-la ou appliquez-la de nouveau.</translation>
    </message>
</context>
<context>
    <name>HostwayView</name>
    <message>
        <source>%1
Hostway account %2 at %3, signed in as %4.
Add the domains you administer to browse their mailboxes.</source>
        <translation>%1
Compte Hostway %2 sur %3, connecté en tant que %4.
Ajoutez les domaines que vous administrez pour parcourir leurs boîtes aux lettres.</translation>
    </message>
    <message>
        <source>%1
Mailbox owner of %2 at %3.
Only this mailbox is shown: its secret questions, password and webmail.</source>
        <translation>%1
Propriétaire de la boîte aux lettres %2 sur %3.
Seule cette boîte aux lettres est affichée : ses questions secrètes, son mot de passe et son webmail.</translation>
    </message>
    <message>
        <source>%1@%2 is ready: Hostway completed its order.</source>
        <translation>%1@%2 est prête : Hostway a terminé sa commande.</translation>
    </message>
    <message>
        <source>The order of %1@%2 needs attention: ask Hostway.</source>
        <translation>La commande de %1@%2 demande votre attention : contactez Hostway.</translation>
    </message>
</context>
<context>
    <name>Ice</name>
    <message>
        <source>%1 server: enter the server&apos;s address.</source>
        <translation>Serveur %1 : saisissez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>%1 server: &quot;%2&quot; is not a host name or IP address.</source>
        <translation>Serveur %1 : « %2 » n’est ni un nom d’hôte ni une adresse IP.</translation>
    </message>
    <message>
        <source>%1 port: enter a number from 1 to 65535.</source>
        <translation>Port %1 : saisissez un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>%1 poll rate: enter whole minutes, 1 or more.</source>
        <translation>Fréquence de relève %1 : saisissez un nombre entier de minutes, 1 ou plus.</translation>
    </message>
    <message>
        <source>%1 mailbox: &quot;%2&quot; is not an email address.</source>
        <translation>Boîte %1 : « %2 » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter the organisation id.</source>
        <translation>Saisissez l’identifiant de l’organisation.</translation>
    </message>
    <message>
        <source>Enter the skill id.</source>
        <translation>Saisissez l’identifiant de la compétence.</translation>
    </message>
    <message>
        <source>Spoofing is on: enter the address to send as.</source>
        <translation>L’envoi sous une autre adresse est activé : saisissez cette adresse.</translation>
    </message>
    <message>
        <source>%1 server: the user name and the mailbox have at most 254 characters.</source>
        <translation>Serveur %1 : le nom d’utilisateur et la boîte ont au plus 254 caractères.</translation>
    </message>
</context>
<context>
    <name>IceOperation</name>
    <message>
        <source>The organisation id must be a number from 1.</source>
        <translation>L’identifiant d’organisation doit être un nombre à partir de 1.</translation>
    </message>
    <message>
        <source>The skill id must be a number from 1.</source>
        <translation>L’identifiant de compétence doit être un nombre à partir de 1.</translation>
    </message>
    <message>
        <source>Update the email server of skill %1: SMTP %2, %3 %4</source>
        <translation>Modifier le serveur de messagerie de la compétence %1 : SMTP %2, %3 %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&quot;passwords&quot; names smtp, pop3 or imap.</source>
        <translation>« passwords » nomme smtp, pop3 ou imap.</translation>
    </message>
    <message>
        <source>must be &quot;example&quot; or &quot;table&quot;</source>
        <translation>doit valoir « example » ou « table »</translation>
    </message>
</context>
<context>
    <name>IceSender</name>
    <message>
        <source>%1 is not an ICE change.</source>
        <translation>%1 n’est pas une modification ICE.</translation>
    </message>
</context>
<context>
    <name>IceSettingsPage</name>
    <message>
        <source>Use &amp;SSL</source>
        <translation>Utiliser &amp;SSL</translation>
    </message>
    <message>
        <source>Use &amp;TLS (STARTTLS)</source>
        <translation>Utiliser &amp;TLS (STARTTLS)</translation>
    </message>
    <message>
        <source>Send &amp;as another address:</source>
        <translation>Envoyer &amp;sous une autre adresse :</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activé</translation>
    </message>
    <message>
        <source>Send to &amp;ICE</source>
        <translation>Envoyer à &amp;ICE</translation>
    </message>
    <message>
        <source>e.g. smtp.example.com</source>
        <translation>p. ex. smtp.example.com</translation>
    </message>
    <message>
        <source>e.g. imap.example.com</source>
        <translation>p. ex. imap.example.com</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Sending (SMTP)</source>
        <translation>Envoi (SMTP)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Mailbox:</source>
        <translation>Boîte :</translation>
    </message>
    <message>
        <source>Poll rate:</source>
        <translation>Fréquence de relève :</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocole :</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Email Server of Skill %1</source>
        <translation>Serveur de messagerie de la compétence %1</translation>
    </message>
    <message>
        <source>Loading what Mailroom last sent…</source>
        <translation>Chargement de ce que Mailroom a envoyé en dernier…</translation>
    </message>
    <message>
        <source>ICE has no call that reads these settings back, and none were sent from this computer yet. Enter them and send: Mailroom will remember what it sent.</source>
        <translation>ICE n’a aucun appel pour relire ces réglages, et aucun n’a encore été envoyé depuis cet ordinateur. Saisissez-les et envoyez : Mailroom retiendra ce qu’il a envoyé.</translation>
    </message>
    <message>
        <source>ICE has no call that reads these settings back: this is what Mailroom sent on %1.</source>
        <translation>ICE n’a aucun appel pour relire ces réglages : voici ce que Mailroom a envoyé le %1.</translation>
    </message>
    <message>
        <source>The passwords could not be read from the keychain: enter them again before sending.</source>
        <translation>Les mots de passe n’ont pas pu être lus dans le trousseau : saisissez-les à nouveau avant d’envoyer.</translation>
    </message>
    <message>
        <source>Give the account&apos;s password to send.</source>
        <translation>Donnez le mot de passe du compte pour envoyer.</translation>
    </message>
    <message>
        <source>Sending to ICE…</source>
        <translation>Envoi à ICE…</translation>
    </message>
    <message>
        <source>ICE has no call that reads these settings back: this is what Mailroom just sent.</source>
        <translation>ICE n’a aucun appel pour relire ces réglages : voici ce que Mailroom vient d’envoyer.</translation>
    </message>
    <message>
        <source>Sent. The passwords could not be kept in the keychain: Mailroom will ask for them next time.</source>
        <translation>Envoyé. Les mots de passe n’ont pas pu être gardés dans le trousseau : Mailroom les demandera la prochaine fois.</translation>
    </message>
    <message>
        <source>Added to the draft: ICE gets these settings when the draft is applied.</source>
        <translation>Ajouté au brouillon : ICE recevra ces réglages quand le brouillon sera appliqué.</translation>
    </message>
    <message>
        <source>&amp;Add to Draft</source>
        <translation>&amp;Ajouter au brouillon</translation>
    </message>
    <message>
        <source>ICE accepted the settings.</source>
        <translation>ICE a accepté les réglages.</translation>
    </message>
    <message>
        <source>Address to send as</source>
        <translation>Adresse d’envoi</translation>
    </message>
</context>
<context>
    <name>IceView</name>
    <message>
        <source>%1
ICE organisation %2 at %3, signed in as %4.
Add the skills whose email server you manage.</source>
        <translation>%1
Organisation ICE %2 sur %3, connecté en tant que %4.
Ajoutez les compétences dont vous gérez le serveur de messagerie.</translation>
    </message>
    <message>
        <source>Add Skill</source>
        <translation>Ajouter une compétence</translation>
    </message>
    <message>
        <source>ICE skill id (a number, as in ICE&apos;s skill settings):</source>
        <translation>Identifiant de compétence ICE (un nombre, comme dans les réglages de compétence d’ICE) :</translation>
    </message>
</context>
<context>
    <name>IkoulaActions</name>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nom affiché</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>boîte aux lettres</translation>
    </message>
    <message>
        <source>forwarding address</source>
        <translation>adresse de transfert</translation>
    </message>
    <message>
        <source>list address</source>
        <translation>adresse de la liste</translation>
    </message>
    <message>
        <source>list manager</source>
        <translation>gestionnaire de la liste</translation>
    </message>
    <message>
        <source>contact address</source>
        <translation>adresse du contact</translation>
    </message>
    <message>
        <source>warning quota</source>
        <translation>quota d’avertissement</translation>
    </message>
    <message>
        <source>sending quota</source>
        <translation>quota d’envoi</translation>
    </message>
    <message>
        <source>receiving quota</source>
        <translation>quota de réception</translation>
    </message>
    <message>
        <source>days deleted items are kept</source>
        <translation>jours de conservation des éléments supprimés</translation>
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
        <translation>%1 exige %2.</translation>
    </message>
</context>
<context>
    <name>IkoulaContactsPage</name>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <source>&amp;Delete Contact…</source>
        <translation>&amp;Supprimer le contact…</translation>
    </message>
    <message>
        <source>Filter by name or address</source>
        <translation>Filtrer par nom ou adresse</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Contacts of %1</source>
        <translation>Contacts de %1</translation>
    </message>
    <message>
        <source>No contact in this organisation&apos;s address list yet.</source>
        <translation>Aucun contact dans le carnet d’adresses de cette organisation pour l’instant.</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché :</translation>
    </message>
    <message>
        <source>Added %1 to the address list.</source>
        <translation>%1 ajouté au carnet d’adresses.</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Delete the contact %1 from the address list?</source>
        <translation>Supprimer le contact %1 du carnet d’adresses ?</translation>
    </message>
    <message>
        <source>Deleted the contact %1.</source>
        <translation>Contact %1 supprimé.</translation>
    </message>
    <message>
        <source>Contacts of the organisation</source>
        <translation>Contacts de l’organisation</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Supprimer des contacts</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) from the address list?</source>
        <translation>
            <numerusform>Supprimer %n contact du carnet d’adresses ?</numerusform>
            <numerusform>Supprimer %n contacts du carnet d’adresses ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Contact(s)</source>
        <translation>
            <numerusform>Supprimer %n contact</numerusform>
            <numerusform>Supprimer %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>%n contact supprimé.</numerusform>
            <numerusform>%n contacts supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IkoulaListsPage</name>
    <message>
        <source>&amp;New List…</source>
        <translation>&amp;Nouvelle liste…</translation>
    </message>
    <message>
        <source>&amp;Delete List…</source>
        <translation>&amp;Supprimer la liste…</translation>
    </message>
    <message>
        <source>&amp;Add Member</source>
        <translation>&amp;Ajouter le membre</translation>
    </message>
    <message>
        <source>&amp;Remove Member</source>
        <translation>&amp;Retirer le membre</translation>
    </message>
    <message>
        <source>Address of a mailbox, list or contact</source>
        <translation>Adresse d’une boîte, d’une liste ou d’un contact</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Distribution Lists</source>
        <translation>Listes de diffusion</translation>
    </message>
    <message>
        <source>Distribution Lists of %1</source>
        <translation>Listes de diffusion de %1</translation>
    </message>
    <message>
        <source>This organisation has no distribution list yet.</source>
        <translation>Cette organisation n’a pas encore de liste de diffusion.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Membres de %1</translation>
    </message>
    <message>
        <source>Enter the address to add, such as name@example.com.</source>
        <translation>Saisissez l’adresse à ajouter, par exemple nom@example.com.</translation>
    </message>
    <message>
        <source>%1 is already a member of %2.</source>
        <translation>%1 est déjà membre de %2.</translation>
    </message>
    <message>
        <source>Adding %1 to %2…</source>
        <translation>Ajout de %1 à %2…</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 ajouté à %2.</translation>
    </message>
    <message>
        <source>Removing %1 from %2…</source>
        <translation>Retrait de %1 de %2…</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 retiré de %2.</translation>
    </message>
    <message>
        <source>New Distribution List</source>
        <translation>Nouvelle liste de diffusion</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché :</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créée.</translation>
    </message>
    <message>
        <source>Delete Distribution List</source>
        <translation>Supprimer la liste de diffusion</translation>
    </message>
    <message>
        <source>Delete the distribution list %1?</source>
        <translation>Supprimer la liste de diffusion %1 ?</translation>
    </message>
    <message>
        <source>Mail sent to this address will bounce. The members&apos; mailboxes are not touched.</source>
        <translation>Les messages envoyés à cette adresse seront rejetés. Les boîtes des membres ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Delete List</source>
        <translation>Supprimer la liste</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimée.</translation>
    </message>
    <message>
        <source>Distribution lists of the organisation</source>
        <translation>Listes de distribution de l’organisation</translation>
    </message>
    <message>
        <source>Members of the selected list</source>
        <translation>Membres de la liste sélectionnée</translation>
    </message>
    <message>
        <source>Member to add</source>
        <translation>Membre à ajouter</translation>
    </message>
    <message>
        <source>New memb&amp;er:</source>
        <translation>Nouveau m&amp;embre :</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Member(s)</source>
        <translation>
            <numerusform>Retirer %n membre</numerusform>
            <numerusform>Retirer %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Members</source>
        <translation>Retirer des membres</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from %1?</source>
        <translation>
            <numerusform>Retirer %n membre de %1 ?</numerusform>
            <numerusform>Retirer %n membres de %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail to the list no longer reaches them. Their mailboxes and contacts are not touched.</source>
        <translation>Le courrier envoyé à la liste ne leur parvient plus. Leurs boîtes aux lettres et contacts ne sont pas touchés.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n member(s) from %1.</source>
        <translation>
            <numerusform>%n membre retiré de %1.</numerusform>
            <numerusform>%n membres retirés de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IkoulaMailboxDialog</name>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Account &amp;disabled</source>
        <translation>Compte &amp;désactivé</translation>
    </message>
    <message>
        <source>&amp;Hidden from the address book</source>
        <translation>&amp;Masqué dans le carnet d’adresses</translation>
    </message>
    <message>
        <source>OWA (Outlook on the web)</source>
        <translation>OWA (Outlook sur le web)</translation>
    </message>
    <message>
        <source>MAPI (Outlook)</source>
        <translation>MAPI (Outlook)</translation>
    </message>
    <message>
        <source>ActiveSync (phones)</source>
        <translation>ActiveSync (téléphones)</translation>
    </message>
    <message>
        <source>&amp;Deliver to this mailbox too</source>
        <translation>&amp;Distribuer aussi dans cette boîte</translation>
    </message>
    <message>
        <source>Mailbox %1</source>
        <translation>Boîte %1</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nom affiché :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Nom de &amp;famille :</translation>
    </message>
    <message>
        <source>Initials:</source>
        <translation>Initiales :</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Société :</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Bureau :</translation>
    </message>
    <message>
        <source>Business phone:</source>
        <translation>Téléphone professionnel :</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>Téléphone &amp;mobile :</translation>
    </message>
    <message>
        <source>Home phone:</source>
        <translation>Téléphone personnel :</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Code postal :</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>How this mailbox may be reached:</source>
        <translation>Comment cette boîte peut être consultée :</translation>
    </message>
    <message>
        <source>&amp;Protocols</source>
        <translation>&amp;Protocoles</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Warn from:</source>
        <translation>&amp;Avertir à partir de :</translation>
    </message>
    <message>
        <source>Stop &amp;sending from:</source>
        <translation>Bloquer l’&amp;envoi à partir de :</translation>
    </message>
    <message>
        <source>Stop sending and &amp;receiving from:</source>
        <translation>Bloquer l’envoi et la &amp;réception à partir de :</translation>
    </message>
    <message>
        <source>&amp;Keep deleted items:</source>
        <translation>&amp;Garder les éléments supprimés :</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Utilisé :</translation>
    </message>
    <message>
        <source>&amp;Quotas</source>
        <translation>&amp;Quotas</translation>
    </message>
    <message>
        <source>another address of this mailbox</source>
        <translation>une autre adresse de cette boîte</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>A&amp;lias</translation>
    </message>
    <message>
        <source>(no forwarding)</source>
        <translation>(pas de transfert)</translation>
    </message>
    <message>
        <source>an outside address, e.g. name@gmail.com</source>
        <translation>une adresse externe, p. ex. nom@gmail.com</translation>
    </message>
    <message>
        <source>Forward to a &amp;mailbox:</source>
        <translation>Transférer vers une &amp;boîte :</translation>
    </message>
    <message>
        <source>Forward by &amp;SMTP to:</source>
        <translation>Transférer par &amp;SMTP vers :</translation>
    </message>
    <message>
        <source>&amp;Forwarding</source>
        <translation>&amp;Transfert</translation>
    </message>
    <message>
        <source>The display name cannot be empty.</source>
        <translation>Le nom affiché ne peut pas être vide.</translation>
    </message>
</context>
<context>
    <name>IkoulaMailboxesPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Filter by address or name</source>
        <translation>Filtrer par adresse ou nom</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Boîtes aux lettres</translation>
    </message>
    <message>
        <source>Mailboxes of %1</source>
        <translation>Boîtes aux lettres de %1</translation>
    </message>
    <message>
        <source>No mailbox in this organisation yet. Create one with New.</source>
        <translation>Aucune boîte dans cette organisation pour l’instant. Créez-en une avec Nouvelle.</translation>
    </message>
    <message>
        <source>New Mailbox</source>
        <translation>Nouvelle boîte aux lettres</translation>
    </message>
    <message>
        <source>Mailbox for a person</source>
        <translation>Boîte d’une personne</translation>
    </message>
    <message>
        <source>Room (bookable meeting room)</source>
        <translation>Salle (salle de réunion réservable)</translation>
    </message>
    <message>
        <source>Equipment (bookable resource)</source>
        <translation>Équipement (ressource réservable)</translation>
    </message>
    <message>
        <source>empty: Mailroom generates one and shows it once</source>
        <translation>vide : Mailroom en génère un et l’affiche une seule fois</translation>
    </message>
    <message>
        <source>&amp;Email the setup guide to the new mailbox</source>
        <translation>&amp;Envoyer le guide de configuration à la nouvelle boîte</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nom affiché :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Nom de &amp;famille :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Created %1. Its password, shown only now: %2</source>
        <translation>%1 créée. Son mot de passe, affiché cette seule fois : %2</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créée.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistrée.</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Mot de passe de %1 changé.</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Reset the password of %1?</source>
        <translation>Réinitialiser le mot de passe de %1 ?</translation>
    </message>
    <message>
        <source>The current password stops working at once.</source>
        <translation>Le mot de passe actuel cesse aussitôt de fonctionner.</translation>
    </message>
    <message>
        <source>Reset the password of %1; Ikoula sends the new one to the user.</source>
        <translation>Mot de passe de %1 réinitialisé ; Ikoula envoie le nouveau à l’utilisateur.</translation>
    </message>
    <message>
        <source>Reset the password of %1. New password, shown only now: %2</source>
        <translation>Mot de passe de %1 réinitialisé. Nouveau mot de passe, affiché cette seule fois : %2</translation>
    </message>
    <message>
        <source>Delete Mailbox</source>
        <translation>Supprimer la boîte</translation>
    </message>
    <message>
        <source>Delete the mailbox %1 and all its mail?</source>
        <translation>Supprimer la boîte %1 et tous ses messages ?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimée.</translation>
    </message>
    <message>
        <source>Added the creation of %1 to the draft.</source>
        <translation>Création de %1 ajoutée au brouillon.</translation>
    </message>
    <message>
        <source>Added the changes of %1 to the draft.</source>
        <translation>Modifications de %1 ajoutées au brouillon.</translation>
    </message>
    <message>
        <source>Added the password change of %1 to the draft.</source>
        <translation>Changement du mot de passe de %1 ajouté au brouillon.</translation>
    </message>
    <message>
        <source>Added the password reset of %1 to the draft; the new password is shown when it is applied.</source>
        <translation>Réinitialisation du mot de passe de %1 ajoutée au brouillon ; le nouveau mot de passe sera affiché à l’application.</translation>
    </message>
    <message>
        <source>Added the deletion of %1 to the draft.</source>
        <translation>Suppression de %1 ajoutée au brouillon.</translation>
    </message>
    <message>
        <source>The current password stops working when the draft is applied.</source>
        <translation>Le mot de passe actuel cessera de fonctionner quand le brouillon sera appliqué.</translation>
    </message>
    <message>
        <source>Mailboxes of the organisation</source>
        <translation>Boîtes aux lettres de l’organisation</translation>
    </message>
    <message>
        <source>Add to &amp;List…</source>
        <translation>Ajouter à une &amp;liste…</translation>
    </message>
    <message>
        <source>Adds the selected mailboxes to one of the organisation&apos;s distribution lists</source>
        <translation>Ajoute les boîtes sélectionnées à l’une des listes de diffusion de l’organisation</translation>
    </message>
    <message>
        <source>Reset Passwords</source>
        <translation>Réinitialiser les mots de passe</translation>
    </message>
    <message numerus="yes">
        <source>Reset the passwords of %n mailbox(es)?</source>
        <translation>
            <numerusform>Réinitialiser le mot de passe de %n boîte ?</numerusform>
            <numerusform>Réinitialiser les mots de passe de %n boîtes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ikoula makes a new password for each; they are shown once when the batch ends.</source>
        <translation>Ikoula crée un nouveau mot de passe pour chacune ; ils sont montrés une fois à la fin du lot.</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Password(s)</source>
        <translation>
            <numerusform>Réinitialiser %n mot de passe</numerusform>
            <numerusform>Réinitialiser %n mots de passe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n password(s).</source>
        <translation>
            <numerusform>%n mot de passe réinitialisé.</numerusform>
            <numerusform>%n mots de passe réinitialisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Mailboxes</source>
        <translation>Supprimer des boîtes</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n mailbox(es) and all their mail?</source>
        <translation>
            <numerusform>Supprimer %n boîte et tout son courrier ?</numerusform>
            <numerusform>Supprimer %n boîtes et tout leur courrier ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Mailbox(es)</source>
        <translation>
            <numerusform>Supprimer %n boîte</numerusform>
            <numerusform>Supprimer %n boîtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n mailbox(es).</source>
        <translation>
            <numerusform>%n boîte supprimée.</numerusform>
            <numerusform>%n boîtes supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add to Distribution List</source>
        <translation>Ajouter à une liste de diffusion</translation>
    </message>
    <message numerus="yes">
        <source>Add %n mailbox(es) to the list:</source>
        <translation>
            <numerusform>Ajouter %n boîte à la liste :</numerusform>
            <numerusform>Ajouter %n boîtes à la liste :</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Every mailbox selected is a member of %1 already.</source>
        <translation>Chaque boîte sélectionnée est déjà membre de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Member(s) to %1</source>
        <translation>
            <numerusform>Ajouter %n membre à %1</numerusform>
            <numerusform>Ajouter %n membres à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n member(s) to the list.</source>
        <translation>
            <numerusform>%n membre ajouté à la liste.</numerusform>
            <numerusform>%n membres ajoutés à la liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IkoulaOperation</name>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>wsexch has no change called &quot;%1&quot;.</source>
        <translation>wsexch n’a pas de modification nommée « %1 ».</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 manque.</translation>
    </message>
    <message>
        <source>%1 must be an email address, not &quot;%2&quot;.</source>
        <translation>%1 doit être une adresse e-mail, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 must be 0 or 1.</source>
        <translation>%1 doit valoir 0 ou 1.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of KB, 0 for no limit.</source>
        <translation>%1 doit être un nombre entier de Ko, 0 pour sans limite.</translation>
    </message>
    <message>
        <source>Deleted items are kept 0 to 30 days.</source>
        <translation>Les éléments supprimés sont conservés de 0 à 30 jours.</translation>
    </message>
    <message>
        <source>The warning comes before sending stops, which comes before receiving stops.</source>
        <translation>L’avertissement vient avant l’arrêt de l’envoi, qui vient avant l’arrêt de la réception.</translation>
    </message>
    <message>
        <source>Enter a password, or let Mailroom generate one.</source>
        <translation>Saisissez un mot de passe, ou laissez Mailroom en générer un.</translation>
    </message>
    <message>
        <source>room mailbox</source>
        <translation>la boîte aux lettres de salle</translation>
    </message>
    <message>
        <source>equipment mailbox</source>
        <translation>la boîte aux lettres d’équipement</translation>
    </message>
    <message>
        <source>user mailbox</source>
        <translation>la boîte aux lettres utilisateur</translation>
    </message>
    <message>
        <source>Create %1 %2 (%3)</source>
        <translation>Créer %1 %2 (%3)</translation>
    </message>
    <message>
        <source>, with a generated password</source>
        <translation>, avec un mot de passe généré</translation>
    </message>
    <message>
        <source>Update the directory fields of mailbox %1 (%2)</source>
        <translation>Modifier les champs d’annuaire de la boîte aux lettres %1 (%2)</translation>
    </message>
    <message>
        <source>Delete mailbox %1</source>
        <translation>Supprimer la boîte aux lettres %1</translation>
    </message>
    <message>
        <source>Change the password of %1</source>
        <translation>Changer le mot de passe de %1</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <source>Set the protocols of %1: %2</source>
        <translation>Régler les protocoles de %1 : %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Set the quotas of %1: warn at %2, stop sending at %3, stop receiving at %4, keep deleted items %5 days</source>
        <translation>Régler les quotas de %1 : avertir à %2, bloquer l’envoi à %3, bloquer la réception à %4, garder les éléments supprimés %5 jours</translation>
    </message>
    <message>
        <source>Add alias %1 to %2</source>
        <translation>Ajouter l’alias %1 à %2</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>Retirer l’alias %1</translation>
    </message>
    <message>
        <source>Forward %1 to %2, keeping a copy</source>
        <translation>Transférer %1 vers %2 en gardant une copie</translation>
    </message>
    <message>
        <source>Forward %1 to %2</source>
        <translation>Transférer %1 vers %2</translation>
    </message>
    <message>
        <source>Stop forwarding %1</source>
        <translation>Arrêter le transfert de %1</translation>
    </message>
    <message>
        <source>Forward %1 by SMTP to %2</source>
        <translation>Transférer %1 par SMTP vers %2</translation>
    </message>
    <message>
        <source>Stop the SMTP forwarding of %1</source>
        <translation>Arrêter le transfert SMTP de %1</translation>
    </message>
    <message>
        <source>Create distribution list %1 (%2), managed by %3</source>
        <translation>Créer la liste de diffusion %1 (%2), gérée par %3</translation>
    </message>
    <message>
        <source>Delete distribution list %1</source>
        <translation>Supprimer la liste de diffusion %1</translation>
    </message>
    <message>
        <source>Add %1 to distribution list %2</source>
        <translation>Ajouter %1 à la liste de diffusion %2</translation>
    </message>
    <message>
        <source>Remove %1 from distribution list %2</source>
        <translation>Retirer %1 de la liste de diffusion %2</translation>
    </message>
    <message>
        <source>Create contact %1 (%2)</source>
        <translation>Créer le contact %1 (%2)</translation>
    </message>
    <message>
        <source>Delete contact %1</source>
        <translation>Supprimer le contact %1</translation>
    </message>
    <message>
        <source>Ikoula %1</source>
        <translation>Ikoula %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of [name, text] pairs, without the password.</source>
        <translation>« %1 » doit être une liste de paires [nom, texte], sans le mot de passe.</translation>
    </message>
    <message>
        <source>%1 is too long: at most 256 characters.</source>
        <translation>%1 est trop long : 256 caractères au plus.</translation>
    </message>
    <message>
        <source>%1 is too long for an email address (at most 254 characters).</source>
        <translation>%1 est trop long pour une adresse e-mail (254 caractères au plus).</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>IkoulaOrganisation</name>
    <message>
        <source>another change is still being sent</source>
        <translation>une autre modification est encore en cours d’envoi</translation>
    </message>
    <message>
        <source>Added to the draft: nothing is sent until it is applied (Draft pane).</source>
        <translation>Ajouté au brouillon : rien n’est envoyé avant son application (panneau Brouillon).</translation>
    </message>
    <message>
        <source>not signed in to Ikoula yet: select the account again</source>
        <translation>pas encore connecté à Ikoula : sélectionnez à nouveau le compte</translation>
    </message>
    <message numerus="yes">
        <source>Added %n change(s) to the draft: nothing is sent until it is applied (Draft pane).</source>
        <translation>
            <numerusform>%n modification ajoutée au brouillon : rien n’est envoyé avant son application (panneau Brouillon).</numerusform>
            <numerusform>%n modifications ajoutées au brouillon : rien n’est envoyé avant son application (panneau Brouillon).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IkoulaPasswordDialog</name>
    <message>
        <source>Change Password of %1</source>
        <translation>Changer le mot de passe de %1</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <source>New &amp;password for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Nouveau &amp;mot de passe pour &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
</context>
<context>
    <name>IkoulaPasswordPolicy</name>
    <message>
        <source>Ikoula states no password rule: it checks the password when it is sent.</source>
        <translation>Ikoula n’annonce aucune règle de mot de passe : il le vérifie à l’envoi.</translation>
    </message>
</context>
<context>
    <name>IkoulaSearch</name>
    <message>
        <source>The subscriptions could not be listed: %1</source>
        <translation>Les abonnements n’ont pas pu être listés : %1</translation>
    </message>
    <message>
        <source>%1 could not be searched: %2</source>
        <translation>Recherche impossible dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>IkoulaSender</name>
    <message>
        <source>%1 is not an Ikoula change.</source>
        <translation>%1 n’est pas une modification Ikoula.</translation>
    </message>
    <message>
        <source>%1 exists now, though it did not when the draft was made.</source>
        <translation>%1 existe maintenant, alors qu’il n’existait pas quand le brouillon a été fait.</translation>
    </message>
    <message>
        <source>%1 was deleted since the draft was made.</source>
        <translation>%1 a été supprimé depuis que le brouillon a été fait.</translation>
    </message>
    <message>
        <source>Contact %1 was deleted since the draft was made.</source>
        <translation>Le contact %1 a été supprimé depuis que le brouillon a été fait.</translation>
    </message>
    <message>
        <source>%1: %2, now %3</source>
        <translation>%1 : %2, maintenant %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 was changed since the draft was made (%2).</source>
        <translation>%1 a été modifié depuis que le brouillon a été fait (%2).</translation>
    </message>
</context>
<context>
    <name>IkoulaSigner</name>
    <message>
        <source>The Ikoula public key is not a PEM public key (-----BEGIN PUBLIC KEY-----).</source>
        <translation>La clé publique Ikoula n’est pas une clé publique PEM (-----BEGIN PUBLIC KEY-----).</translation>
    </message>
    <message>
        <source>The Ikoula public key is not an RSA key.</source>
        <translation>La clé publique Ikoula n’est pas une clé RSA.</translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt with the Ikoula public key.</source>
        <translation>OpenSSL n’a pas pu chiffrer avec la clé publique Ikoula.</translation>
    </message>
    <message>
        <source>The password is too long for the Ikoula public key.</source>
        <translation>Le mot de passe est trop long pour la clé publique Ikoula.</translation>
    </message>
</context>
<context>
    <name>IkoulaSubscriptionPage</name>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Open an organisation in the tree to manage its mailboxes, distribution lists and contacts.</source>
        <translation>Ouvrez une organisation dans l’arborescence pour gérer ses boîtes, listes de diffusion et contacts.</translation>
    </message>
    <message>
        <source>Subscription %1</source>
        <translation>Abonnement %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No billing line yet.</source>
        <translation>Aucune ligne de facturation pour l’instant.</translation>
    </message>
</context>
<context>
    <name>IkoulaView</name>
    <message>
        <source>%1
Ikoula Exchange at %2, signed in as %3.
Its subscriptions and organisations are listed in the tree.</source>
        <translation>%1
Ikoula Exchange sur %2, connecté en tant que %3.
Ses abonnements et organisations sont listés dans l’arborescence.</translation>
    </message>
    <message>
        <source>Listing the subscriptions…</source>
        <translation>Liste des abonnements en cours…</translation>
    </message>
    <message>
        <source>This login has no Exchange subscription.</source>
        <translation>Cet identifiant n’a aucun abonnement Exchange.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>%1 is a symbolic link; a journal must be a regular file</source>
        <translation>%1 est un lien symbolique ; un journal doit être un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is not a regular file; a journal must be one</source>
        <translation>%1 n’est pas un fichier ordinaire, ce que doit être un journal</translation>
    </message>
</context>
<context>
    <name>ListMemberModel</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
</context>
<context>
    <name>MailboxCsvImport</name>
    <message>
        <source>The file is empty: it needs a header row with name, quota, master and password.</source>
        <translation>Le fichier est vide : il faut une ligne d’en-tête avec name, quota, master et password.</translation>
    </message>
    <message>
        <source>The header row lacks the column(s): %1.</source>
        <translation>Il manque à la ligne d’en-tête la ou les colonnes : %1.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 champs alors que l’en-tête en a %2.</translation>
    </message>
    <message>
        <source>%1 appears twice in the file.</source>
        <translation>%1 apparaît deux fois dans le fichier.</translation>
    </message>
    <message>
        <source>A mailbox %1@%2 already exists.</source>
        <translation>Une boîte %1@%2 existe déjà.</translation>
    </message>
    <message>
        <source>The quota must be a whole number of MB greater than 0 (or empty for the default).</source>
        <translation>Le quota doit être un nombre entier de Mo supérieur à 0 (ou vide pour la valeur par défaut).</translation>
    </message>
    <message>
        <source>master must be true or false.</source>
        <translation>master doit valoir true ou false.</translation>
    </message>
    <message>
        <source>The password breaks these rules: %1.</source>
        <translation>Le mot de passe enfreint ces règles : %1.</translation>
    </message>
    <message>
        <source>The file has a header but no mailbox.</source>
        <translation>Le fichier a un en-tête mais aucune boîte.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, about a million rows; split it.</source>
        <translation>%1 dépasse %2 Mo, soit environ un million de lignes ; divisez-le.</translation>
    </message>
</context>
<context>
    <name>MailboxDetailsPane</name>
    <message>
        <source>No mailbox selected</source>
        <translation>Aucune boîte sélectionnée</translation>
    </message>
    <message>
        <source>Select a mailbox in the list to see its quota, usage and settings.</source>
        <translation>Sélectionnez une boîte dans la liste pour voir son quota, son occupation et ses réglages.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Nom d’affichage :</translation>
    </message>
    <message>
        <source>Primary address:</source>
        <translation>Adresse principale :</translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation>Quota :</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Occupé :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Mailbox (IMAP / OpenXchange)</source>
        <translation>Boîte aux lettres (IMAP / OpenXchange)</translation>
    </message>
    <message>
        <source>Master account:</source>
        <translation>Compte principal :</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>For&amp;warding</source>
        <translation>&amp;Transfert</translation>
    </message>
    <message>
        <source>A&amp;utoresponder</source>
        <translation>Rép&amp;ondeur</translation>
    </message>
    <message>
        <source>Se&amp;nders</source>
        <translation>E&amp;xpéditeurs</translation>
    </message>
    <message>
        <source>All of the mailbox&apos;s tabs</source>
        <translation>Tous les onglets de la boîte</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Messages :</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>%1: %2 (%3 unread)</source>
        <translation>%1 : %2 (%3 non lus)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Indésirables</translation>
    </message>
    <message>
        <source>These settings are read from Hostway: not while offline, nor for a mailbox that is only in the draft.</source>
        <translation>Ces réglages sont lus chez Hostway : pas hors ligne, ni pour une boîte qui n’existe que dans le brouillon.</translation>
    </message>
    <message>
        <source>Spam f&amp;ilter</source>
        <translation>Anti-spa&amp;m</translation>
    </message>
    <message>
        <source>Report Failed Migration…</source>
        <translation>Signaler une migration échouée…</translation>
    </message>
    <message>
        <source>Open a ticket at Hostway&apos;s support for a migration of this mailbox that failed</source>
        <translation>Ouvrir un ticket au support de Hostway pour une migration de cette boîte qui a échoué</translation>
    </message>
    <message>
        <source>Webmai&amp;l</source>
        <translation>&amp;Webmail</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Sécu&amp;rité</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>Excha&amp;nge</translation>
    </message>
    <message>
        <source>Exchange mailbox. Its details, password and deletion are on the Exchange tab (Alt+X), its secret questions on the Security tab.</source>
        <translation>Boîte Exchange. Ses détails, son mot de passe et sa suppression sont dans l’onglet Exchange (Alt+N), ses questions secrètes dans l’onglet Sécurité.</translation>
    </message>
    <message>
        <source>&amp;Edit Mailbox…</source>
        <translation>Mo&amp;difier la boîte…</translation>
    </message>
    <message>
        <source>Rename the mailbox, make it master or not, or move it to another plan</source>
        <translation>Renommer la boîte, la rendre principale ou non, ou la passer à une autre offre</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) selected</source>
        <translation>
            <numerusform>%n boîte aux lettres sélectionnée</numerusform>
            <numerusform>%n boîtes aux lettres sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Quota, Reset Password and Delete act on all of them, as one batch. Select one mailbox to see its details.</source>
        <translation>Modifier le quota, Réinitialiser le mot de passe et Supprimer agissent sur toutes, en un seul lot. Sélectionnez une seule boîte pour voir ses détails.</translation>
    </message>
    <message numerus="yes">
        <source>They leave out %n of them: Exchange mailboxes, and mailboxes only drafted (outside Draft Mode).</source>
        <translation>
            <numerusform>Elles en laissent %n de côté : les boîtes Exchange, et les boîtes seulement brouillonnées (hors mode brouillon).</numerusform>
            <numerusform>Elles en laissent %n de côté : les boîtes Exchange, et les boîtes seulement brouillonnées (hors mode brouillon).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxListPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Filter mailboxes by name (* is a wildcard)  –  Ctrl+F</source>
        <translation>Filtrer les boîtes par nom (* est un joker)  –  Ctrl+F</translation>
    </message>
    <message>
        <source>Loading mailboxes…</source>
        <translation>Chargement des boîtes aux lettres…</translation>
    </message>
    <message>
        <source>Loading more… (%1 of %2)</source>
        <translation>Chargement de la suite… (%1 sur %2)</translation>
    </message>
    <message>
        <source>No mailbox matches “%1”.</source>
        <translation>Aucune boîte ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>%1 has no mailboxes yet. Create one with New Mailbox (Ctrl+N).</source>
        <translation>%1 n’a encore aucune boîte aux lettres. Créez-en une avec Nouvelle boîte (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 of %2 mailboxes loaded; scroll down for more.</source>
        <translation>%1 boîtes chargées sur %2 ; faites défiler pour la suite.</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es)</source>
        <translation>
            <numerusform>%n boîte aux lettres</numerusform>
            <numerusform>%n boîtes aux lettres</numerusform>
        </translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>Travailler &amp;hors ligne</translation>
    </message>
    <message>
        <source>Work &amp;Offline (snapshot of %1)</source>
        <translation>Travailler &amp;hors ligne (instantané du %1)</translation>
    </message>
    <message numerus="yes">
        <source>Offline: the snapshot of %1, %n mailbox(es). Changes can be drafted; Refresh (F5) goes online.</source>
        <translation>
            <numerusform>Hors ligne : l’instantané du %1, %n boîte. Les modifications peuvent aller au brouillon ; Actualiser (F5) repasse en ligne.</numerusform>
            <numerusform>Hors ligne : l’instantané du %1, %n boîtes. Les modifications peuvent aller au brouillon ; Actualiser (F5) repasse en ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mailbox of the snapshot matches “%1”.</source>
        <translation>Aucune boîte de l’instantané ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Filter mailboxes by name</source>
        <translation>Filtrer les boîtes par nom</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Boîtes aux lettres</translation>
    </message>
    <message>
        <source>%1 alone, as found. Clear the filter (Ctrl+F, then Backspace) to list every mailbox of %2.</source>
        <translation>%1 seule, telle que trouvée. Videz le filtre (Ctrl+F, puis Retour arrière) pour lister toutes les boîtes de %2.</translation>
    </message>
</context>
<context>
    <name>MailboxPropertiesDialog</name>
    <message>
        <source>Mailbox Properties</source>
        <translation>Propriétés de la boîte</translation>
    </message>
</context>
<context>
    <name>MailboxSettingChange</name>
    <message>
        <source>The settings of %1 changed since the draft was made.</source>
        <translation>Les réglages de %1 ont changé depuis la création du brouillon.</translation>
    </message>
</context>
<context>
    <name>MailboxSettingTab</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n change(s) to the draft.</source>
        <translation>
            <numerusform>%n modification ajoutée au brouillon.</numerusform>
            <numerusform>%n modifications ajoutées au brouillon.</numerusform>
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
        <translation>Boîte (IMAP)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Webmail</translation>
    </message>
    <message>
        <source>Drafted: %1</source>
        <translation>Au brouillon : %1</translation>
    </message>
    <message>
        <source>Click to sort; click again for the other order.</source>
        <translation>Cliquez pour trier ; cliquez encore pour l’ordre inverse.</translation>
    </message>
    <message>
        <source>Hostway sorts its lists by mailbox name or quota only: this column cannot be sorted.</source>
        <translation>Hostway ne trie ses listes que par nom de boîte ou par quota : cette colonne ne peut pas être triée.</translation>
    </message>
    <message>
        <source>Drafted; now %1 at the provider</source>
        <translation>Au brouillon ; %1 chez le fournisseur actuellement</translation>
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
        <translation>Bienvenue dans Mailroom</translation>
    </message>
    <message>
        <source>Add the account you administer at your email provider to browse its domains and mailboxes.</source>
        <translation>Ajoutez le compte que vous administrez chez votre fournisseur de messagerie pour parcourir ses domaines et ses boîtes aux lettres.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>&amp;Modifier le compte…</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>&amp;Retirer le compte…</translation>
    </message>
    <message>
        <source>Add &amp;Domain…</source>
        <translation>Ajouter un &amp;domaine…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Remove Domain from List…</source>
        <translation>Retirer le domaine de la liste…</translation>
    </message>
    <message>
        <source>&amp;New Mailbox…</source>
        <translation>&amp;Nouvelle boîte…</translation>
    </message>
    <message>
        <source>Change &amp;Quota…</source>
        <translation>Modifier le &amp;quota…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>De&amp;lete Mailbox…</source>
        <translation>&amp;Supprimer la boîte…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Cancel Requests</source>
        <translation>A&amp;nnuler les requêtes</translation>
    </message>
    <message>
        <source>&amp;Find Mailbox</source>
        <translation>&amp;Chercher une boîte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Mailroom</source>
        <translation>À &amp;propos de Mailroom</translation>
    </message>
    <message>
        <source>About Mailroom</source>
        <translation>À propos de Mailroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mailroom %1&lt;/h3&gt;&lt;p&gt;A console for administering hosted email through the providers&apos; web APIs.&lt;/p&gt;&lt;p&gt;Passwords are kept in the system keychain only.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mailroom %1&lt;/h3&gt;&lt;p&gt;Une console d’administration de la messagerie hébergée par les API web des fournisseurs.&lt;/p&gt;&lt;p&gt;Les mots de passe ne sont conservés que dans le trousseau du système.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Mailbox</source>
        <translation>&amp;Boîte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n requête en cours</numerusform>
            <numerusform>%n requêtes en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the account&apos;s password. Mailroom keeps it in the system keychain.</source>
        <translation>Saisissez le mot de passe du compte. Mailroom le conserve dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s password:</source>
        <translation>Saisissez le mot de passe du compte :</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <source>Remove the account “%1” from Mailroom?</source>
        <translation>Retirer le compte « %1 » de Mailroom ?</translation>
    </message>
    <message>
        <source>Its password is deleted from the keychain. Nothing changes at the provider.</source>
        <translation>Son mot de passe est effacé du trousseau. Rien ne change chez le fournisseur.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove Domain from List</source>
        <translation>Retirer le domaine de la liste</translation>
    </message>
    <message>
        <source>Remove %1 from the list?</source>
        <translation>Retirer %1 de la liste ?</translation>
    </message>
    <message>
        <source>The domain and its mailboxes stay at the provider; you can add it back at any time.</source>
        <translation>Le domaine et ses boîtes restent chez le fournisseur ; vous pouvez le rajouter à tout moment.</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>&amp;Draft Mode</source>
        <translation>Mode &amp;brouillon</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>While on, changes are added to a draft to review and apply later, instead of being sent.</source>
        <translation>Activé, les modifications sont ajoutées à un brouillon à relire et appliquer plus tard, au lieu d’être envoyées.</translation>
    </message>
    <message>
        <source>&amp;Import Mailboxes from CSV…</source>
        <translation>&amp;Importer des boîtes depuis un CSV…</translation>
    </message>
    <message>
        <source>&amp;Export List to CSV…</source>
        <translation>&amp;Exporter la liste en CSV…</translation>
    </message>
    <message>
        <source>Select an account first: a draft is prepared for one account.</source>
        <translation>Sélectionnez d’abord un compte : un brouillon se prépare pour un seul compte.</translation>
    </message>
    <message>
        <source>Draft mode: changes are added to the draft, nothing is sent.</source>
        <translation>Mode brouillon : les modifications sont ajoutées au brouillon, rien n’est envoyé.</translation>
    </message>
    <message>
        <source>Draft mode off: changes are sent at once. The draft stays below to review and apply.</source>
        <translation>Mode brouillon désactivé : les modifications sont envoyées aussitôt. Le brouillon reste en bas pour être relu et appliqué.</translation>
    </message>
    <message>
        <source>The draft is for another account: apply or discard it first.</source>
        <translation>Le brouillon concerne un autre compte : appliquez-le ou abandonnez-le d’abord.</translation>
    </message>
    <message>
        <source>Added to the draft: %1</source>
        <translation>Ajouté au brouillon : %1</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Brouillon abandonné.</translation>
    </message>
    <message>
        <source>Unfinished Draft</source>
        <translation>Brouillon inachevé</translation>
    </message>
    <message numerus="yes">
        <source>Mailroom found a draft for %1 with %n operation(s), last changed %2.</source>
        <translation>
            <numerusform>Mailroom a trouvé un brouillon pour %1 avec %n opération, modifié le %2.</numerusform>
            <numerusform>Mailroom a trouvé un brouillon pour %1 avec %n opérations, modifié le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was being applied when Mailroom stopped: applying it again resumes where it was, without sending anything twice.</source>
        <translation>Il était en cours d’application quand Mailroom s’est arrêté : l’appliquer de nouveau reprend là où il en était, sans rien envoyer deux fois.</translation>
    </message>
    <message>
        <source>Open it to review and apply it, or keep it for later.</source>
        <translation>Ouvrez-le pour le relire et l’appliquer, ou gardez-le pour plus tard.</translation>
    </message>
    <message>
        <source>Open Draft</source>
        <translation>Ouvrir le brouillon</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>The draft is being applied: wait for it to finish, or cancel it.</source>
        <translation>Le brouillon est en cours d’application : attendez la fin, ou annulez.</translation>
    </message>
    <message>
        <source>%1 changes cannot be drafted; they are sent at once.</source>
        <translation>Les modifications %1 ne peuvent pas passer par un brouillon ; elles sont envoyées aussitôt.</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>Acti&amp;vité</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Every change Mailroom and mailroomctl sent, from the audit log %1</source>
        <translation>Toutes les modifications envoyées par Mailroom et mailroomctl, d’après le journal d’activité %1</translation>
    </message>
    <message>
        <source>%1
Mailroom has no pages for this account&apos;s provider.</source>
        <translation>%1
Mailroom n’a pas de pages pour le fournisseur de ce compte.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Not Added to the Draft</source>
        <translation>Non ajouté au brouillon</translation>
    </message>
    <message>
        <source>%1 was not added to the draft: the keychain cannot keep its password (%2), and a draft is applied later, perhaps after Mailroom restarts.</source>
        <translation>%1 n&apos;a pas été ajouté au brouillon : le trousseau ne peut pas conserver son mot de passe (%2), et un brouillon est appliqué plus tard, peut-être après un redémarrage de Mailroom.</translation>
    </message>
    <message>
        <source>Make the change with Draft Mode off, or draft a new mailbox with a generated password.</source>
        <translation>Faites la modification avec le mode brouillon désactivé, ou mettez en brouillon une nouvelle boîte aux lettres avec un mot de passe généré.</translation>
    </message>
    <message>
        <source>%1 is no longer in the tree: its account was removed.</source>
        <translation>%1 n’est plus dans l’arborescence : son compte a été supprimé.</translation>
    </message>
    <message>
        <source>&amp;Search Everywhere…</source>
        <translation>&amp;Rechercher partout…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Finds a mailbox, list, contact or domain by part of its name in every account</source>
        <translation>Trouve une boîte, une liste, un contact ou un domaine par une partie de son nom dans tous les comptes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <source>Every action of the window by name: type part of it, Enter takes it</source>
        <translation>Toutes les actions de la fenêtre par leur nom : tapez-en une partie, Entrée l’exécute</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <source>Now add the domains you administer (Ctrl+Shift+D).</source>
        <translation>Ajoutez maintenant les domaines que vous administrez (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation>Compte ajouté.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>Signed in to %1: the account works.</source>
        <translation>Connecté à %1 : le compte fonctionne.</translation>
    </message>
    <message>
        <source>%1 has nothing to sign in to yet: the first domain added is checked.</source>
        <translation>%1 n’a encore rien à quoi se connecter : le premier domaine ajouté sera vérifié.</translation>
    </message>
    <message>
        <source>%1 refused the stored user name and password. Edit the account to correct them.</source>
        <translation>%1 a refusé le nom d’utilisateur et le mot de passe enregistrés. Modifiez le compte pour les corriger.</translation>
    </message>
    <message>
        <source>Nothing usable answered at %1. Check the network, or edit the account&apos;s base URL.</source>
        <translation>Rien d’utilisable n’a répondu à %1. Vérifiez le réseau, ou modifiez l’URL de base du compte.</translation>
    </message>
    <message>
        <source>The connection to %1 could not be tested.</source>
        <translation>La connexion à %1 n’a pas pu être testée.</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Sign in to the provider with the stored password and say what failed, if anything</source>
        <translation>Se connecter au fournisseur avec le mot de passe enregistré et dire ce qui a échoué, le cas échéant</translation>
    </message>
    <message>
        <source>Not tested: no usable password is stored for %1. Edit the account to enter it.</source>
        <translation>Non testé : aucun mot de passe utilisable n’est enregistré pour %1. Modifiez le compte pour le saisir.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n’a été envoyé : %1</translation>
    </message>
    <message>
        <source>Last &amp;Error…</source>
        <translation>Dernière &amp;erreur…</translation>
    </message>
    <message>
        <source>The last error in full, as the status bar shows it cut</source>
        <translation>La dernière erreur en entier, que la barre d’état montre coupée</translation>
    </message>
    <message>
        <source>Last Error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Make &amp;Master</source>
        <translation>Rendre compte p&amp;rincipal</translation>
    </message>
    <message>
        <source>Makes the selected mailboxes master accounts (one batch for several)</source>
        <translation>Fait des boîtes sélectionnées des comptes principaux (un seul lot pour plusieurs)</translation>
    </message>
    <message>
        <source>Make Not Mas&amp;ter</source>
        <translation>Ne plus être compte principa&amp;l</translation>
    </message>
    <message>
        <source>Makes the selected mailboxes ordinary accounts again (one batch for several)</source>
        <translation>Refait des boîtes sélectionnées des comptes ordinaires (un seul lot pour plusieurs)</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>Mailroom Manual</source>
        <translation>Manuel de Mailroom</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>The manual is missing from this build. It is the README&apos;s &quot;Using it&quot; section.</source>
        <translation>Le manuel manque dans cette version. C’est la section « Using it » du README.</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>Report Failed Migration</source>
        <translation>Signaler une migration échouée</translation>
    </message>
    <message>
        <source>Hostway&apos;s support opens a ticket for the migration of %1@%2 that failed. Say what was migrated, from where, and what went wrong.</source>
        <translation>Le support de Hostway ouvre un ticket pour la migration échouée de %1@%2. Dites ce qui était migré, d’où, et ce qui s’est mal passé.</translation>
    </message>
    <message>
        <source>For example: the mail of the old server imap.example.org stopped at 2 GB of 5.</source>
        <translation>Par exemple : le courrier de l’ancien serveur imap.exemple.org s’est arrêté à 2 Go sur 5.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Ce qui s’est passé :</translation>
    </message>
    <message>
        <source>Add to Draft</source>
        <translation>Ajouter au brouillon</translation>
    </message>
    <message>
        <source>Send Report</source>
        <translation>Envoyer le signalement</translation>
    </message>
</context>
<context>
    <name>NewMailboxDialog</name>
    <message>
        <source>&amp;Master account</source>
        <translation>Compte p&amp;rincipal</translation>
    </message>
    <message>
        <source>New Mailbox on %1</source>
        <translation>Nouvelle boîte sur %1</translation>
    </message>
    <message>
        <source>e.g. john.smith</source>
        <translation>p. ex. jean.dupont</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Valeur du fournisseur</translation>
    </message>
    <message>
        <source>A master account can administer the domain&apos;s other mailboxes.</source>
        <translation>Un compte principal peut administrer les autres boîtes du domaine.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>&amp;Quota :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation>Le fournisseur indique : %1</translation>
    </message>
    <message>
        <source>A mailbox with this name already exists.</source>
        <translation>Une boîte aux lettres de ce nom existe déjà.</translation>
    </message>
    <message>
        <source>Mailbox (IMAP, OpenXchange)</source>
        <translation>Boîte (IMAP, OpenXchange)</translation>
    </message>
    <message>
        <source>Exchange mailbox</source>
        <translation>Boîte Exchange</translation>
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
        <translation>Une personne (utilisateur)</translation>
    </message>
    <message>
        <source>A room</source>
        <translation>Une salle</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Un équipement</translation>
    </message>
    <message>
        <source>Chosen once: Hostway never changes it afterwards.</source>
        <translation>Choisi une fois : Hostway ne le change jamais ensuite.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype de boîte :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom d’&amp;affichage :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Offre :</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>R&amp;essource :</translation>
    </message>
    <message>
        <source>New Exchange Mailbox on %1</source>
        <translation>Nouvelle boîte Exchange sur %1</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Choose a domain.</source>
        <translation>Choisissez un domaine.</translation>
    </message>
    <message>
        <source>Unknown operation kind &quot;%1&quot;.</source>
        <translation>Type d’opération inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Enter the name of an existing mailbox.</source>
        <translation>Saisissez le nom d’une boîte existante.</translation>
    </message>
    <message>
        <source>A domain name has at most 253 characters.</source>
        <translation>Un nom de domaine a au plus 253 caractères.</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be the text naming the operation, not %1.</source>
        <translation>« kind » doit être le texte qui nomme l’opération, pas %1.</translation>
    </message>
    <message>
        <source>This setting belongs to the domain, not to a mailbox.</source>
        <translation>Ce réglage appartient au domaine, pas à une boîte.</translation>
    </message>
</context>
<context>
    <name>OperationSummary</name>
    <message numerus="yes">
        <source>%n mailbox(es)</source>
        <translation>
            <numerusform>%n boîte aux lettres</numerusform>
            <numerusform>%n boîtes aux lettres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n alias</numerusform>
            <numerusform>%n alias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distribution list(s)</source>
        <translation>
            <numerusform>%n liste de distribution</numerusform>
            <numerusform>%n listes de distribution</numerusform>
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
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of email settings</source>
        <translation>
            <numerusform>%n jeu de paramètres de messagerie</numerusform>
            <numerusform>%n jeux de paramètres de messagerie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n deletion(s)</source>
        <translation>
            <numerusform>%1, dont %n suppression</numerusform>
            <numerusform>%1, dont %n suppressions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, sur %2</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <source>Cannot read the orders file %1: %2</source>
        <translation>Impossible de lire le fichier des commandes %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the orders file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier des commandes %1 : %2</translation>
    </message>
    <message>
        <source>The orders file %1 is damaged or of another version (%2): it is left as it is.</source>
        <translation>Le fichier des commandes %1 est endommagé ou d&apos;une autre version (%2) : il est laissé tel quel.</translation>
    </message>
    <message>
        <source>The orders file %1 is busy: another Mailroom is writing it.</source>
        <translation>Le fichier des commandes %1 est occupé : un autre Mailroom l&apos;écrit.</translation>
    </message>
</context>
<context>
    <name>OrderExchangeDialog</name>
    <message>
        <source>Order Exchange Mailbox on %1</source>
        <translation>Commander une boîte Exchange sur %1</translation>
    </message>
    <message>
        <source>e.g. john.smith</source>
        <translation>p. ex. john.smith</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Commander</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Société :</translation>
    </message>
    <message>
        <source>Depar&amp;tment:</source>
        <translation>Se&amp;rvice :</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>F&amp;onction :</translation>
    </message>
    <message>
        <source>&amp;Business phone:</source>
        <translation>Téléphone pro&amp;fessionnel :</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>&amp;Mobile :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>A mailbox with this name exists already, or is ordered.</source>
        <translation>Une boîte de ce nom existe déjà, ou est commandée.</translation>
    </message>
    <message>
        <source>Hostway creates the mailbox when the order completes; the Exchange orders tab follows it. A paid product shows its price first and is bought only when you confirm.</source>
        <translation>Hostway crée la boîte quand la commande est terminée ; l&apos;onglet Commandes Exchange la suit. Un produit payant montre d&apos;abord son prix et n&apos;est acheté que si vous confirmez.</translation>
    </message>
    <message>
        <source>Hostway did not answer, so whether the order was placed is unknown: look for %1@%2 in the Exchange orders tab and at Hostway before ordering again.</source>
        <translation>Hostway n&apos;a pas répondu : on ne sait pas si la commande a été passée. Cherchez %1@%2 dans l&apos;onglet Commandes Exchange et chez Hostway avant de commander de nouveau.</translation>
    </message>
</context>
<context>
    <name>OrderExchangeMailbox</name>
    <message>
        <source>Enter the display name of the mailbox&apos;s owner.</source>
        <translation>Saisissez le nom affiché du titulaire de la boîte.</translation>
    </message>
    <message>
        <source>%1 is not a field of an Exchange order.</source>
        <translation>%1 n&apos;est pas un champ d&apos;une commande Exchange.</translation>
    </message>
    <message>
        <source>%1 is a whole number, 0 or more.</source>
        <translation>%1 est un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
        <source>%1 is text.</source>
        <translation>%1 est du texte.</translation>
    </message>
    <message>
        <source>Enter a password, or let Mailroom generate one.</source>
        <translation>Saisissez un mot de passe, ou laissez Mailroom en générer un.</translation>
    </message>
    <message>
        <source>Order the Exchange mailbox %1@%2 (%3); Hostway creates it when the order completes</source>
        <translation>Commander la boîte Exchange %1@%2 (%3) ; Hostway la crée quand la commande est terminée</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Quote of %1: waiting for your confirmation</source>
        <translation>Devis de %1 : en attente de votre confirmation</translation>
    </message>
    <message>
        <source>Completed: the mailbox exists</source>
        <translation>Terminée : la boîte existe</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Placed, not started yet</source>
        <translation>Passée, pas encore commencée</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Pas encore lue</translation>
    </message>
    <message>
        <source>Needs attention: Hostway says “%1”</source>
        <translation>Demande votre attention : Hostway indique « %1 »</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Dernière lecture</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: not completed after %n minute(s), ask Hostway</source>
        <translation>
            <numerusform>Demande votre attention : pas terminée après %n minute, interrogez Hostway</numerusform>
            <numerusform>Demande votre attention : pas terminée après %n minutes, interrogez Hostway</numerusform>
        </translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Order %1, placed %2</source>
        <translation>Commande %1, passée le %2</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <source>Signed in as this mailbox&apos;s owner: change its secret questions, reset its password with their answers, and choose its webmail plan. Other mailboxes and the domain&apos;s settings need the account administrator&apos;s sign-in.</source>
        <translation>Connecté en tant que propriétaire de cette boîte aux lettres : modifiez ses questions secrètes, réinitialisez son mot de passe grâce à leurs réponses et choisissez son offre webmail. Les autres boîtes aux lettres et les réglages du domaine demandent la connexion de l’administrateur du compte.</translation>
    </message>
</context>
<context>
    <name>PasswordEditor</name>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Generate a strong password that meets every rule</source>
        <translation>Générer un mot de passe robuste qui respecte toutes les règles</translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation>Le fournisseur indique : %1</translation>
    </message>
    <message>
        <source>met</source>
        <translation>respectée</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non respectée</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy the password, to pass it on to the mailbox&apos;s owner</source>
        <translation>Copier le mot de passe, pour le transmettre au titulaire de la boîte</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Hostway Email API</source>
        <translation>API e-mail Hostway</translation>
    </message>
    <message>
        <source>Ikoula Exchange</source>
        <translation>Ikoula Exchange</translation>
    </message>
    <message>
        <source>ICE EmailAdmin</source>
        <translation>ICE EmailAdmin</translation>
    </message>
    <message>
        <source>Webitel email settings</source>
        <translation>Réglages e-mail Webitel</translation>
    </message>
    <message>
        <source>Add &amp;Domain…</source>
        <translation>Ajouter un &amp;domaine…</translation>
    </message>
    <message>
        <source>Email Settings</source>
        <translation>Réglages e-mail</translation>
    </message>
    <message>
        <source>Account &amp;id:</source>
        <translation>&amp;Identifiant du compte :</translation>
    </message>
    <message>
        <source>the {account} of /accounts/{account}/...</source>
        <translation>le {account} de /accounts/{account}/...</translation>
    </message>
    <message>
        <source>Skill %1</source>
        <translation>Compétence %1</translation>
    </message>
    <message>
        <source>Add &amp;Skill…</source>
        <translation>Ajouter une &amp;compétence…</translation>
    </message>
    <message>
        <source>Email Server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>&amp;Organisation id:</source>
        <translation>Identifiant de l’&amp;organisation :</translation>
    </message>
    <message>
        <source>e.g. 59</source>
        <translation>p. ex. 59</translation>
    </message>
    <message>
        <source>%1: account %2 at %3, as %4</source>
        <translation>%1 : compte %2 sur %3, en tant que %4</translation>
    </message>
    <message>
        <source>%1: organisation %2 at %3, as %4</source>
        <translation>%1 : organisation %2 sur %3, en tant que %4</translation>
    </message>
    <message>
        <source>As in ICE&apos;s example (OrgId, Pop3UserName)</source>
        <translation>Comme dans l’exemple d’ICE (OrgId, Pop3UserName)</translation>
    </message>
    <message>
        <source>As in ICE&apos;s table (OrganizationId, Pop3Username)</source>
        <translation>Comme dans le tableau d’ICE (OrganizationId, Pop3Username)</translation>
    </message>
    <message>
        <source>ICE documents two spellings of three fields; keep the example&apos;s unless your ICE server refuses it.</source>
        <translation>ICE documente deux orthographes pour trois champs ; gardez celle de l’exemple sauf si votre serveur ICE la refuse.</translation>
    </message>
    <message>
        <source>Account administrator</source>
        <translation>Administrateur du compte</translation>
    </message>
    <message>
        <source>Mailbox owner</source>
        <translation>Propriétaire d’une boîte aux lettres</translation>
    </message>
    <message>
        <source>name@domain: the mailbox&apos;s own address</source>
        <translation>nom@domaine : l’adresse de la boîte aux lettres</translation>
    </message>
    <message>
        <source>Exchange mailbox owner</source>
        <translation>Propriétaire d’une boîte aux lettres Exchange</translation>
    </message>
    <message>
        <source>e.g. admin@partner-realm</source>
        <translation>p. ex. admin@partner-realm</translation>
    </message>
</context>
<context>
    <name>ProviderView</name>
    <message>
        <source>The rows could not be added to the draft.</source>
        <translation>Les lignes n&apos;ont pas pu être ajoutées au brouillon.</translation>
    </message>
</context>
<context>
    <name>QuotaDialog</name>
    <message>
        <source>Change Quota of %1@%2</source>
        <translation>Modifier le quota de %1@%2</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>&amp;Set Quota</source>
        <translation>&amp;Appliquer le quota</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>&amp;Quota :</translation>
    </message>
    <message>
        <source>New quota of &lt;b&gt;%1@%2&lt;/b&gt;:</source>
        <translation>Nouveau quota de &lt;b&gt;%1@%2&lt;/b&gt; :</translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message numerus="yes">
        <source> [... %n more character(s)]</source>
        <translation>
            <numerusform> [... %n caractère de plus]</numerusform>
            <numerusform> [... %n caractères de plus]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveBlackWhite</name>
    <message>
        <source>Choose the address to take off the list.</source>
        <translation>Choisissez l’adresse à retirer de la liste.</translation>
    </message>
    <message>
        <source>For %1: take %2 off the allowed and blocked senders</source>
        <translation>Pour %1 : retirer %2 des expéditeurs autorisés et bloqués</translation>
    </message>
    <message>
        <source>%1: %2 → not listed</source>
        <translation>%1 : %2 → absent de la liste</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 was listed or unlisted for %2 since the draft was made.</source>
        <translation>%1 a été ajouté ou retiré des expéditeurs de %2 depuis la création du brouillon.</translation>
    </message>
</context>
<context>
    <name>RemoveForward</name>
    <message>
        <source>Choose the forwarding target to remove.</source>
        <translation>Choisissez le destinataire du transfert à supprimer.</translation>
    </message>
    <message>
        <source>Stop forwarding %1 to %2</source>
        <translation>Ne plus transférer %1 à %2</translation>
    </message>
    <message>
        <source>forwarding to %1: removed</source>
        <translation>transfert à %1 : supprimé</translation>
    </message>
</context>
<context>
    <name>ReportMigration</name>
    <message>
        <source>Give the report a one-line subject.</source>
        <translation>Donnez au signalement un objet d’une ligne.</translation>
    </message>
    <message>
        <source>Say what went wrong: Hostway&apos;s support reads this.</source>
        <translation>Dites ce qui s’est mal passé : le support de Hostway le lira.</translation>
    </message>
    <message>
        <source>Report the failed migration of %1@%2 to Hostway&apos;s support (“%3”)</source>
        <translation>Signaler au support de Hostway la migration échouée de %1@%2 (« %3 »)</translation>
    </message>
    <message>
        <source>Failed migration of %1@%2</source>
        <translation>Migration échouée de %1@%2</translation>
    </message>
</context>
<context>
    <name>ResetByAnswersDialog</name>
    <message>
        <source>&amp;Reset Password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Answer to: %1</source>
        <translation>Réponse à : %1</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Reset Password by Secret Answers</source>
        <translation>Réinitialiser le mot de passe par les réponses secrètes</translation>
    </message>
    <message>
        <source>Reset the password of %1@%2. Type the answers the mailbox&apos;s owner gives; one right answer is enough. Answers are never saved.</source>
        <translation>Réinitialiser le mot de passe de %1@%2. Saisissez les réponses que donne le titulaire de la boîte ; une seule bonne réponse suffit. Les réponses ne sont jamais enregistrées.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordByAnswers</name>
    <message>
        <source>Enter a new password, or let Mailroom generate one.</source>
        <translation>Saisissez un nouveau mot de passe, ou laissez Mailroom en générer un.</translation>
    </message>
    <message>
        <source>Should start with a letter</source>
        <translation>Doit commencer par une lettre</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Mot de passe : %1</translation>
    </message>
    <message>
        <source>Reset the password of %1 by its secret answers, to a generated one</source>
        <translation>Réinitialiser le mot de passe de %1 par ses réponses secrètes, avec un mot de passe généré</translation>
    </message>
    <message>
        <source>Reset the password of %1 by its secret answers</source>
        <translation>Réinitialiser le mot de passe de %1 par ses réponses secrètes</translation>
    </message>
    <message>
        <source>An answer does not match the one on file: check each answer with the mailbox&apos;s owner, or set new answers in the Security tab first.</source>
        <translation>Une réponse ne correspond pas à celle enregistrée : vérifiez chaque réponse avec le titulaire de la boîte, ou définissez d’abord de nouvelles réponses dans l’onglet Sécurité.</translation>
    </message>
    <message>
        <source>Hostway knows no such mailbox of that kind: check the name, and whether it is an Exchange mailbox.</source>
        <translation>Hostway ne connaît pas de telle boîte de ce type : vérifiez le nom, et s’il s’agit d’une boîte Exchange.</translation>
    </message>
</context>
<context>
    <name>SearchEverywhere</name>
    <message>
        <source>Not searched: Mailroom has no password for this account yet. Select the account to sign in.</source>
        <translation>Non recherché : Mailroom n’a pas encore de mot de passe pour ce compte. Sélectionnez le compte pour vous connecter.</translation>
    </message>
</context>
<context>
    <name>SearchEverywhereBox</name>
    <message>
        <source>Search everywhere</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>Finds mailboxes, lists, contacts and domains in every account. Up and Down choose, Enter opens, Esc cancels.</source>
        <translation>Trouve boîtes, listes, contacts et domaines dans tous les comptes. Haut et Bas choisissent, Entrée ouvre, Échap annule.</translation>
    </message>
    <message>
        <source>Search everywhere (Ctrl+K)</source>
        <translation>Rechercher partout (Ctrl+K)</translation>
    </message>
    <message>
        <source>Accounts searched</source>
        <translation>Comptes parcourus</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message numerus="yes">
        <source>Type at least %n character(s) of a name, an address or a domain.</source>
        <translation>
            <numerusform>Tapez au moins %n caractère d’un nom, d’une adresse ou d’un domaine.</numerusform>
            <numerusform>Tapez au moins %n caractères d’un nom, d’une adresse ou d’un domaine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching “%1”: %2 of %n account(s) answered… (Esc cancels)</source>
        <translation>
            <numerusform>Recherche de « %1 » : %2 compte sur %n a répondu… (Échap annule)</numerusform>
            <numerusform>Recherche de « %1 » : %2 comptes sur %n ont répondu… (Échap annule)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search cancelled: %n found so far.</source>
        <translation>
            <numerusform>Recherche annulée : %n trouvé jusqu’ici.</numerusform>
            <numerusform>Recherche annulée : %n trouvés jusqu’ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try part of the name, or @ and part of the domain.</source>
        <translation>Rien trouvé pour « %1 ». Essayez une partie du nom, ou @ et une partie du domaine.</translation>
    </message>
    <message numerus="yes">
        <source>%n found. Up and Down choose, Enter opens.</source>
        <translation>
            <numerusform>%n trouvé. Haut et Bas choisissent, Entrée ouvre.</numerusform>
            <numerusform>%n trouvés. Haut et Bas choisissent, Entrée ouvre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type part of a name, an address or a domain: every account is searched.</source>
        <translation>Tapez une partie d’un nom, d’une adresse ou d’un domaine : tous les comptes sont parcourus.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>Recently opened. Type to search every account.</source>
        <translation>Ouverts récemment. Tapez pour rechercher dans tous les comptes.</translation>
    </message>
    <message>
        <source>Removed account</source>
        <translation>Compte supprimé</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Liste de distribution</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Sh&amp;ow answers</source>
        <translation>Affic&amp;her les réponses</translation>
    </message>
    <message>
        <source>Save Answers</source>
        <translation>Enregistrer les réponses</translation>
    </message>
    <message>
        <source>&amp;Reset Password by Answers…</source>
        <translation>Réinitialiser par &amp;les réponses…</translation>
    </message>
    <message>
        <source>Send the answers to Hostway, or add them to the draft (Ctrl+S); they replace every answer on file</source>
        <translation>Envoyer les réponses à Hostway, ou les ajouter au brouillon (Ctrl+S) ; elles remplacent toutes les réponses enregistrées</translation>
    </message>
    <message>
        <source>Set a new password with the answers the mailbox&apos;s owner gives</source>
        <translation>Définir un nouveau mot de passe avec les réponses que donne le titulaire de la boîte</translation>
    </message>
    <message>
        <source>New answers (saving replaces every answer on file):</source>
        <translation>Nouvelles réponses (l’enregistrement remplace toutes les réponses enregistrées) :</translation>
    </message>
    <message>
        <source>The secret questions could not be read: %1</source>
        <translation>Les questions secrètes n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>The secret questions of %1@%2 could not be read: %3</source>
        <translation>Les questions secrètes de %1@%2 n’ont pas pu être lues : %3</translation>
    </message>
    <message>
        <source>New answer to: %1</source>
        <translation>Nouvelle réponse à : %1</translation>
    </message>
    <message>
        <source>answered; type to replace</source>
        <translation>répondue ; saisir pour remplacer</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message numerus="yes">
        <source>%1@%2 answered %n question(s); Hostway asks for at least %3.</source>
        <translation>
            <numerusform>%1@%2 a répondu à %n question ; Hostway en demande au moins %3.</numerusform>
            <numerusform>%1@%2 a répondu à %n questions ; Hostway en demande au moins %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hostway offers no secret questions to this account.</source>
        <translation>Hostway ne propose aucune question secrète à ce compte.</translation>
    </message>
    <message>
        <source>The mailbox has no secret answers on file: save some first</source>
        <translation>La boîte n’a aucune réponse secrète enregistrée : enregistrez-en d’abord</translation>
    </message>
    <message>
        <source>Added to the draft: the answers are set when the draft is applied.</source>
        <translation>Ajouté au brouillon : les réponses sont définies quand le brouillon est appliqué.</translation>
    </message>
    <message>
        <source>Added to the draft: the password is reset when the draft is applied.</source>
        <translation>Ajouté au brouillon : le mot de passe est réinitialisé quand le brouillon est appliqué.</translation>
    </message>
    <message>
        <source>The password of %1@%2 was reset.</source>
        <translation>Le mot de passe de %1@%2 a été réinitialisé.</translation>
    </message>
</context>
<context>
    <name>SendersTab</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Filter senders</source>
        <translation>Filtrer les expéditeurs</translation>
    </message>
    <message>
        <source>Filter (* is a wildcard)</source>
        <translation>Filtre (* est un joker)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Blocked and allowed senders</source>
        <translation>Expéditeurs bloqués et autorisés</translation>
    </message>
    <message>
        <source>Senders to add</source>
        <translation>Expéditeurs à ajouter</translation>
    </message>
    <message>
        <source>spam@example.com, @example.org</source>
        <translation>spam@exemple.fr, @exemple.org</translation>
    </message>
    <message>
        <source>List to add them to</source>
        <translation>Liste où les ajouter</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Block or allow these senders (Return)</source>
        <translation>Bloquer ou autoriser ces expéditeurs (Entrée)</translation>
    </message>
    <message>
        <source>A&amp;dd senders:</source>
        <translation>A&amp;jouter des expéditeurs :</translation>
    </message>
    <message>
        <source>The senders could not be read: %1</source>
        <translation>Les expéditeurs n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Added to the draft: %1.</source>
        <translation>Ajouté au brouillon : %1.</translation>
    </message>
    <message>
        <source>Hostway sorts the senders by address only; filter by list instead.</source>
        <translation>Hostway ne trie les expéditeurs que par adresse ; filtrez plutôt par liste.</translation>
    </message>
    <message>
        <source>%1 blocks and allows no sender beyond the spam filter.</source>
        <translation>%1 ne bloque ni n’autorise aucun expéditeur en dehors du filtre antispam.</translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s) listed for %1.</source>
        <translation>
            <numerusform>%n expéditeur listé pour %1.</numerusform>
            <numerusform>%n expéditeurs listés pour %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is blocked now: Add moves it to the allowed senders.</source>
        <translation>%1 est bloqué : Ajouter le passe aux expéditeurs autorisés.</translation>
    </message>
    <message>
        <source>%1 is allowed now: Add moves it to the blocked senders.</source>
        <translation>%1 est autorisé : Ajouter le passe aux expéditeurs bloqués.</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Remove from Allowed</source>
        <translation>Retirer des autorisés</translation>
    </message>
    <message>
        <source>%1 is blocked. Return unblocks it.</source>
        <translation>%1 est bloqué. Entrée le débloque.</translation>
    </message>
    <message>
        <source>%1 is allowed. Return takes it off the allowed senders.</source>
        <translation>%1 est autorisé. Entrée le retire des expéditeurs autorisés.</translation>
    </message>
    <message>
        <source>Take the selected senders off their lists (Del)</source>
        <translation>Retirer les expéditeurs choisis de leurs listes (Suppr)</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Sender(s)</source>
        <translation>
            <numerusform>Retirer %n expéditeur</numerusform>
            <numerusform>Retirer %n expéditeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Senders</source>
        <translation>Retirer des expéditeurs</translation>
    </message>
    <message numerus="yes">
        <source>Take %n sender(s) off the lists of %1?</source>
        <translation>
            <numerusform>Retirer %n expéditeur des listes de %1 ?</numerusform>
            <numerusform>Retirer %n expéditeurs des listes de %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail from a blocked sender is delivered again; an allowed one goes through the spam filter again.</source>
        <translation>Le courrier d’un expéditeur bloqué est de nouveau distribué ; celui d’un expéditeur autorisé repasse par le filtre antispam.</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>No keychain service is available, so Mailroom cannot remember this password: it will ask for it once per session and store it nowhere.</source>
        <translation>Aucun service de trousseau n’est disponible ; Mailroom ne peut donc pas retenir ce mot de passe : il le demandera une fois par session et ne l’enregistrera nulle part.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused: Mailroom will keep the password for this session only.</source>
        <translation>L’accès au trousseau a été refusé : Mailroom gardera le mot de passe pour cette session seulement.</translation>
    </message>
    <message>
        <source>The keychain failed (%1): Mailroom will keep the password for this session only.</source>
        <translation>Le trousseau a échoué (%1) : Mailroom gardera le mot de passe pour cette session seulement.</translation>
    </message>
    <message>
        <source>No keychain service is available: the password is kept for this session only.</source>
        <translation>Aucun service de trousseau n’est disponible : le mot de passe est gardé pour cette session seulement.</translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain (%1); it is kept for this session only.</source>
        <translation>Le mot de passe n’a pas pu être enregistré dans le trousseau (%1) ; il est gardé pour cette session seulement.</translation>
    </message>
    <message>
        <source>The provider refused the password kept for this account: enter it again.</source>
        <translation>Le fournisseur a refusé le mot de passe conservé pour ce compte : saisissez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>SetAutoresponder</name>
    <message>
        <source>Write the reply&apos;s text.</source>
        <translation>Écrivez le texte de la réponse.</translation>
    </message>
    <message>
        <source>Keep the reply&apos;s text: Hostway needs it even to turn the autoresponder off.</source>
        <translation>Gardez le texte de la réponse : Hostway l’exige même pour désactiver la réponse automatique.</translation>
    </message>
    <message>
        <source>The reply&apos;s text has at most %1 characters.</source>
        <translation>Le texte de la réponse a au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The subject is one line of at most %1 characters.</source>
        <translation>L’objet tient sur une ligne d’au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Turn off the autoresponder of %1</source>
        <translation>Désactiver la réponse automatique de %1</translation>
    </message>
    <message>
        <source>Turn on the autoresponder of %1</source>
        <translation>Activer la réponse automatique de %1</translation>
    </message>
    <message>
        <source>Turn on the autoresponder of %1 (“%2”)</source>
        <translation>Activer la réponse automatique de %1 (« %2 »)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>autoresponder: %1 → %2</source>
        <translation>réponse automatique : %1 → %2</translation>
    </message>
    <message>
        <source>subject: “%1”</source>
        <translation>objet : « %1 »</translation>
    </message>
    <message>
        <source>text: %1</source>
        <translation>texte : %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
</context>
<context>
    <name>SetDomainWebmailUpgrade</name>
    <message>
        <source>Allow the webmail accounts of %1 to upgrade their plan</source>
        <translation>Permettre aux comptes webmail de %1 de monter en gamme</translation>
    </message>
    <message>
        <source>Forbid the webmail accounts of %1 to upgrade their plan</source>
        <translation>Interdire aux comptes webmail de %1 de monter en gamme</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>permise</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>interdite</translation>
    </message>
    <message>
        <source>plan upgrades: %1 → %2</source>
        <translation>montée en gamme : %1 → %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Upgrades are disabled for the product %1 is on and cannot be turned on here: ask Hostway.</source>
        <translation>Les montées en gamme sont désactivées pour le produit de %1 et ne peuvent pas être activées ici : demandez à Hostway.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
</context>
<context>
    <name>SetForwards</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Enter at least one address to forward to.</source>
        <translation>Saisissez au moins une adresse de transfert.</translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation>%1 figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>Forward %1 to %2</source>
        <translation>Transférer %1 à %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>forwarding: %1 → %2</source>
        <translation>transfert : %1 → %2</translation>
    </message>
    <message>
        <source>%1 is this mailbox under another name of %2 (a domain alias): mail forwarded there would come straight back. Forward to another mailbox.</source>
        <translation>%1 est cette boîte sous un autre nom de %2 (un alias de domaine) : le courrier transféré reviendrait aussitôt. Transférez vers une autre boîte.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2. Create that mailbox first, or check the spelling.</source>
        <translation>%1 n’existe pas dans %2. Créez d’abord cette boîte, ou vérifiez l’orthographe.</translation>
    </message>
    <message>
        <source>%1 is this mailbox: a mailbox cannot forward to itself.</source>
        <translation>%1 est cette boîte : une boîte ne peut pas se transférer à elle-même.</translation>
    </message>
    <message>
        <source>must hold addresses as text, not %1</source>
        <translation>doit contenir des adresses en texte, pas %1</translation>
    </message>
</context>
<context>
    <name>SetInfoStoreQuota</name>
    <message>
        <source>The InfoStore quota is 0 MB or more.</source>
        <translation>Le quota InfoStore est de 0 Mo ou plus.</translation>
    </message>
    <message>
        <source>Set the InfoStore quota of %1 to %2 MB</source>
        <translation>Fixer le quota InfoStore de %1 à %2 Mo</translation>
    </message>
    <message>
        <source>InfoStore quota: %1 → %2 MB</source>
        <translation>Quota InfoStore : %1 → %2 Mo</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1&apos;s InfoStore holds more than %2 MB: choose a quota of at least what it uses.</source>
        <translation>L’InfoStore de %1 contient plus de %2 Mo : choisissez un quota au moins égal à son occupation.</translation>
    </message>
</context>
<context>
    <name>SetSecretAnswers</name>
    <message>
        <source>Answer at least one secret question.</source>
        <translation>Répondez à au moins une question secrète.</translation>
    </message>
    <message>
        <source>A secret question has no text key.</source>
        <translation>Une question secrète n’a pas de clé de texte.</translation>
    </message>
    <message>
        <source>The answer to %1 needs at least %2 characters.</source>
        <translation>La réponse à %1 demande au moins %2 caractères.</translation>
    </message>
    <message>
        <source>The answer to %1 has at most %2 characters.</source>
        <translation>La réponse à %1 a au plus %2 caractères.</translation>
    </message>
    <message>
        <source>holds something that is not a question&apos;s key</source>
        <translation>contient autre chose qu’une clé de question</translation>
    </message>
    <message numerus="yes">
        <source>Hostway asks for answers to at least %n question(s).</source>
        <translation>
            <numerusform>Hostway demande des réponses à au moins %n question.</numerusform>
            <numerusform>Hostway demande des réponses à au moins %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n secret question answer(s) of %1</source>
        <translation>
            <numerusform>Définir %n réponse secrète de %1</numerusform>
            <numerusform>Définir %n réponses secrètes de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>secret questions: %1 → %2 (%3)</source>
        <translation>questions secrètes : %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>The secret questions of %1 changed since the draft was made.</source>
        <translation>Les questions secrètes de %1 ont changé depuis la création du brouillon.</translation>
    </message>
    <message>
        <source>This Hostway account may not set secret questions: ask Hostway for the permission, or let the mailbox&apos;s owner set them.</source>
        <translation>Ce compte Hostway ne peut pas définir les questions secrètes : demandez l’autorisation à Hostway, ou laissez le titulaire de la boîte les définir.</translation>
    </message>
    <message>
        <source>Hostway asks for answers to at least %1 questions: answer more of them.</source>
        <translation>Hostway demande des réponses à au moins %1 questions : répondez à davantage.</translation>
    </message>
</context>
<context>
    <name>SetSpamFilter</name>
    <message>
        <source>Change at least one setting of the spam filter.</source>
        <translation>Modifiez au moins un réglage du filtre antispam.</translation>
    </message>
    <message>
        <source>Each spam filter setting needs a name and a value.</source>
        <translation>Chaque réglage du filtre antispam a besoin d’un nom et d’une valeur.</translation>
    </message>
    <message>
        <source>%1 is changed twice.</source>
        <translation>%1 est modifié deux fois.</translation>
    </message>
    <message>
        <source>Set the spam filter of %1 (%2)</source>
        <translation>Régler le filtre antispam de %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The spam filter&apos;s %1 of %2 changed since the draft was made.</source>
        <translation>Le réglage « %1 » du filtre antispam de %2 a changé depuis la création du brouillon.</translation>
    </message>
    <message>
        <source>must hold {&quot;name&quot;, &quot;value&quot;} objects, not %1</source>
        <translation>doit contenir des objets {&quot;name&quot;, &quot;value&quot;}, pas %1</translation>
    </message>
</context>
<context>
    <name>SetWebmail</name>
    <message>
        <source>%1 is not a webmail setting Hostway takes here.</source>
        <translation>%1 n’est pas un réglage webmail que Hostway accepte ici.</translation>
    </message>
    <message>
        <source>Choose a webmail plan.</source>
        <translation>Choisissez une offre webmail.</translation>
    </message>
    <message>
        <source>The language is a locale such as en_US or fr_FR.</source>
        <translation>La langue est une locale comme en_US ou fr_FR.</translation>
    </message>
    <message>
        <source>This mailbox has a webmail account already: change it instead.</source>
        <translation>Cette boîte a déjà un compte webmail : modifiez-le plutôt.</translation>
    </message>
    <message>
        <source>Every mailbox this plan allows in the domain is taken: choose another plan, or move another mailbox off this one first.</source>
        <translation>Toutes les boîtes que cette offre permet dans le domaine sont prises : choisissez une autre offre, ou faites d’abord passer une autre boîte à une autre offre.</translation>
    </message>
    <message>
        <source>This account may not be upgraded: allow upgrades for it first, or keep its plan.</source>
        <translation>Ce compte ne peut pas monter en gamme : autorisez d’abord les mises à niveau, ou gardez son offre.</translation>
    </message>
    <message>
        <source>The account is on a higher plan: move it back to standard before changing whether it may upgrade.</source>
        <translation>Le compte est sur une offre supérieure : repassez-le en standard avant de changer s’il peut monter en gamme.</translation>
    </message>
    <message>
        <source>A plan above standard needs upgrades allowed: allow them, or choose standard.</source>
        <translation>Une offre au-dessus de standard exige les mises à niveau autorisées : autorisez-les, ou choisissez standard.</translation>
    </message>
    <message>
        <source>The mailbox holds more mail than that plan allows: delete mail first, or keep a larger plan.</source>
        <translation>La boîte contient plus de courrier que cette offre n’en permet : supprimez d’abord du courrier, ou gardez une offre plus grande.</translation>
    </message>
    <message>
        <source>Hostway offers no such plan in this domain: choose one of its plans.</source>
        <translation>Hostway ne propose pas cette offre dans ce domaine : choisissez l’une de ses offres.</translation>
    </message>
    <message>
        <source>Change at least one webmail setting.</source>
        <translation>Modifiez au moins un réglage webmail.</translation>
    </message>
    <message>
        <source>Change the webmail of %1: %2</source>
        <translation>Modifier le webmail de %1 : %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>The webmail&apos;s %1 of %2 changed since the draft was made.</source>
        <translation>Le réglage webmail « %1 » de %2 a changé depuis la création du brouillon.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SimpleTableModel</name>
    <message>
        <source>In the draft: %1</source>
        <translation>Dans le brouillon : %1</translation>
    </message>
</context>
<context>
    <name>SizeFormat</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>SpamFilterTab</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Send the changed settings to Hostway, or add them to the draft (Ctrl+S)</source>
        <translation>Envoyer les réglages modifiés à Hostway, ou les ajouter au brouillon (Ctrl+S)</translation>
    </message>
    <message>
        <source>The spam filter could not be read: %1</source>
        <translation>Le filtre antispam n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Hostway lists no choices for %1: it is shown, not changed.</source>
        <translation>Hostway ne propose aucun choix pour %1 : il est affiché, pas modifié.</translation>
    </message>
    <message>
        <source>Added to the draft: the spam filter changes when the draft is applied.</source>
        <translation>Ajouté au brouillon : le filtre antispam change quand le brouillon est appliqué.</translation>
    </message>
    <message>
        <source>CleanMailPlus spam filter of %1, as Hostway describes it:</source>
        <translation>Filtre antispam CleanMailPlus de %1, tel que Hostway le décrit :</translation>
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
        <translation>le nombre %1</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>le texte « %1 »</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
    <message>
        <source>must be a text, not %1</source>
        <translation>doit être un texte, pas %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit valoir l’une des valeurs %1</translation>
    </message>
    <message>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation>doit valoir l’une des valeurs %1, pas « %2 »</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>doit valoir true ou false, pas %1</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>doit être un nombre entier, pas %1</translation>
    </message>
    <message>
        <source>must be from %1 to %2, not %3</source>
        <translation>doit être entre %1 et %2, pas %3</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>doit être %1, pas %2</translation>
    </message>
</context>
<context>
    <name>SubmitOrder</name>
    <message>
        <source>Choose the order to buy.</source>
        <translation>Choisissez la commande à acheter.</translation>
    </message>
    <message>
        <source>The order&apos;s OwnerId is missing: only the computer that placed it can buy it.</source>
        <translation>L&apos;OwnerId de la commande manque : seul l&apos;ordinateur qui l&apos;a passée peut l&apos;acheter.</translation>
    </message>
    <message>
        <source>Buy the Exchange mailbox %1@%2 for %3 (order %4)</source>
        <translation>Acheter la boîte Exchange %1@%2 pour %3 (commande %4)</translation>
    </message>
    <message>
        <source>the quoted price</source>
        <translation>le prix indiqué</translation>
    </message>
</context>
<context>
    <name>UiStyle</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateContact</name>
    <message>
        <source>Change at least one field of the contact.</source>
        <translation>Modifiez au moins un champ du contact.</translation>
    </message>
    <message>
        <source>Change %1 of the contact %2 of %3</source>
        <translation>Modifier %1 du contact %2 de %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>UpdateExchange</name>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>Whether it is a user, a room or equipment is chosen at creation: Hostway refuses to change it.</source>
        <translation>Utilisateur, salle ou équipement se choisit à la création : Hostway refuse de le changer.</translation>
    </message>
    <message>
        <source>An Exchange mailbox keeps a display name.</source>
        <translation>Une boîte Exchange garde un nom d’affichage.</translation>
    </message>
    <message>
        <source>a new password at the next logon</source>
        <translation>un nouveau mot de passe à la prochaine connexion</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change Exchange mailbox %1: %2</source>
        <translation>Modifier la boîte Exchange %1 : %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>a new password is asked at the next logon</source>
        <translation>un nouveau mot de passe est demandé à la prochaine connexion</translation>
    </message>
    <message>
        <source>password: (kept in the keychain) → new</source>
        <translation>mot de passe : (dans le trousseau) → nouveau</translation>
    </message>
    <message>
        <source>The domain of %1 is disabled: Hostway changes none of its Exchange mailboxes until it is enabled again.</source>
        <translation>Le domaine de %1 est désactivé : Hostway n’en modifie aucune boîte Exchange tant qu’il n’est pas réactivé.</translation>
    </message>
</context>
<context>
    <name>UpdateMailbox</name>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>The quota must be greater than 0 MB.</source>
        <translation>Le quota doit être supérieur à 0 Mo.</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Mot de passe : %1</translation>
    </message>
    <message>
        <source>quota to %1 MB</source>
        <translation>quota à %1 Mo</translation>
    </message>
    <message>
        <source>make master</source>
        <translation>rendre principale</translation>
    </message>
    <message>
        <source>make not master</source>
        <translation>rendre non principale</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change mailbox %1: %2</source>
        <translation>Modifier la boîte %1 : %2</translation>
    </message>
    <message>
        <source>quota: %1 → %2 MB</source>
        <translation>quota : %1 → %2 Mo</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>master: %1 → %2</source>
        <translation>principale : %1 → %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>password: (kept in the keychain) → new</source>
        <translation>mot de passe : (gardé dans le trousseau) → nouveau</translation>
    </message>
    <message>
        <source>The new name is the mailbox&apos;s name already.</source>
        <translation>Le nouveau nom est déjà celui de la boîte.</translation>
    </message>
    <message>
        <source>A plan is one word such as standard or premium.</source>
        <translation>Une offre est un mot comme standard ou premium.</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>offre %1</translation>
    </message>
    <message>
        <source>rename to %1</source>
        <translation>renommer en %1</translation>
    </message>
    <message>
        <source>plan: → %1</source>
        <translation>offre : → %1</translation>
    </message>
    <message>
        <source>name: %1 → %2</source>
        <translation>nom : %1 → %2</translation>
    </message>
    <message>
        <source>Mail sent to %1 after the rename is not delivered: Hostway keeps no alias for the old name. Tell its correspondents the new address, %2.</source>
        <translation>Le courrier envoyé à %1 après le renommage n’est pas distribué : Hostway ne garde aucun alias de l’ancien nom. Donnez la nouvelle adresse, %2, à ses correspondants.</translation>
    </message>
    <message>
        <source>new generated password</source>
        <translation>nouveau mot de passe généré</translation>
    </message>
    <message>
        <source>password: → generated at apply, shown once</source>
        <translation>mot de passe : → généré à l’application, montré une fois</translation>
    </message>
</context>
<context>
    <name>Webitel</name>
    <message>
        <source>Enter the SMTP server&apos;s host name.</source>
        <translation>Saisissez le nom d’hôte du serveur SMTP.</translation>
    </message>
    <message>
        <source>The port must be from 1 to 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The sender must be an email address.</source>
        <translation>L’expéditeur doit être une adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>WebitelOperation</name>
    <message>
        <source>Choose a domain.</source>
        <translation>Choisissez un domaine.</translation>
    </message>
    <message>
        <source>Enter the address the test email goes to.</source>
        <translation>Saisissez l’adresse à laquelle envoyer l’e-mail de test.</translation>
    </message>
    <message>
        <source>Create the SMTP settings of %1 (%2, from %3)</source>
        <translation>Créer les réglages SMTP de %1 (%2, expéditeur %3)</translation>
    </message>
    <message>
        <source>Update the SMTP settings of %1 (%2, from %3), keeping the SMTP password</source>
        <translation>Modifier les réglages SMTP de %1 (%2, expéditeur %3), en gardant le mot de passe SMTP</translation>
    </message>
    <message>
        <source>Update the SMTP settings of %1 (%2, from %3)</source>
        <translation>Modifier les réglages SMTP de %1 (%2, expéditeur %3)</translation>
    </message>
    <message>
        <source>Delete the SMTP settings of %1</source>
        <translation>Supprimer les réglages SMTP de %1</translation>
    </message>
    <message>
        <source>Send a test email of %1 to %2</source>
        <translation>Envoyer un e-mail de test de %1 à %2</translation>
    </message>
    <message>
        <source>Unknown Webitel change &quot;%1&quot;.</source>
        <translation>Modification Webitel inconnue « %1 ».</translation>
    </message>
    <message>
        <source>The settings cannot be read: %1.</source>
        <translation>Les réglages sont illisibles : %1.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 est trop long : %2 caractères au plus.</translation>
    </message>
</context>
<context>
    <name>WebitelSender</name>
    <message>
        <source>%1 is not a Webitel change.</source>
        <translation>%1 n’est pas une modification Webitel.</translation>
    </message>
    <message>
        <source>%1 has email settings now, though it had none when the draft was made.</source>
        <translation>%1 a maintenant des réglages e-mail, alors qu’il n’en avait pas quand le brouillon a été fait.</translation>
    </message>
    <message>
        <source>The email settings of %1 were deleted since the draft was made.</source>
        <translation>Les réglages e-mail de %1 ont été supprimés depuis que le brouillon a été fait.</translation>
    </message>
</context>
<context>
    <name>WebitelSettingsPage</name>
    <message>
        <source>TLS from the start (SMTPS, usually port 465)</source>
        <translation>TLS dès la connexion (SMTPS, en général le port 465)</translation>
    </message>
    <message>
        <source>Verify the SMTP server&apos;s certificate</source>
        <translation>Vérifier le certificat du serveur SMTP</translation>
    </message>
    <message>
        <source>&amp;Save Settings</source>
        <translation>&amp;Enregistrer les réglages</translation>
    </message>
    <message>
        <source>&amp;Delete Settings…</source>
        <translation>&amp;Supprimer les réglages…</translation>
    </message>
    <message>
        <source>Send &amp;Test Email</source>
        <translation>Envoyer un e-mail de &amp;test</translation>
    </message>
    <message>
        <source>e.g. smtp.example.com</source>
        <translation>p. ex. smtp.exemple.fr</translation>
    </message>
    <message>
        <source>e.g. pbx@example.com</source>
        <translation>p. ex. pbx@exemple.fr</translation>
    </message>
    <message>
        <source>recipient of the test email</source>
        <translation>destinataire de l’e-mail de test</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Serveur d’envoi (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Sender address:</source>
        <translation>Adresse de l’&amp;expéditeur :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Email settings of %1</source>
        <translation>Réglages e-mail de %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 has no email settings yet: fill them in and save to create them.</source>
        <translation>%1 n’a pas encore de réglages e-mail : remplissez-les et enregistrez pour les créer.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Webitel sends %1&apos;s email through %2.</source>
        <translation>Webitel envoie les e-mails de %1 par %2.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Delete Email Settings</source>
        <translation>Supprimer les réglages e-mail</translation>
    </message>
    <message>
        <source>Delete the email settings of %1?</source>
        <translation>Supprimer les réglages e-mail de %1 ?</translation>
    </message>
    <message>
        <source>Webitel stops sending email for this domain until new settings are saved.</source>
        <translation>Webitel n’envoie plus d’e-mails pour ce domaine tant que de nouveaux réglages ne sont pas enregistrés.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Asking Webitel to send a test email to %1…</source>
        <translation>Demande à Webitel d’envoyer un e-mail de test à %1…</translation>
    </message>
    <message>
        <source>Added to the draft: nothing is sent until it is applied (Draft pane).</source>
        <translation>Ajouté au brouillon : rien n’est envoyé avant son application (panneau Brouillon).</translation>
    </message>
    <message>
        <source>&amp;Add to Draft</source>
        <translation>&amp;Ajouter au brouillon</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Webitel accepted the test email to %1.</source>
        <translation>Webitel a accepté l’e-mail de test pour %1.</translation>
    </message>
    <message>
        <source>Recipient of the test email</source>
        <translation>Destinataire de l’e-mail de test</translation>
    </message>
</context>
<context>
    <name>WebitelView</name>
    <message>
        <source>%1
Webitel at %2, signed in as %3.
Add the domains whose email settings you manage.</source>
        <translation>%1
Webitel sur %2, connecté en tant que %3.
Ajoutez les domaines dont vous gérez les réglages de messagerie.</translation>
    </message>
    <message>
        <source>Add Domain</source>
        <translation>Ajouter un domaine</translation>
    </message>
    <message>
        <source>Webitel domain (as in Webitel, e.g. pbx.example.com):</source>
        <translation>Domaine Webitel (tel que dans Webitel, p. ex. pbx.exemple.fr) :</translation>
    </message>
</context>
<context>
    <name>WebmailTab</name>
    <message>
        <source>Allow upgrades of the plan</source>
        <translation>Autoriser la montée en gamme</translation>
    </message>
    <message>
        <source>New password at next sign-in</source>
        <translation>Nouveau mot de passe exigé</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Webmail plan</source>
        <translation>Offre webmail</translation>
    </message>
    <message>
        <source>Send the webmail settings to Hostway, or add them to the draft (Ctrl+S)</source>
        <translation>Envoyer les réglages webmail à Hostway, ou les ajouter au brouillon (Ctrl+S)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Offre :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Thèm&amp;e :</translation>
    </message>
    <message>
        <source>Languag&amp;e:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>F&amp;useau horaire :</translation>
    </message>
    <message>
        <source>The domain&apos;s webmail plans could not be read: %1</source>
        <translation>Les offres webmail du domaine n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>The webmail account could not be read: %1</source>
        <translation>Le compte webmail n’a pas pu être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (at most %n mailbox(es))</source>
        <translation>
            <numerusform>%1 (au plus %n boîte)</numerusform>
            <numerusform>%1 (au plus %n boîtes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (sans limite)</translation>
    </message>
    <message>
        <source>Hostway allows no upgrade of webmail plans in this domain.</source>
        <translation>Hostway n’autorise aucune montée en gamme des offres webmail dans ce domaine.</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>%1@%2 signs in to webmail on the plan below.</source>
        <translation>%1@%2 se connecte au webmail avec l’offre ci-dessous.</translation>
    </message>
    <message>
        <source>%1@%2 has no webmail account: choose its plan and create it.</source>
        <translation>%1@%2 n’a pas de compte webmail : choisissez son offre et créez-le.</translation>
    </message>
    <message>
        <source>Added to the draft: %1.</source>
        <translation>Ajouté au brouillon : %1.</translation>
    </message>
    <message>
        <source>Webmail asks the mailbox&apos;s owner for a new password the next time they sign in</source>
        <translation>Le webmail demandera un nouveau mot de passe au titulaire de la boîte à sa prochaine connexion</translation>
    </message>
    <message>
        <source>Only the account administrator changes this; without it, the plan stays as it is.</source>
        <translation>Seul l’administrateur du compte modifie ce réglage ; sans lui, l’offre reste telle quelle.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administer hosted email through the providers&apos; web APIs.</source>
        <translation>Administrer la messagerie hébergée par les API web des fournisseurs.</translation>
    </message>
    <message>
        <source>Start the built-in provider sandbox and open a demo account on it.</source>
        <translation>Démarrer le bac à sable intégré et y ouvrir un compte de démonstration.</translation>
    </message>
    <message>
        <source>Mailroom</source>
        <translation>Mailroom</translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on a loopback port.</source>
        <translation>Le bac à sable de démonstration n’a pas pu écouter sur un port local.</translation>
    </message>
    <message>
        <source>Demo (Hostway sandbox)</source>
        <translation>Démo (bac à sable Hostway)</translation>
    </message>
    <message>
        <source>Mailroom – Demo</source>
        <translation>Mailroom – Démo</translation>
    </message>
    <message>
        <source>Demo (Webitel sandbox)</source>
        <translation>Démo (bac à sable Webitel)</translation>
    </message>
    <message>
        <source>Demo (Ikoula sandbox)</source>
        <translation>Démo (bac à sable Ikoula)</translation>
    </message>
    <message>
        <source>Demo (ICE sandbox)</source>
        <translation>Démo (bac à sable ICE)</translation>
    </message>
    <message>
        <source>Demo (Hostway mailbox owner)</source>
        <translation>Démo (titulaire Hostway)</translation>
    </message>
</context>
</TS>
