#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora (tests/fuzz/corpus/<target>/) from the documented examples
of ../shared/api/catalogue.json: each response and error example as documented (raw text where
the documentation's JSON is broken) and, for the broken ones, a repaired copy; plus a few
hand-made seeds for the inputs no provider documents (drafts, journals, CSV, settings).
Run it again after the catalogue changes; the files are kept in the repository."""
import hashlib
import json
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
catalogue = json.loads((root.parent / "shared" / "api" / "catalogue.json").read_text())
out = root / "tests" / "fuzz" / "corpus"

def put(target, data):
    if isinstance(data, str):
        data = data.encode()
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)

def repaired(text):
    """A best effort at the JSON the documentation meant: trailing commas and comments out."""
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r",\s*([}\]])", r"\1", text)
    try:
        return json.dumps(json.loads(text))
    except ValueError:
        try:
            return json.dumps(json.loads("{" + text + "}"))
        except ValueError:
            return None

def bodies(example):
    if isinstance(example, str):
        yield example
        fixed = repaired(example)
        if fixed:
            yield fixed
    else:
        yield json.dumps(example)

# The Hostway parser a response example feeds (fuzz_hostwayparser's first byte).
def hostway_selector(endpoint):
    path, method = endpoint["path"], endpoint["method"]
    if method != "GET":
        return 6
    if path.endswith("/usernames"):
        return 2
    if path.endswith("/usernames/{username}"):
        return 3
    if path.endswith("/mailbox"):
        return 4
    if path.endswith("/exchange"):
        return 5
    if path.endswith("/mailboxTypeCount"):
        return 1
    if path.endswith("/email/{domain}"):
        return 0
    if path.endswith("/forwards"):
        return 7
    if path.endswith("/autoresponder"):
        return 8
    if path.endswith("/blackwhitelist"):
        return 9
    if path.endswith("/blackwhitelist/{address}"):
        return 10
    if path.endswith("/messagestats"):
        return 11
    if path.endswith("/cleanmailplus"):
        return 12
    if path.endswith("/secrets"):
        return 13
    if path.endswith("/secretQuestions"):
        return 14
    if path.endswith("/secretQuestionSettings"):
        return 15
    return 6

responses = {"hostway": "fuzz_hostwayparser", "ikoula": "fuzz_ikoulaparser", "ice": "fuzz_iceanswer", "webitel": "fuzz_webitelparser"}
for provider in catalogue["providers"]:
    for endpoint in provider["endpoints"]:
        # As documented (raw text where the JSON is broken), and the catalogue's labelled repairs.
        examples = [r.get(k) for r in endpoint.get("responses") or [] for k in ("example", "example_repaired")]
        examples += [x.get(k) for x in endpoint.get("examples") or [] for k in ("response_body", "response_body_repaired")]
        for example in examples:
            if example is None:
                continue
            for body in bodies(example):
                if provider["id"] == "hostway":
                    put("fuzz_hostwayparser", bytes([hostway_selector(endpoint)]) + body.encode())
                else:
                    put(responses[provider["id"]], body)
        for error in endpoint.get("errors_documented") or []:
            for body in [b for k in ("example_body", "example_body_repaired") if error.get(k) is not None for b in bodies(error[k])]:
                put("fuzz_apierror", bytes([(error["status"] or 400) - 400 if 400 <= (error["status"] or 400) < 600 else 0]) + body.encode())

# Inputs no provider documents: the shapes Mailroom itself writes, and their neighbours.
put("fuzz_ikoulaparser", '{"subscriptions": [{"subscr_id": "10442", "name": "Exchange", "organisations": [{"orga_id": "2031", "name": "Acme"}]}]}')
put("fuzz_ikoulaparser", '{"data": {"orga_id": "2031", "bal": [{"email_bal": "lea@example.fr", "display_name": "Lea", "quotas": {"issue_warning_kb": "204800"}}], "dl": [{"email_dl": "team@example.fr", "members": ["lea@example.fr"]}], "contacts": []}}')
put("fuzz_ikoulaparser", '{"error": ["first", "second"]}')
put("fuzz_webitelparser", '{"_id": "1", "from": "a@d.com", "options": {"host": "smtp.d.com", "port": "587", "secure": true, "tls": {"rejectUnauthorized": false}, "auth": {"user": "u", "pass": "p"}}}')
put("fuzz_iceanswer", '{"Message": "Success", "Token": "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE3OTk5OTk5OTl9.c2ln"}')
put("fuzz_apierror", b"\x00" + b'{"badRequest": {"message": "Invalid", "code": 400, "details": {"password": "Required"}}}')
put("fuzz_apierror", b"\x00" + b'{"status": "error", "info": "Token Expired", "code": 401}')
draft = (root / "tests" / "data" / "clear-http.mailroom-draft").read_text()
put("fuzz_draft", draft)
put("fuzz_draft", json.dumps({"format": "mailroom-draft", "version": 1, "id": "d",
    "account": {"provider": "hostway", "baseUrl": "https://api.hostway.com", "accountId": "a", "userName": "u"},
    "snapshots": {"test.com": {"fetched": "2026-11-22T09:58:00Z", "mailboxes": [{"username": "john", "quota": 10, "master": False, "type": "imap"}]}},
    "operations": [{"id": "1", "kind": "hostway.mailbox.create", "domain": "test.com", "name": "jane", "quota": 2048, "master": False, "password": "generate"},
                   {"id": "2", "kind": "hostway.mailbox.update", "domain": "test.com", "name": "john", "quota": 85, "master": True, "password": "provided"},
                   {"id": "3", "kind": "hostway.mailbox.delete", "domain": "test.com", "name": "old"}]}))
put("fuzz_draft", json.dumps({"format": "mailroom-draft", "version": 1, "id": "i",
    "account": {"provider": "ikoula", "baseUrl": "https://api.ikoula.com", "accountId": "", "userName": "u", "publicKey": "-----BEGIN PUBLIC KEY-----"},
    "operations": [{"id": "1", "kind": "ikoula.add-bal", "subscription": "1", "organisation": "2", "parameters": [["email_bal", "z@e.fr"]], "password": "generate"}]}))
put("fuzz_draft", json.dumps({"format": "mailroom-draft", "version": 1, "id": "w",
    "account": {"provider": "webitel", "baseUrl": "https://w.example", "accountId": "", "userName": "u"},
    "operations": [{"id": "1", "kind": "webitel.settings.update", "domain": "d.com", "settings": {"from": "a@d.com", "options": {"host": "h", "port": 587}}, "password": "provided"},
                   {"id": "2", "kind": "webitel.settings.test", "domain": "d.com", "to": "x@d.com"}]}))
put("fuzz_draft", json.dumps({"format": "mailroom-draft", "version": 1, "id": "c",
    "account": {"provider": "ice", "baseUrl": "https://ice.example", "accountId": "59", "userName": "u"},
    "operations": [{"id": "1", "kind": "ice.email-server.update", "passwords": ["smtp"], "settings": {"organisationId": 59, "skillId": 663, "smtp": {"address": "smtp.mail.com", "port": "587"}}}]}))
put("fuzz_journal", '{"entry": "a", "state": "started", "at": "2026-12-01T10:00:00Z"}\n{"entry": "a", "state": "done", "status": 201}\n{"entry": "b", "sta')
put("fuzz_csv", 'name,quota,master,password\njane,2048,no,\n"o""brien",10,yes,"Secr3t!,x"\n')
put("fuzz_mailboxcsvimport", 'name,quota,master,password\njane,2048,no,\njohn.smith,10,yes,Secr3t!Value\nbad name,x,maybe,\n')
put("fuzz_snapshot", json.dumps({"domain": "test.com", "fetched": "2026-11-22T09:58:00Z", "mailboxes": [{"username": "john.smith", "quota": 10, "master": True, "type": "imap"}]}))
# Account settings as AccountStore::save() writes them (Qt's INI array form: an [accounts]
# section, "N\\key" entries and size); one file per provider and one with all four.
def account_settings(accounts):
    lines = ["[accounts]"]
    for n, account in enumerate(accounts, 1):
        lines += ["%d\\%s=%s" % (n, key, value) for key, value in sorted(account.items())]
    return "\n".join(lines + ["size=%d" % len(accounts), ""])

seed_accounts = [
    {"id": "a1", "provider": "hostway", "displayName": "Acme", "baseUrl": "https://api.hostway.com",
     "accountId": "test-account123", "userName": "admin", "domains": "test.com, big.example"},
    {"id": "a2", "provider": "ikoula", "displayName": "Ikoula", "baseUrl": "https://api.ikoula.com",
     "accountId": "", "userName": "admin", "domains": "@Invalid()",
     "publicKey": '"@ByteArray(%s)"' % (root / "sandbox" / "demo" / "ikoula-public.pem").read_text().replace("\n", "\\n")},
    {"id": "a3", "provider": "ice", "displayName": "ICE", "baseUrl": "http://127.0.0.1:8082",
     "accountId": "59", "userName": "admin", "domains": "663, 700", "iceFieldNames": "table"},
    {"id": "a4", "provider": "webitel", "displayName": "Webitel", "baseUrl": "https://cloud.webitel.com",
     "accountId": "", "userName": "admin@demo.webitel", "domains": "demo.webitel"},
]
for account in seed_accounts:
    put("fuzz_accountsettings", account_settings([account]))
put("fuzz_accountsettings", account_settings(seed_accounts))
print("seed corpora in", out.relative_to(root), file=sys.stderr)
