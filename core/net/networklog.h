#pragma once

#include <QLoggingCategory>

/// HTTP traffic: one line per request and per answer, secrets redacted (net/redaction.h).
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
/// Keychain access (never the secrets themselves).
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
/// One line per change applied, drafted or refused: the operation's describe() (no secrets).
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
