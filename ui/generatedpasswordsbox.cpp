#include "ui/generatedpasswordsbox.h"

#include "core/credentials/secretfile.h"
#include "core/drafts/csv.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

void GeneratedPasswordsBox::open(QWidget *parent, const QList<DraftApplier::GeneratedPassword> &generated,
                                 const QList<DraftApplier::GeneratedPassword> &uncertain)
{
    if (generated.isEmpty() && uncertain.isEmpty())
        return;
    QStringList lines;
    for (const auto &g : generated)
        lines.append(g.address + QStringLiteral("  ") + g.password);
    const QString perhaps = tr("outcome unknown: perhaps in effect");
    for (const auto &g : uncertain)
        lines.append(g.address + QStringLiteral("  ") + g.password + QStringLiteral("  (") + perhaps + QLatin1Char(')'));
    auto *box = new QMessageBox(QMessageBox::Information, tr("Generated Passwords"),
                                tr("%n password(s) were generated. They are shown this once: give them to their owners.", nullptr,
                                   static_cast<int>(generated.size() + uncertain.size())),
                                QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("generatedPasswordsBox"));
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    if (!uncertain.isEmpty())
        box->setInformativeText(tr("%n of them may not be in effect: the batch ended before the provider answered. Try it; if it "
                                   "does not work, reset that password again.", nullptr, static_cast<int>(uncertain.size())));
    QPushButton *save = box->addButton(tr("Save to File\u2026"), QMessageBox::ActionRole);
    save->setToolTip(tr("Writes a CSV file readable by you only. It holds secrets: hand them out, then delete it."));
    QList<QStringList> rows{{QStringLiteral("address"), QStringLiteral("password"), QStringLiteral("note")}};
    for (const auto &g : generated)
        rows.append({g.address, g.password, QString()});
    for (const auto &g : uncertain)
        rows.append({g.address, g.password, perhaps});
    // An action button would close the box: keep it open until the user closes it.
    save->disconnect();
    QObject::connect(save, &QPushButton::clicked, box, [box, rows] {
        const QString path = QFileDialog::getSaveFileName(box, tr("Save Generated Passwords"), QStringLiteral("passwords.csv"), tr("CSV files (*.csv)"));
        QString error;
        if (path.isEmpty())
            return;
        if (SecretFile::writeOwnerOnly(path, Csv::write(rows), &error))
            QMessageBox::warning(box, tr("Passwords Saved"), tr("%1 holds the passwords in clear text, readable by you only. Give them to their owners, then delete the file.").arg(path));
        else
            QMessageBox::warning(box, tr("Not Saved"), tr("Cannot write %1: %2").arg(path, error));
    });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
