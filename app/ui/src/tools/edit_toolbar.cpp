#include "seatplan/ui/tools/edit_toolbar.h"

#include "../dialogs/school_shares_dialog.h"
#include "seatplan/ui/map_canvas.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/tools/catchment_brush_tool.h"
#include "seatplan/ui/tools/catchment_draw_tool.h"
#include "seatplan/ui/tools/catchment_edits.h"
#include "seatplan/ui/tools/catchment_generator.h"
#include "seatplan/ui/tools/catchment_merge_tool.h"
#include "seatplan/ui/tools/catchment_reshape_tool.h"
#include "seatplan/ui/tools/catchment_split_tool.h"
#include "seatplan/ui/tools/catchment_vertex_tool.h"
#include "seatplan/ui/tools/development_tool.h"
#include "seatplan/ui/tools/edit_context.h"
#include "seatplan/ui/tools/object_menu.h"
#include "seatplan/ui/tools/school_place_tool.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>

#include <exception>

namespace seatplan::ui {

EditToolbar::EditToolbar(PlanDocument* document, MapCanvas* canvas, QActionGroup* tools,
    QAction* fallback, QWidget* parent)
    : QToolBar(parent)
    , m_document(document)
    , m_canvas(canvas)
    , m_fallback(fallback)
    , m_context(new EditContext(document, canvas, this))
    , m_target(new QComboBox(this))
{
    setObjectName(QStringLiteral("editToolBar"));
    connect(m_context, &EditContext::message, this, &EditToolbar::message);
    m_target->setObjectName(QStringLiteral("targetCatchment"));
    m_target->setMinimumContentsLength(10);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    addWidget(m_target);
    connect(m_target, &QComboBox::activated, this,
        [this](int index) { m_context->setTargetCatchment(m_target->itemData(index).toString()); });
    connect(m_context, &EditContext::targetChanged, this, &EditToolbar::onTargetChanged);

    m_brush = addTool("catchment-brush", new CatchmentBrushTool(m_context, canvas, this), tools);
    m_draw = addTool("catchment-draw", new CatchmentDrawTool(m_context, canvas, this), tools);
    m_reshape
        = addTool("catchment-reshape", new CatchmentReshapeTool(m_context, canvas, this), tools);
    m_vertex = addTool("catchment-vertex", new CatchmentVertexTool(m_context, canvas, this), tools);
    m_split = addTool("catchment-split", new CatchmentSplitTool(m_context, canvas, this), tools);
    m_merge = addTool("catchment-merge", new CatchmentMergeTool(m_context, canvas, this), tools);
    addSeparator();
    m_lock = addAction(QIcon(QStringLiteral(":/icons/catchment-lock.svg")), QString());
    m_lock->setCheckable(true);
    connect(m_lock, &QAction::triggered, this, &EditToolbar::toggleLock);
    m_shares = addAction(QIcon(QStringLiteral(":/icons/catchment-schools.svg")), QString(), this,
        &EditToolbar::editShares);
    m_generate = addAction(QIcon(QStringLiteral(":/icons/catchment-generate.svg")), QString(), this,
        &EditToolbar::generate);
    addSeparator();
    m_placeSchool = addTool("school-place", new SchoolPlaceTool(m_context, canvas, this), tools);
    m_development = addTool("development", new DevelopmentTool(m_context, canvas, this), tools);

    connect(document, &PlanDocument::changed, this, &EditToolbar::onDocumentChanged);
    retranslate();
    updateTargets();
    updateEnabled();
}

EditToolbar::~EditToolbar() = default;

QAction* EditToolbar::addTool(const char* icon, EditTool* tool, QActionGroup* tools)
{
    QAction* action
        = addAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))), QString());
    action->setCheckable(true);
    action->setData(QVariant::fromValue(static_cast<QObject*>(tool)));
    tools->addAction(action);
    connect(action, &QAction::toggled, this, [this, tool](bool on) {
        if (on)
            m_canvas->setMapTool(tool);
        else if (m_canvas->mapTool() == tool)
            m_canvas->setMapTool(nullptr);
    });
    connect(tool, &MapTool::message, this, &EditToolbar::message);
    connect(tool, &EditTool::contextMenuRequested, this,
        [this](QPointF map, QPoint global) { showObjectMenu(m_context, map, global, m_canvas); });
    m_toolActions << action;
    return action;
}

EditTool* EditToolbar::toolOf(QAction* action) const
{
    return action ? qobject_cast<EditTool*>(action->data().value<QObject*>()) : nullptr;
}

void EditToolbar::retranslate()
{
    setWindowTitle(tr("Edit"));
    m_target->setToolTip(tr("The catchment the tools edit (or click one of its schools)"));
    m_brush->setText(tr("Assign zones (click or paint)"));
    m_draw->setText(tr("Draw catchment (double-click to finish)"));
    m_reshape->setText(tr("Reshape catchment: redraw a stretch of its boundary (double-click to "
                          "finish)"));
    m_vertex->setText(tr("Edit catchment vertices: drag, double-click an edge to add, Delete to "
                         "remove"));
    m_split->setText(tr("Split catchment by a line"));
    m_merge->setText(tr("Merge a catchment into the target"));
    m_lock->setText(tr("Lock catchment"));
    m_shares->setText(tr("Schools of the catchment (多校划片)..."));
    m_generate->setText(tr("Generate catchments..."));
    m_placeSchool->setText(tr("Place a new school"));
    m_development->setText(tr("Add or edit a residential project"));
    updateTargets();
}

void EditToolbar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

void EditToolbar::onDocumentChanged(const ChangeEvent& event)
{
    switch (event.kind) {
    case ChangeEvent::Kind::Reset:
    case ChangeEvent::Kind::Scenario:
    case ChangeEvent::Kind::Period:
        updateTargets();
        updateEnabled();
        break;
    default:
        break;
    }
}

void EditToolbar::updateEnabled()
{
    const bool editable = m_context->editable();
    for (QAction* action : m_toolActions)
        action->setEnabled(editable);
    const bool target = editable && !m_context->targetCatchment().isEmpty();
    m_lock->setEnabled(target);
    m_shares->setEnabled(target);
    m_generate->setEnabled(editable);
    m_target->setEnabled(editable);
    // An edit tool that can no longer edit gives the map back to panning.
    if (!editable && m_canvas->mapTool() != m_canvas->navigationTool() && m_fallback)
        m_fallback->trigger();
}

void EditToolbar::updateTargets()
{
    const std::vector<core::Catchment> all = m_context->catchments();
    QStringList ids;
    for (const core::Catchment& c : all)
        if (c.level == m_document->level())
            ids << QString::fromStdString(c.id);
    QStringList shown;
    for (int i = 1; i < m_target->count(); ++i)
        shown << m_target->itemData(i).toString();
    if (shown != ids || m_target->count() == 0) {
        m_target->clear();
        m_target->addItem(tr("(pick a catchment)"), QString());
        for (const QString& id : ids)
            m_target->addItem(id, id);
    } else {
        m_target->setItemText(0, tr("(pick a catchment)"));
    }
    if (!m_context->targetCatchment().isEmpty() && !ids.contains(m_context->targetCatchment()))
        m_context->setTargetCatchment({});
    onTargetChanged(m_context->targetCatchment());
}

void EditToolbar::onTargetChanged(const QString& id)
{
    const int index = m_target->findData(id);
    m_target->setCurrentIndex(index < 0 ? 0 : index);
    const std::vector<core::Catchment> all = m_context->catchments();
    const core::Catchment* c = findCatchment(all, id.toStdString());
    m_lock->setChecked(c && c->locked);
    m_lock->setText(c && c->locked ? tr("Unlock catchment") : tr("Lock catchment"));
    const bool target = m_context->editable() && c;
    m_lock->setEnabled(target);
    m_shares->setEnabled(target);
}

void EditToolbar::toggleLock(bool locked)
{
    const std::vector<core::Catchment> all = m_context->catchments();
    const core::Catchment* c = findCatchment(all, m_context->targetCatchment().toStdString());
    if (!c || c->locked == locked)
        return;
    core::Catchment changed = *c;
    changed.locked = locked;
    m_context->apply({ core::CatchmentEdit { changed, false } },
        (locked ? tr("Lock catchment %1") : tr("Unlock catchment %1"))
            .arg(QString::fromStdString(c->id)));
    onTargetChanged(m_context->targetCatchment());
}

void EditToolbar::editShares()
{
    const std::vector<core::Catchment> all = m_context->catchments();
    const core::Catchment* c = findCatchment(all, m_context->targetCatchment().toStdString());
    if (!c || !m_document->inputs())
        return;
    if (c->locked) {
        emit message(tr("Catchment %1 is locked: unlock it to change it.")
                         .arg(QString::fromStdString(c->id)));
        return;
    }
    std::vector<core::School> candidates;
    for (const core::School& s : m_document->inputs()->schools)
        if (core::schoolTeaches(s.type, c->level))
            candidates.push_back(s);
    for (const core::ScenarioEdit& e : m_document->scenario().edits)
        if (const auto* add = std::get_if<core::NewSchoolEdit>(&e);
            add && core::schoolTeaches(add->school.type, c->level))
            candidates.push_back(add->school);
    SchoolSharesDialog dialog(*c, candidates, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::Catchment changed = *c;
    changed.schools = dialog.shares();
    if (!(changed == *c))
        m_context->apply({ core::CatchmentEdit { changed, false } },
            tr("Set the schools of catchment %1").arg(QString::fromStdString(c->id)));
}

void EditToolbar::generate()
{
    const ZoneLookup* zones = m_context->zones();
    if (!m_context->editable() || !zones)
        return;
    const QStringList methods { tr("Nearest school"), tr("Voronoi cells of the schools") };
    bool ok = false;
    const QString method = QInputDialog::getItem(this, tr("Generate catchments"),
        tr("Replace every unlocked catchment of this level by one per school, drawn by:"), methods,
        0, false, &ok);
    if (!ok)
        return;
    const core::Level level = m_document->level();
    std::vector<SchoolSite> sites;
    for (const core::School& s : m_document->inputs()->schools)
        if (s.isPublic && !s.closingYear && core::schoolTeaches(s.type, level))
            if (const auto at = m_context->schoolPosition(QString::fromStdString(s.id)))
                sites.push_back({ s.id, *at });
    for (const core::ScenarioEdit& e : m_document->scenario().edits)
        if (const auto* add = std::get_if<core::NewSchoolEdit>(&e);
            add && core::schoolTeaches(add->school.type, level))
            if (const auto at = m_context->schoolPosition(QString::fromStdString(add->school.id)))
                sites.push_back({ add->school.id, *at });
    QApplication::setOverrideCursor(Qt::BusyCursor);
    try {
        const auto edits = generateCatchments(m_context->catchments(), *zones, sites, level,
            method == methods.first() ? GenerationMethod::NearestSchool
                                      : GenerationMethod::Voronoi);
        const std::vector<core::ScenarioEdit> all(edits.begin(), edits.end());
        m_context->apply(all, tr("Generate catchments (%1)").arg(method));
    } catch (const std::exception& e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Generate catchments"), QString::fromUtf8(e.what()));
        return;
    }
    QApplication::restoreOverrideCursor();
}

} // namespace seatplan::ui
