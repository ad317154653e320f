#include "seatplan/ui/plan_document.h"

#include "seatplan/ui/analysis_runner.h"

#include "seatplan/render/scenario_layers.h"
#include "seatplan/render/thematic_styler.h"

#include "seatplan/gis/project.h"
#include "seatplan/gis/project_lock.h"
#include "seatplan/gis/scenario_store.h"

#include <algorithm>

namespace seatplan::ui {

PlanDocument::PlanDocument(QObject* parent)
    : QObject(parent)
    , m_scenario(std::make_unique<core::Scenario>())
    , m_runner(std::make_unique<AnalysisRunner>(
          this, [this](AnalysisOutcome outcome) { publish(std::move(outcome)); }))
{
}

PlanDocument::~PlanDocument()
{
    m_undoStack.clear(); // its commands borrow the scenario and the store
}

void PlanDocument::reset(LoadedProject project)
{
    m_undoStack.clear();
    m_store.reset();
    m_project = std::move(project.project);
    m_lock = std::move(project.lock);
    if (m_project)
        m_store = std::make_unique<gis::ScenarioStore>(*m_project);
    m_readOnlyReason = project.readOnlyReason;
    m_inputs = std::move(project.inputs);
    m_scenario = std::make_unique<core::Scenario>(std::move(project.scenario));
    m_catchmentScenario = m_store && m_inputs ? m_store->catchmentScenario(m_scenario->name)
                                              : std::string(gis::kBaseScenario);
    m_fragmented.clear();
    m_path = project.path;
    m_crs = project.crs;
    m_title = project.title;
    m_layers = std::move(project.layers);
    m_standards = project.standards;
    m_overridden = std::move(project.overriddenKeys);
    m_results = std::move(project.results);
    m_analysisNote = project.analysisNote;
    m_selectionLayer.clear();
    m_selected.clear();
    m_year = std::clamp(m_year, firstYear(), lastYear());
    const auto zones = zonesLayer();
    m_dissolver = zones ? std::make_shared<render::CatchmentDissolver>(zones) : nullptr;
    m_runner->setInputs(m_inputs, appAnalysisOptions(), m_dissolver);
    restyle();
    emitChange(ChangeEvent::Kind::Reset);
    // Warms the worker's analyzer for the first edit and runs the contiguity check.
    reanalyse();
}

void PlanDocument::releaseProject()
{
    if (!m_lock && !m_project)
        return;
    m_undoStack.clear(); // the commands write through the store closed here
    m_store.reset();
    m_project.reset();
    m_lock.reset();
    m_readOnlyReason = tr("The project is being reloaded.");
    emitChange(ChangeEvent::Kind::Scenario);
}

int PlanDocument::indexOf(const QString& id) const
{
    for (std::size_t i = 0; i < m_layers.size(); ++i)
        if (m_layers[i].id == id)
            return static_cast<int>(i);
    return -1;
}

const MapLayer* PlanDocument::findLayer(const QString& id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_layers[static_cast<std::size_t>(i)];
}

QRectF PlanDocument::fullExtent() const
{
    QRectF all;
    for (const MapLayer& layer : m_layers) {
        const QRectF e = layer.data ? layer.data->extent()
                                    : (layer.raster ? layer.raster->extent() : QRectF());
        if (!e.isNull())
            all = all.isNull() ? e : all.united(e);
    }
    return all;
}

void PlanDocument::setLayerVisible(int index, bool visible)
{
    MapLayer& layer = m_layers.at(static_cast<std::size_t>(index));
    if (layer.visible == visible)
        return;
    layer.visible = visible;
    emitChange(ChangeEvent::Kind::LayerDisplay, index);
}

void PlanDocument::setLayerOpacity(int index, double opacity)
{
    MapLayer& layer = m_layers.at(static_cast<std::size_t>(index));
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (layer.opacity == opacity)
        return;
    layer.opacity = opacity;
    emitChange(ChangeEvent::Kind::LayerDisplay, index);
}

void PlanDocument::moveLayer(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= layerCount() || to >= layerCount())
        return;
    MapLayer moving = std::move(m_layers[static_cast<std::size_t>(from)]);
    m_layers.erase(m_layers.begin() + from);
    m_layers.insert(m_layers.begin() + to, std::move(moving));
    emitChange(ChangeEvent::Kind::LayerOrder);
}

int PlanDocument::firstYear() const
{
    // The results start at the base year (the census); the slider starts at the plan's first.
    return m_results && m_results->firstYear > 0 ? std::max(m_results->firstYear, kFirstYear)
                                                 : kFirstYear;
}

int PlanDocument::lastYear() const
{
    return m_results && m_results->lastYear > 0 ? m_results->lastYear : kLastYear;
}

void PlanDocument::setYear(int year)
{
    year = std::clamp(year, firstYear(), lastYear());
    if (year == m_year)
        return;
    m_year = year;
    restyle();
    emitChange(ChangeEvent::Kind::Period);
}

void PlanDocument::setLevel(core::Level level)
{
    if (level == m_level)
        return;
    m_level = level;
    restyle();
    emitChange(ChangeEvent::Kind::Period);
}

void PlanDocument::setVariant(core::Variant variant)
{
    if (variant == m_variant)
        return;
    m_variant = variant;
    restyle();
    emitChange(ChangeEvent::Kind::Period);
}

void PlanDocument::setShortfallScope(ShortfallScope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    restyle();
    emitChange(ChangeEvent::Kind::Period);
}

void PlanDocument::setServiceRings(bool on)
{
    if (on == m_rings)
        return;
    m_rings = on;
    restyle();
    emitChange(ChangeEvent::Kind::Period);
}

void PlanDocument::setSelection(const QString& layerId, const QSet<qint64>& fids)
{
    if (layerId == m_selectionLayer && fids == m_selected)
        return;
    m_selectionLayer = fids.isEmpty() ? QString() : layerId;
    m_selected = fids;
    emitChange(ChangeEvent::Kind::Selection);
}

void PlanDocument::setResults(std::shared_ptr<const core::Results> results, const QString& note)
{
    m_results = std::move(results);
    m_analysisNote = note;
    m_year = std::clamp(m_year, firstYear(), lastYear());
    restyle();
    emitChange(ChangeEvent::Kind::Results);
}

std::shared_ptr<const gis::VectorLayer> PlanDocument::zonesLayer() const
{
    const MapLayer* zones = findLayer(QStringLiteral("zones"));
    return zones && zones->data ? zones->data->layerPtr() : nullptr;
}

void PlanDocument::publish(AnalysisOutcome outcome)
{
    m_fragmented.clear();
    for (const auto& [id, pieces] : outcome.fragmented)
        m_fragmented.insert(QString::fromStdString(id), pieces);
    setResults(std::move(outcome.results), outcome.error);
}

void PlanDocument::setLayerBaseStyle(int index, const render::LayerStyle& style)
{
    MapLayer& layer = m_layers.at(static_cast<std::size_t>(index));
    layer.baseStyle = style;
    if (layer.data && render::isThematicLayer(layer.data->layer())) {
        restyle(index);
        return;
    }
    layer.style = std::make_shared<const render::LayerStyle>(style);
    ++layer.revision;
    emitChange(ChangeEvent::Kind::LayerStyle, index);
}

void PlanDocument::restyle(int only)
{
    render::ThematicOptions options;
    options.year = m_year;
    options.level = m_level;
    options.variant = m_variant;
    options.serviceRadius = m_rings ? m_standards.serviceRadius[static_cast<int>(m_level)] : 0.0;
    options.shortfallScope = m_scope == ShortfallScope::Towns
        ? core::Scope::Town
        : (m_scope == ShortfallScope::Catchments ? core::Scope::Catchment : core::Scope::County);
    for (std::size_t i = 0; i < m_layers.size(); ++i) {
        MapLayer& layer = m_layers[i];
        if (!layer.data || !render::isThematicLayer(layer.data->layer())
            || (only >= 0 && static_cast<std::size_t>(only) != i))
            continue;
        render::LayerStyle style
            = render::thematicStyle(layer.data->layer(), layer.baseStyle, m_results.get(), options);
        markFragmented(layer.data->layer(), style);
        layer.style = std::make_shared<const render::LayerStyle>(std::move(style));
        ++layer.revision;
        emitChange(ChangeEvent::Kind::LayerStyle, static_cast<int>(i));
    }
}

void PlanDocument::markFragmented(const gis::VectorLayer& layer, render::LayerStyle& style) const
{
    const int idField = layer.fieldIndex("id");
    if (layer.name != "catchments" || m_fragmented.isEmpty() || idField < 0)
        return;
    // A red hatch over the catchments whose zones fell into pieces (contiguity check).
    const QRgb mark = QColor(0xc0, 0x00, 0x00, 0xc0).rgba();
    for (std::size_t i = 0; i < layer.features.size(); ++i) {
        const auto& value = layer.features[i].values[static_cast<std::size_t>(idField)];
        if (!m_fragmented.contains(QString::fromStdString(gis::toText(value))))
            continue;
        if (style.featureFill.size() < layer.features.size())
            style.featureFill.resize(layer.features.size(), style.fill.rgba());
        if (style.featureBrush.size() < layer.features.size())
            style.featureBrush.resize(
                layer.features.size(), static_cast<std::uint8_t>(style.brush));
        style.featureFill[i] = mark;
        style.featureBrush[i] = static_cast<std::uint8_t>(kFragmentedBrush);
    }
}

void PlanDocument::emitChange(ChangeEvent::Kind kind, int layer)
{
    emit changed(ChangeEvent { kind, layer });
}

} // namespace seatplan::ui
