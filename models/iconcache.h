#pragma once

#include <QHash>
#include <QIcon>
#include <QString>

/// The icons a model hands to its views, each made once from its resource path. A QIcon made
/// in every data() call reads and renders its SVG again at every paint: a table of 100,000
/// mailboxes scrolled to its end painted each visible row's icon from the file.
class IconCache final
{
public:
    /// The icon of `resource` (":/icons/mailbox.svg"), made at its first use.
    [[nodiscard]] QIcon icon(const QString &resource) const;

private:
    mutable QHash<QString, QIcon> m_icons;
};
