#pragma once

#include <QToolBar>

class QActionGroup;
class QComboBox;

namespace seatplan::ui {

class CatchmentBrushTool;
class CatchmentDrawTool;
class CatchmentMergeTool;
class CatchmentSplitTool;
class DevelopmentTool;
class EditContext;
class EditTool;
class MapCanvas;
class PlanDocument;
struct ChangeEvent;

/**
 * The "Edit" (编辑) toolbar: the scenario edit tools as checkable actions (in the map tools'
 * exclusive group, so picking Pan ends an edit tool), the target catchment combo, and the
 * catchment commands: lock/unlock, the schools of a catchment (多校划片) and generating a
 * starting scenario (nearest school or Voronoi). Every action is disabled while the active
 * scenario is not editable (the base, or a read-only project); `fallback` (the Pan action) is
 * triggered when the active edit tool becomes disabled. GUI thread only.
 */
class EditToolbar : public QToolBar {
    Q_OBJECT
public:
    EditToolbar(PlanDocument* document, MapCanvas* canvas, QActionGroup* tools, QAction* fallback,
        QWidget* parent = nullptr);
    ~EditToolbar() override;

    EditContext* context() const { return m_context; }
    QAction* brushAction() const { return m_brush; }
    QAction* drawAction() const { return m_draw; }
    QAction* reshapeAction() const { return m_reshape; }
    QAction* vertexAction() const { return m_vertex; }
    QAction* splitAction() const { return m_split; }
    QAction* mergeAction() const { return m_merge; }
    QAction* placeSchoolAction() const { return m_placeSchool; }
    QAction* developmentAction() const { return m_development; }
    QAction* lockAction() const { return m_lock; }
    QAction* sharesAction() const { return m_shares; }
    QAction* generateAction() const { return m_generate; }
    /// The tool an action activates (for tests: set prompts), or null.
    EditTool* toolOf(QAction* action) const;
    QComboBox* targetCombo() const { return m_target; }

signals:
    /// A status-bar message from a tool or command.
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    QAction* addTool(const char* icon, EditTool* tool, QActionGroup* tools);
    void retranslate();
    void onDocumentChanged(const ChangeEvent& event);
    void updateEnabled();
    void updateTargets();
    void onTargetChanged(const QString& id);
    void toggleLock(bool locked);
    void editShares();
    void generate();

    PlanDocument* m_document;
    MapCanvas* m_canvas;
    QAction* m_fallback;
    EditContext* m_context;
    QComboBox* m_target;
    QAction* m_brush = nullptr;
    QAction* m_draw = nullptr;
    QAction* m_reshape = nullptr;
    QAction* m_vertex = nullptr;
    QAction* m_split = nullptr;
    QAction* m_merge = nullptr;
    QAction* m_placeSchool = nullptr;
    QAction* m_development = nullptr;
    QAction* m_lock = nullptr;
    QAction* m_shares = nullptr;
    QAction* m_generate = nullptr;
    QList<QAction*> m_toolActions;
};

} // namespace seatplan::ui
