#pragma once

#include <QDockWidget>

class QListWidget;
class QPushButton;
class QUndoView;

namespace seatplan::ui {

class PlanDocument;
struct ChangeEvent;

/**
 * The project's scenarios (方案): the base, marked read-only, then the named ones, with the
 * active one in bold; buttons to create, duplicate, rename and delete; activating an item
 * makes it the active scenario. Below, the undo history of the document (QUndoView): clicking
 * an entry undoes or redoes up to it. Every change goes through PlanDocument's scenario API;
 * failures are shown in a message box. GUI thread only.
 */
class ScenarioDock : public QDockWidget {
    Q_OBJECT
public:
    ScenarioDock(PlanDocument* document, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QUndoView* history() const { return m_history; }

    // The buttons' actions without their name dialogs (also used by tests).
    bool createNamed(const QString& name);
    bool duplicateAs(const QString& from, const QString& to);
    bool renameTo(const QString& from, const QString& to);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslate();
    void updateButtons();
    /// Returns the name of the selected scenario (empty when none).
    QString selectedName() const;
    /// Asks for a scenario name; returns empty when cancelled.
    QString askName(const QString& title, const QString& initial);
    void onCreate();
    void onDuplicate();
    void onRename();
    void onDelete();

    PlanDocument* m_document;
    QListWidget* m_list;
    QPushButton* m_create;
    QPushButton* m_duplicate;
    QPushButton* m_rename;
    QPushButton* m_delete;
    QUndoView* m_history;
};

} // namespace seatplan::ui
