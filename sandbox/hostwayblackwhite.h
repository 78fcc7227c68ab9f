#pragma once

#include "sandbox/hostwaydata.h"
#include "sandbox/sandboxexchange.h"

namespace Sandbox {

/// A black/white list of Hostway (seed 003): the domain's (sections 3-10) or a mailbox's
/// (35-42), the same resource at two levels. `list` is the list served, `listUrl` its
/// .../blackwhitelist URL; `path` is what follows it ([] or [address]).
///
/// Choices where the seed is silent:
/// - filterAddress matches the whole address case-insensitively, `*` any run (its example
///   "*somedomain.com*"); filterType other than W or B, a sortField other than address or a
///   sortOrder other than asc or desc answer 400 with a flat field map.
/// - PUT checks every item before keeping any, and names every problem in one badRequest
///   envelope (its example names the type and the address of one item together); an
///   address is "name@domain.tld" or "@domain.tld"; a listed address takes its new type.
/// - GET and DELETE of an address not listed answer 404 without a body.
Response handleBlackWhite(QMap<QString, HostwayListedAddress> &list, const QString &listUrl, const QByteArray &method,
                          const QStringList &path, const Request &request);

} // namespace Sandbox
