#include "core/net/networklog.h"

Q_LOGGING_CATEGORY(lcHttp, "mailroom.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCredentials, "mailroom.credentials", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAudit, "mailroom.audit", QtInfoMsg)
