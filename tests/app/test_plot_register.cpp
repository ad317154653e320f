#include "seatplan/render/base_styles.h"
#include "seatplan/ui/development_register_model.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/plot_register_model.h"
#include "seatplan/ui/plot_spatial_checks.h"
#include "seatplan/ui/project_loader.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace seatplan;

TEST_CASE("The plot register checks residents within the service radius and restricted land",
    "[app][plot_register]")
{
    const QString sample = QStringLiteral(SEATPLAN_SOURCE_DIR "/data/meizhou.gpkg");
    if (!QFileInfo::exists(sample)) {
        WARN("sample project data/meizhou.gpkg absent; skipped");
        return;
    }
    ui::LoadedProject project = ui::loadProject(sample);
    const ui::MapLayer* plotsLayer = nullptr;
    for (const ui::MapLayer& layer : project.layers)
        if (layer.id == QLatin1String("plots"))
            plotsLayer = &layer;
    if (!plotsLayer || !plotsLayer->data || plotsLayer->data->layer().features.empty()) {
        WARN("the sample has no plots; skipped");
        return;
    }
    // A flood-zone constraint layer covering the first plot exactly.
    const gis::VectorLayer& plots = plotsLayer->data->layer();
    const std::string firstId = gis::toText(plots.value(0, "id"));
    auto flood = std::make_shared<gis::VectorLayer>();
    flood->name = "flood_zone";
    flood->crs = plots.crs;
    flood->kind = gis::GeometryKind::Polygon;
    gis::Feature cover;
    cover.fid = 1;
    cover.geometry = plots.features.front().geometry;
    flood->features.push_back(cover);
    ui::MapLayer constraint;
    constraint.id = QStringLiteral("flood_zone");
    constraint.data = std::make_shared<const render::LayerData>(flood);
    constraint.baseStyle = render::defaultStyle(*flood);
    constraint.style = std::make_shared<const render::LayerStyle>(constraint.baseStyle);
    project.layers.push_back(std::move(constraint));

    ui::PlanDocument document;
    document.reset(std::move(project));
    const auto checks = ui::checkPlotsSpatially(document);
    REQUIRE(checks.size() == static_cast<int>(plots.features.size()));
    const ui::PlotSpatialCheck& first = checks.value(QString::fromStdString(firstId));
    REQUIRE(first.restricted.size() >= 1);
    CHECK(first.restricted.join(QStringLiteral(",")).contains(QStringLiteral("flood_zone 100.0%")));
    int withResidents = 0;
    for (const ui::PlotSpatialCheck& c : checks) {
        CHECK((c.serviceRadius == Approx(500.0) || c.serviceRadius == Approx(1000.0)));
        withResidents += c.residentsInRadius > 0.0 ? 1 : 0;
    }
    CHECK(withResidents > 0); // the sample's plots are planned where people live

    ui::PlotRegisterModel model(&document);
    QAbstractItemModelTester tester(&model);
    REQUIRE(model.rowCount() == static_cast<int>(plots.features.size()));
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, ui::PlotRegisterModel::IdColumn).data().toString()
            != QString::fromStdString(firstId))
            continue;
        CHECK(model.index(r, ui::PlotRegisterModel::ResultColumn).data().toString()
            == QStringLiteral("fail"));
        CHECK(model.index(r, ui::PlotRegisterModel::ReasonsColumn)
                  .data()
                  .toString()
                  .contains(QStringLiteral("flood_zone")));
        CHECK(model.index(r, ui::PlotRegisterModel::ResidentsColumn).data(Qt::EditRole).toDouble()
            == Approx(first.residentsInRadius));
    }
}

TEST_CASE("Residential projects list the seats they generate and whether their school plot "
          "exists",
    "[app][plot_register]")
{
    const QString sample = QStringLiteral(SEATPLAN_SOURCE_DIR "/data/meizhou.gpkg");
    if (!QFileInfo::exists(sample)) {
        WARN("sample project data/meizhou.gpkg absent; skipped");
        return;
    }
    ui::PlanDocument document;
    document.reset(ui::loadProject(sample));
    const ui::MapLayer* developments = document.findLayer(QStringLiteral("developments"));
    if (!developments || !developments->data || !document.results()) {
        WARN("the sample has no developments or no results; skipped");
        return;
    }
    ui::DevelopmentRegisterModel model(&document);
    QAbstractItemModelTester tester(&model);
    REQUIRE(model.rowCount() == static_cast<int>(developments->data->layer().features.size()));
    double seats = 0.0;
    for (int r = 0; r < model.rowCount(); ++r) {
        seats += model.index(r, ui::DevelopmentRegisterModel::PrimarySeatsColumn)
                     .data(Qt::EditRole)
                     .toDouble();
        const QString check
            = model.index(r, ui::DevelopmentRegisterModel::ResultColumn).data().toString();
        CHECK((check == QStringLiteral("pass") || check == QStringLiteral("fail")));
        // A project without a plot always fails, saying so.
        if (model.index(r, ui::DevelopmentRegisterModel::PlotColumn).data().toString().isEmpty())
            CHECK(model.index(r, ui::DevelopmentRegisterModel::ReasonsColumn)
                      .data()
                      .toString()
                      .contains(QStringLiteral("no reserved school plot")));
    }
    CHECK(seats > 0.0); // new homes bring primary pupils
}
