#pragma once

#include <QDialog>

class QAction;

/// Help > Keyboard Shortcuts: every action of the window that has a shortcut, with its
/// keys as this platform writes them, sorted by action (a header click sorts by keys); read
/// from the actions themselves, so it cannot drift from what the keys do.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};
