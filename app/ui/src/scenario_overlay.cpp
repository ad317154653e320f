#include "seatplan/ui/scenario_overlay.h"

#include "seatplan/gis/gis_error.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/tools/catchment_edits.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMetaObject>
#include <QtGlobal>

#include <algorithm>
#include <iterator>
#include <map>

namespace seatplan::ui {

namespace {

    // Display colours of proposed sites (qualitative, not planning rules); sites beyond the
    // list reuse them in turn.
    constexpr QRgb kSiteColours[] = { 0xffe41a1c, 0xff377eb8, 0xff4daf4a, 0xff984ea3, 0xffff7f00,
        0xffa65628, 0xfff781bf, 0xff00868b };
    // Alpha of a proposed catchment's fill: the zones beneath stay readable.
    constexpr int kProposalFillAlpha = 140;
    // Symbol diameter of a proposed school, pixels.
    constexpr double kProposalSchoolSize = 14.0;

    /// One key per school the edits add (the last edit of an id wins), for change detection.
    std::vector<std::string> newSchoolKeys(const std::vector<core::ScenarioEdit>& edits)
    {
        std::vector<std::string> keys;
        for (const core::ScenarioEdit& edit : edits)
            if (const auto* add = std::get_if<core::NewSchoolEdit>(&edit)) {
                const core::School& s = add->school;
                std::string key = s.id + '\n' + s.name + '\n'
                    + std::string(core::schoolTypeName(s.type)) + '\n';
                if (add->location)
                    key += std::to_string(add->location->x) + ' '
                        + std::to_string(add->location->y);
                keys.push_back(std::move(key));
            }
        return keys;
    }

    render::SnapshotLayer snapshotOf(const QString& id, std::uint64_t revision,
        std::shared_ptr<const render::LayerData> data, render::LayerStyle style)
    {
        render::SnapshotLayer layer;
        layer.id = id;
        layer.revision = revision;
        layer.vector = std::move(data);
        layer.style = std::make_shared<const render::LayerStyle>(std::move(style));
        return layer;
    }

} // namespace

ScenarioOverlay::ScenarioOverlay(PlanDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{
    m_pool.setMaxThreadCount(1); // dissolves in order; GEOS context of that thread
    connect(document, &PlanDocument::changed, this, &ScenarioOverlay::onDocumentChanged);
}

ScenarioOverlay::~ScenarioOverlay()
{
    ++m_generation; // nothing more is delivered
    m_pool.waitForDone();
}

render::ThematicOptions ScenarioOverlay::optionsOf(const PlanDocument& document)
{
    render::ThematicOptions o;
    o.year = document.year();
    o.level = document.level();
    o.variant = document.variant();
    o.serviceRadius = document.serviceRings()
        ? document.standards().serviceRadius[static_cast<int>(document.level())]
        : 0.0;
    o.shortfallScope = document.shortfallScope() == ShortfallScope::Towns
        ? core::Scope::Town
        : (document.shortfallScope() == ShortfallScope::Catchments ? core::Scope::Catchment
                                                                   : core::Scope::County);
    return o;
}

int ScenarioOverlay::dissolvedCount() const
{
    const auto dissolver = m_document->dissolver();
    return dissolver ? dissolver->dissolvedCount() : 0;
}

void ScenarioOverlay::waitForDissolve()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void ScenarioOverlay::startDissolve(std::vector<core::Catchment> catchments, core::Level level)
{
    const std::uint64_t generation = ++m_generation;
    m_pending = true;
    m_pool.start([this, generation, dissolver = m_document->dissolver(),
                     catchments = std::move(catchments), level] {
        std::shared_ptr<const render::LayerData> data;
        QString error;
        try {
            data = std::make_shared<const render::LayerData>(
                std::make_shared<const gis::VectorLayer>(dissolver->dissolve(catchments, level)));
        } catch (const gis::GisError& e) {
            error = QString::fromUtf8(e.what());
        }
        // Run on the GUI thread; discarded by Qt when the overlay is gone.
        QMetaObject::invokeMethod(
            this,
            [this, generation, data = std::move(data), error] {
                if (generation != m_generation)
                    return; // a newer rebuild started
                m_pending = false;
                if (!error.isEmpty())
                    qWarning("catchments of the scenario not drawn: %s", qUtf8Printable(error));
                m_catchmentData = data;
                restyle();
            },
            Qt::QueuedConnection);
    });
}

void ScenarioOverlay::onDocumentChanged(const ChangeEvent& event)
{
    switch (event.kind) {
    case ChangeEvent::Kind::Reset:
        m_catchmentData.reset(); // of the previous project
        m_builtLevel.reset();
        m_proposalCatchments.reset();
        m_proposalSchools.reset();
        rebuild();
        restyle();
        break;
    case ChangeEvent::Kind::Scenario:
    case ChangeEvent::Kind::Period:
        // Catchments or new schools may have changed (an edit, another scenario, the level).
        if (rebuild())
            restyle();
        break;
    case ChangeEvent::Kind::Results:
        restyle();
        break;
    case ChangeEvent::Kind::LayerStyle:
        if (event.layer >= 0) {
            const QString& id = m_document->layer(event.layer).id;
            if (id == QLatin1String("catchments") || id == QLatin1String("schools"))
                restyle();
        }
        break;
    default:
        return;
    }
}

bool ScenarioOverlay::rebuild()
{
    const MapLayer* zones = m_document->findLayer(QStringLiteral("zones"));
    const MapLayer* schools = m_document->findLayer(QStringLiteral("schools"));
    const core::PlanningInputs* inputs = m_document->inputs();
    const core::Scenario& scenario = m_document->scenario();
    const bool active = m_document->isOpen() && inputs && scenario.name != "base";
    if (!active) {
        const bool had = m_catchments || m_schools;
        m_catchments.reset();
        m_schools.reset();
        m_catchmentData.reset();
        m_schoolData.reset();
        m_builtCatchments.clear();
        m_builtSchools.clear();
        m_builtLevel.reset();
        m_builtScenario.clear();
        ++m_generation; // a dissolve still running is not shown
        m_pending = false;
        if (had)
            emit changed();
        return had;
    }
    const core::Level level = m_document->level();
    std::vector<core::Catchment> catchments;
    for (core::Catchment& c : effectiveCatchments(*inputs, scenario))
        if (c.level == level)
            catchments.push_back(std::move(c));
    std::vector<std::string> schoolKeys = newSchoolKeys(scenario.edits);
    if (m_builtLevel == level && catchments == m_builtCatchments && schoolKeys == m_builtSchools)
        return false; // e.g. an expansion or a development: nothing drawn here changed
    // Another scenario or level: its old polygons must not show while the new ones dissolve.
    if (m_builtLevel != level || m_builtScenario != scenario.name)
        m_catchmentData.reset();
    if (zones && zones->data && m_document->dissolver()
        && (catchments != m_builtCatchments || m_builtLevel != level))
        startDissolve(catchments, level);
    const bool placed = std::any_of(
        scenario.edits.begin(), scenario.edits.end(), [](const core::ScenarioEdit& e) {
            const auto* add = std::get_if<core::NewSchoolEdit>(&e);
            return add && add->location;
        });
    m_schoolData = schools && schools->data && placed
        ? std::make_shared<const render::LayerData>(std::make_shared<const gis::VectorLayer>(
            render::withNewSchools(schools->data->layer(), scenario.edits)))
        : nullptr;
    m_builtCatchments = std::move(catchments);
    m_builtSchools = std::move(schoolKeys);
    m_builtLevel = level;
    m_builtScenario = scenario.name;
    return true;
}

void ScenarioOverlay::restyle()
{
    const render::ThematicOptions options = optionsOf(*m_document);
    const auto* results = m_document->results().get();
    const auto styled = [&](const QString& projectLayer, const QString& id,
                            const std::shared_ptr<const render::LayerData>& data)
        -> std::optional<render::SnapshotLayer> {
        const MapLayer* base = m_document->findLayer(projectLayer);
        if (!data || !base)
            return std::nullopt;
        render::SnapshotLayer layer = snapshotOf(id, ++m_revision, data,
            render::thematicStyle(data->layer(), base->baseStyle, results, options));
        layer.opacity = base->opacity;
        return layer;
    };
    m_catchments = styled(
        QStringLiteral("catchments"), QStringLiteral("scenario-catchments"), m_catchmentData);
    m_schools = styled(QStringLiteral("schools"), QStringLiteral("scenario-schools"), m_schoolData);
    emit changed();
}

std::vector<render::SnapshotLayer> ScenarioOverlay::proposalLayers() const
{
    std::vector<render::SnapshotLayer> out;
    if (m_proposalCatchments)
        out.push_back(*m_proposalCatchments);
    if (m_proposalSchools)
        out.push_back(*m_proposalSchools);
    return out;
}

void ScenarioOverlay::setProposal(const std::vector<core::ScenarioEdit>& edits)
{
    const bool had = m_proposalCatchments || m_proposalSchools;
    m_proposalCatchments.reset();
    m_proposalSchools.reset();
    // The proposed schools, each with its colour, then the catchments that they serve.
    gis::VectorLayer sites;
    sites.name = "proposal_schools";
    sites.kind = gis::GeometryKind::Point;
    sites.fields = { { "id", gis::FieldType::Text }, { "name", gis::FieldType::Text } };
    render::LayerStyle siteStyle;
    siteStyle.shape = render::PointShape::Square;
    siteStyle.pointSize = kProposalSchoolSize;
    siteStyle.stroke = QColor(Qt::white);
    siteStyle.strokeWidth = 1.5;
    siteStyle.labelField = QStringLiteral("name");
    siteStyle.labelPriority = 3;
    std::map<std::string, QRgb> colourOf;
    for (const core::ScenarioEdit& edit : edits) {
        const auto* add = std::get_if<core::NewSchoolEdit>(&edit);
        if (!add || !add->location || colourOf.count(add->school.id))
            continue;
        const QRgb colour = kSiteColours[colourOf.size() % std::size(kSiteColours)];
        colourOf[add->school.id] = colour;
        gis::Feature f;
        f.fid = static_cast<std::int64_t>(sites.features.size()) + 1;
        f.geometry = gis::Geometry::point(add->location->x, add->location->y);
        f.values = { add->school.id, add->school.name };
        sites.features.push_back(std::move(f));
        siteStyle.featureFill.push_back(colour);
    }
    const MapLayer* zones = m_document->findLayer(QStringLiteral("zones"));
    const auto dissolver = m_document->dissolver();
    if (!colourOf.empty() && zones && zones->data && dissolver) {
        std::vector<core::Catchment> served;
        std::vector<QRgb> fills;
        for (const core::ScenarioEdit& edit : edits) {
            const auto* change = std::get_if<core::CatchmentEdit>(&edit);
            if (!change || change->remove)
                continue;
            for (const core::SchoolShare& s : change->catchment.schools)
                if (const auto found = colourOf.find(s.schoolId); found != colourOf.end()) {
                    served.push_back(change->catchment);
                    fills.push_back(found->second);
                    break;
                }
        }
        render::LayerStyle areaStyle;
        areaStyle.strokeWidth = 2.5;
        areaStyle.stroke = QColor(0x33, 0x33, 0x33);
        try {
            gis::VectorLayer areas;
            for (std::size_t i = 0; i < served.size(); ++i) {
                gis::VectorLayer one = dissolver->dissolve({ served[i] }, served[i].level);
                if (areas.fields.empty())
                    areas = std::move(one);
                else
                    areas.features.push_back(std::move(one.features.front()));
                QColor fill = QColor::fromRgba(fills[i]);
                fill.setAlpha(kProposalFillAlpha);
                areaStyle.featureFill.push_back(fill.rgba());
            }
            if (!areas.features.empty())
                m_proposalCatchments
                    = snapshotOf(QStringLiteral("proposal-catchments"), ++m_revision,
                        std::make_shared<const render::LayerData>(
                            std::make_shared<const gis::VectorLayer>(std::move(areas))),
                        areaStyle);
        } catch (const gis::GisError& error) {
            qWarning("proposed catchments not drawn: %s", error.what());
        }
    }
    if (!sites.features.empty())
        m_proposalSchools = snapshotOf(QStringLiteral("proposal-schools"), ++m_revision,
            std::make_shared<const render::LayerData>(
                std::make_shared<const gis::VectorLayer>(std::move(sites))),
            siteStyle);
    if (had || m_proposalSchools)
        emit changed();
}

} // namespace seatplan::ui
