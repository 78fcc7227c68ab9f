#include "ui/uistyle.h"

#include <QLabel>

namespace UiStyle {

void setHeading(QLabel *label, double scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

void setError(QLabel *label, bool error)
{
    label->setStyleSheet(error ? QStringLiteral("color: #d93025;") : QString());
}

} // namespace UiStyle
