#pragma once

#include <QDialog>

class QTextBrowser;

/// Help > Manual (F1): the user part of the README ("Using it", up to the next section of
/// its level), compiled into the program so it matches the version running; images left
/// out. Links open in the system browser.
class ManualDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ManualDialog(QWidget *parent = nullptr);

    /// The section of `markdown` headed "## Using it", without its image lines; empty when
    /// there is none.
    [[nodiscard]] static QString userPart(const QString &markdown);

private:
    QTextBrowser *m_text;
};
