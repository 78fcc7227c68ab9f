#pragma once

#include "sandbox/sandboxexchange.h"

#include <QHash>
#include <QJsonObject>

namespace Sandbox {

/// Simulates ICE EmailAdmin (seed 001_15ceedbe4445e338.txt) and its login (BEYOND-SEEDS.md):
/// POST /ICEAPI/api/Authenticate/Login {OrganisationID, UserName, Password} answers
/// {"Message":"Success","Token":<JWT with orgid, username, exp>,"OrganisationID","UserID"};
/// POST /ICEAPI/api/EmailAdmin/UpdateEmailServer takes the settings with "Token" in the body
/// and answers {"Message":" Success"} (leading space, as printed in the seed).
///
/// Choices where the documentation is silent: bad credentials answer 401 {"Message":
/// "Authorization has been denied for this request."} (ASP.NET Web API's wording); an expired
/// or unknown token, or one of another organisation, answers 401 with the same message; a
/// body that is not JSON, names a skill organisation 59 does not have (it has 663, 664
/// and 700), or has a port outside 1-65535, a
/// non-numeric poll rate or an IsImap protocol without server answers 400 {"Message":"The
/// request is invalid."}. Both the example's names (OrgId, Pop3UserName, Pop3Pollrate) and
/// the table's (OrganizationId, Pop3Username, Pop3pollrate) are accepted.
class IceSimulator final
{
public:
    IceSimulator();

    static bool owns(const QString &path);
    Response handle(const Request &request);

    /// The last settings accepted for (organisation, skill), as received; {} when none
    /// (tests read it: ICE itself has no read call).
    [[nodiscard]] QJsonObject settings(int organisationId, int skillId) const;
    /// How long a token lives, in seconds. Default: one hour.
    void setTokenLifetimeSecs(qint64 secs) { m_tokenLifetimeSecs = secs; }

private:
    Response login(const Request &request);
    Response updateEmailServer(const Request &request);

    QHash<QString, int> m_tokens;                  ///< token -> organisation id
    QHash<QString, QJsonObject> m_settings;        ///< "org/skill" -> body
    qint64 m_tokenLifetimeSecs = 3600;
};

} // namespace Sandbox
