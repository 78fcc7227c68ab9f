#include "ui/manualdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

ManualDialog::ManualDialog(QWidget *parent) : QDialog(parent), m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("manualDialog"));
    setWindowTitle(tr("Mailroom Manual"));
    m_text->setObjectName(QStringLiteral("manualText"));
    m_text->setAccessibleName(tr("Manual"));
    m_text->setOpenExternalLinks(true);
    QFile readme(QStringLiteral(":/README.md"));
    const QString part = readme.open(QIODevice::ReadOnly) ? userPart(QString::fromUtf8(readme.readAll())) : QString();
    if (part.isEmpty())
        m_text->setPlainText(tr("The manual is missing from this build. It is the README's \"Using it\" section."));
    else
        m_text->setMarkdown(part);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(720, 600);
}

QString ManualDialog::userPart(const QString &markdown)
{
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QStringList part;
    bool inside = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("## "))) {
            if (inside)
                break;
            inside = line.trimmed() == QLatin1String("## Using it");
        }
        if (inside && !line.startsWith(QLatin1String("![")))   // the screenshots are not compiled in
            part.append(line);
    }
    return part.join(QLatin1Char('\n')).trimmed();
}
