#include "seatplan/ui/tools/edit_context.h"

#include "seatplan/gis/geometry_ops.h"
#include "seatplan/render/feature_picker.h"
#include "seatplan/ui/map_canvas.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/scenario_edit_command.h"
#include "seatplan/ui/tools/catchment_edits.h"

namespace seatplan::ui {

namespace {
    /// Schools and points are picked within this many pixels of the cursor.
    constexpr double kPickPixels = 8.0;
} // namespace

EditContext::EditContext(PlanDocument* document, MapCanvas* canvas, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_canvas(canvas)
{
    connect(document, &PlanDocument::changed, this, [this](const ChangeEvent& event) {
        if (event.kind == ChangeEvent::Kind::Reset) {
            m_zones.reset();
            setTargetCatchment({});
        }
    });
}

EditContext::~EditContext() = default;

bool EditContext::editable() const
{
    return m_document->isOpen() && m_document->scenarioEditable() && m_document->inputs();
}

std::vector<core::Catchment> EditContext::catchments() const
{
    if (!m_document->inputs())
        return {};
    return effectiveCatchments(*m_document->inputs(), m_document->scenario());
}

const ZoneLookup* EditContext::zones() const
{
    if (!m_zones) {
        const MapLayer* layer = m_document->findLayer(QStringLiteral("zones"));
        if (!layer || !layer->data)
            return nullptr;
        m_zones = std::make_unique<ZoneLookup>(layer->data->layerPtr());
    }
    return m_zones.get();
}

void EditContext::setTargetCatchment(const QString& id)
{
    if (id == m_target)
        return;
    m_target = id;
    emit targetChanged(id);
}

QString EditContext::featureAt(const QString& layerId, QPointF map) const
{
    const MapLayer* layer = m_document->findLayer(layerId);
    if (!layer || !layer->data)
        return {};
    const long hit = render::picker::pick(
        *layer->data, map, kPickPixels * m_canvas->transform().mapUnitsPerPixel());
    if (hit < 0)
        return {};
    return QString::fromStdString(
        gis::toText(layer->data->layer().value(static_cast<std::size_t>(hit), "id")));
}

QString EditContext::schoolAt(QPointF map) const
{
    return featureAt(QStringLiteral("schools"), map);
}

std::optional<QPointF> EditContext::interiorPoint(const QString& layerId, const QString& id) const
{
    const MapLayer* layer = m_document->findLayer(layerId);
    if (!layer || !layer->data)
        return std::nullopt;
    const gis::VectorLayer& features = layer->data->layer();
    for (std::size_t i = 0; i < features.features.size(); ++i)
        if (QString::fromStdString(gis::toText(features.value(i, "id"))) == id) {
            const auto p = gis::interiorPoint(features.features[i].geometry);
            return p ? std::optional<QPointF>(QPointF(p->x, p->y)) : std::nullopt;
        }
    return std::nullopt;
}

std::optional<QPointF> EditContext::schoolPosition(const QString& schoolId) const
{
    const std::string id = schoolId.toStdString();
    // A school the scenario adds stands where its edit placed it (the latest edit wins).
    const std::vector<core::ScenarioEdit>& edits = m_document->scenario().edits;
    for (auto e = edits.rbegin(); e != edits.rend(); ++e)
        if (const auto* add = std::get_if<core::NewSchoolEdit>(&*e);
            add && add->school.id == id && add->location)
            return QPointF(add->location->x, add->location->y);
    const MapLayer* layer = m_document->findLayer(QStringLiteral("schools"));
    if (!layer || !layer->data)
        return std::nullopt;
    const gis::VectorLayer& schools = layer->data->layer();
    for (std::size_t i = 0; i < schools.features.size(); ++i)
        if (gis::toText(schools.value(i, "id")) == id && !schools.features[i].geometry.isEmpty()) {
            const gis::Coord& c = schools.features[i].geometry.coords.front();
            return QPointF(c.x, c.y);
        }
    return std::nullopt;
}

QString EditContext::zoneOfSchool(const QString& schoolId) const
{
    const auto at = schoolPosition(schoolId);
    const ZoneLookup* lookup = zones();
    if (!at || !lookup)
        return {};
    const auto zone = lookup->zoneAt(*at);
    return zone ? QString::fromStdString(lookup->id(*zone)) : QString();
}

bool EditContext::pickTargetAt(QPointF map)
{
    const std::string school = schoolAt(map).toStdString();
    if (school.empty())
        return false;
    for (const core::Catchment& c : catchments()) {
        if (c.level != m_document->level())
            continue;
        for (const core::SchoolShare& s : c.schools)
            if (s.schoolId == school) {
                setTargetCatchment(QString::fromStdString(c.id));
                return true;
            }
    }
    // Picked, but nothing to edit: the tools keep this message rather than name a target.
    setTargetCatchment(QString());
    emit message(
        tr("School %1 serves no %2 catchment.")
            .arg(QString::fromStdString(school),
                m_document->level() == core::Level::Primary ? tr("primary") : tr("junior")));
    return true;
}

bool EditContext::apply(const std::vector<core::ScenarioEdit>& edits, const QString& text)
{
    if (!editable()) {
        emit message(tr("This scenario cannot be edited: create or choose a scenario other "
                        "than the base first."));
        return false;
    }
    if (edits.empty())
        return false;
    QUndoStack* stack = m_document->undoStack();
    const bool macro = edits.size() > 1;
    if (macro)
        stack->beginMacro(text);
    for (const core::ScenarioEdit& edit : edits)
        m_document->pushEdit(edit);
    if (macro)
        stack->endMacro();
    emit message(text.isEmpty() ? ScenarioEditCommand::describe(edits.front()) : text);
    return true;
}

} // namespace seatplan::ui
