#include "seatplan/render/annex/project_annex.h"

#include "annex_translator.h"
#include "seatplan/core/analyze.h"
#include "seatplan/gis/project.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <array>

namespace seatplan::render {

namespace {

    /// Known English texts of project files (the sample's scenario description, provenance
    /// words, the CRS), translated in context "AnnexProject" for a Chinese annex. Anything
    /// else is printed as the project has it.
    const std::array<const char*, 7> kKnownTexts {
        QT_TRANSLATE_NOOP(
            "AnnexProject", "base: nearest-school catchments, schools as of 2020 (generated)"),
        QT_TRANSLATE_NOOP("AnnexProject", "real"),
        QT_TRANSLATE_NOOP("AnnexProject", "generated"),
        QT_TRANSLATE_NOOP("AnnexProject", "real+generated"),
        QT_TRANSLATE_NOOP("AnnexProject", "CGCS2000 / 3-degree Gauss-Kruger CM 117E (EPSG:4548)"),
        QT_TRANSLATE_NOOP("AnnexProject", "SeatPlan analysis, scenario %1"),
        QT_TRANSLATE_NOOP("AnnexProject", "(organisation)"),
    };

    /// The project layers named in the data sources, with their printed names.
    const std::array<std::pair<const char*, const char*>, 7> kSourceLayers { {
        { gis::layers::kCounties, QT_TRANSLATE_NOOP("AnnexProject", "counties") },
        { gis::layers::kTowns, QT_TRANSLATE_NOOP("AnnexProject", "towns") },
        { gis::layers::kZones, QT_TRANSLATE_NOOP("AnnexProject", "zones") },
        { gis::layers::kSchools, QT_TRANSLATE_NOOP("AnnexProject", "schools") },
        { gis::layers::kCatchments, QT_TRANSLATE_NOOP("AnnexProject", "catchments") },
        { gis::layers::kPlots, QT_TRANSLATE_NOOP("AnnexProject", "reserved plots") },
        { gis::layers::kDevelopments, QT_TRANSLATE_NOOP("AnnexProject", "residential projects") },
    } };

    /// Returns `text` in the annex language when it is one of kKnownTexts, else unchanged.
    QString known(const detail::AnnexTranslator& translator, const std::string& text)
    {
        for (const char* source : kKnownTexts)
            if (text == source)
                return translator.translate("AnnexProject", source);
        return QString::fromStdString(text);
    }

    /// Picks one half of a bilingual project text "中文 (English)": the Chinese part for a
    /// Chinese annex, the parenthesised English for an English one; other texts unchanged.
    QString bilingual(const QString& text, Language language)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^(.*[\\x{4e00}-\\x{9fff}].*?)\\s*\\(([\\x{20}-\\x{7e}]+)\\)$"));
        const auto match = pattern.match(text.trimmed());
        if (!match.hasMatch())
            return text;
        return match.captured(language == Language::Chinese ? 1 : 2);
    }

    std::shared_ptr<const gis::VectorLayer> layerOrNull(
        const gis::Project& project, const char* name)
    {
        if (!project.hasLayer(name))
            return nullptr;
        return std::make_shared<const gis::VectorLayer>(project.readLayer(name));
    }

} // namespace

ProjectAnnex::ProjectAnnex(gis::Project& project, const ProjectAnnexRequest& request)
    : m_loaded(loadScenario(project, request.scenario))
    , m_withMaps(request.maps)
{
    const core::PlanningInputs& inputs = m_loaded.inputs;
    const detail::AnnexTranslator translator(request.language);
    const bool chinese = request.language == Language::Chinese;
    m_options.language = request.language;
    m_options.firstYear = request.firstYear;
    m_options.lastYear = request.lastYear;
    m_options.counties = request.counties;
    m_options.townMaps = request.townMaps;
    m_options.scenarioDescription = known(translator, m_loaded.scenario.description);
    m_options.regionName
        = QString::fromStdString(project.metadata("region_name").value_or(inputs.regionCode));
    const QDateTime date = request.date.isValid() ? request.date : QDateTime::currentDateTimeUtc();
    m_options.date = chinese ? date.toString(QStringLiteral("yyyy年M月d日"))
                             : date.toString(QStringLiteral("d MMMM yyyy"));
    m_options.crs = known(translator,
        project.crs() == "EPSG:4548" ? "CGCS2000 / 3-degree Gauss-Kruger CM 117E (EPSG:4548)"
                                     : project.crs());
    m_options.organisation
        = bilingual(known(translator, project.metadata("organisation").value_or("(organisation)")),
            request.language);
    const QString title = QString::fromStdString(project.metadata("title").value_or(""));
    if (!title.isEmpty())
        m_options.sources << bilingual(title, request.language);
    QStringList origins;
    for (const auto& [layer, name] : kSourceLayers)
        if (const auto provenance = project.provenance(layer))
            origins << translator.translate("AnnexProject", "%1 (%2)")
                           .arg(translator.translate("AnnexProject", name),
                               known(translator, provenance->origin));
    if (!origins.isEmpty())
        m_options.sources << origins.join(translator.translate("AnnexProject", ", "));
    m_options.sources << translator.translate("AnnexProject", "SeatPlan analysis, scenario %1")
                             .arg(QString::fromStdString(request.scenario));
    // The construction list's settings: the project's, else the stated defaults.
    const auto funding = project.metadata("annex.funding_source");
    const auto unit = project.metadata("annex.responsible_unit");
    if (funding)
        m_options.fundingSource = QString::fromStdString(*funding);
    if (unit)
        m_options.responsibleUnit = QString::fromStdString(*unit);
    if (funding || unit)
        m_options.settingsSource = translator.translate("AnnexProject",
            "project metadata annex.funding_source / annex.responsible_unit (unset ones: "
            "SeatPlan default)");

    core::AnalysisOptions analysis;
    analysis.firstYear = std::max(inputs.baseYear, m_options.firstYear);
    analysis.lastYear = std::min(inputs.lastYear, m_options.lastYear);
    analysis.variants = { m_options.variant };
    m_results = core::analyze(inputs, m_loaded.scenario, analysis);

    if (m_withMaps) {
        m_maps.counties = layerOrNull(project, gis::layers::kCounties);
        m_maps.towns = layerOrNull(project, gis::layers::kTowns);
        m_maps.catchments = layerOrNull(project, gis::layers::kCatchments);
        m_maps.schools = layerOrNull(project, gis::layers::kSchools);
        m_maps.plots = layerOrNull(project, gis::layers::kPlots);
    }
}

AnnexDocument ProjectAnnex::build(const std::vector<std::string>& counties) const
{
    AnnexOptions options = m_options;
    if (!counties.empty())
        options.counties = counties;
    return buildAnnex(
        m_loaded.inputs, m_loaded.scenario, m_results, options, m_withMaps ? &m_maps : nullptr);
}

} // namespace seatplan::render
