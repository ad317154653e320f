// The contiguity check: a catchment edit that leaves a catchment in pieces is marked in the
// document and the results table, and undo clears the mark.
#include "seatplan/gis/geometry_ops.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/project_loader.h"
#include "seatplan/ui/results_model.h"

#include "test_paths.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <unordered_map>

using namespace seatplan;

TEST_CASE("A catchment given a far-away zone is marked as falling into pieces",
    "[app][plan_document][contiguity]")
{
    seatplan::test::TempDir dir;
    const auto data = seatplan::test::sourceDir() / "data";
    std::filesystem::copy_file(data / "meizhou.gpkg", dir / "meizhou.gpkg");
    std::filesystem::copy_file(data / "meizhou.population.tif", dir / "meizhou.population.tif");
    ui::PlanDocument document;
    document.reset(ui::loadProject(QString::fromStdString((dir / "meizhou.gpkg").string())));
    REQUIRE(document.inputs() != nullptr);
    REQUIRE(document.createScenario(QStringLiteral("split")));
    document.setActiveScenario(QStringLiteral("split"));
    document.waitForAnalysis();

    const auto& catchments = document.inputs()->catchments;
    const gis::VectorLayer& zoneLayer = document.findLayer(QStringLiteral("zones"))->data->layer();
    // Pieces counted from the map's dissolve equal those of the zones themselves (39 on the
    // sample).
    std::unordered_map<std::string, const gis::Geometry*> zoneGeometry;
    for (std::size_t i = 0; i < zoneLayer.features.size(); ++i)
        zoneGeometry[gis::toText(zoneLayer.value(i, "id"))] = &zoneLayer.features[i].geometry;
    QHash<QString, int> expected;
    for (const core::Catchment& c : catchments) {
        std::vector<gis::Geometry> polygons;
        for (const core::ZoneShare& z : c.zones)
            if (z.share > 0)
                polygons.push_back(*zoneGeometry.at(z.zoneId));
        const auto n = gis::connectedPieces(polygons, 1.0);
        if (n > 1)
            expected.insert(QString::fromStdString(c.id), static_cast<int>(n));
    }
    CHECK(expected.size() == 39);
    CHECK(document.fragmentedCatchments() == expected);

    // A contiguous catchment and the zone farthest from it (by centroid).
    const auto target
        = std::find_if(catchments.begin(), catchments.end(), [&](const core::Catchment& c) {
              return c.zones.size() >= 2
                  && !document.fragmentedCatchments().contains(QString::fromStdString(c.id));
          });
    REQUIRE(target != catchments.end());
    const gis::VectorLayer& zones = document.findLayer(QStringLiteral("zones"))->data->layer();
    const int idField = zones.fieldIndex("id");
    std::unordered_map<std::string, const gis::Geometry*> geometry;
    for (const gis::Feature& f : zones.features)
        geometry[gis::toText(f.values[static_cast<std::size_t>(idField)])] = &f.geometry;
    std::vector<gis::Geometry> own;
    for (const core::ZoneShare& z : target->zones)
        own.push_back(*geometry.at(z.zoneId));
    const auto centre = *gis::centroid(gis::unionPolygons(own));
    // The farthest zone of another catchment of the same level (which keeps other zones).
    std::string far;
    core::Catchment owner;
    double farthest = -1;
    for (const core::Catchment& other : catchments) {
        if (other.id == target->id || other.level != target->level || other.zones.size() < 2)
            continue;
        for (const core::ZoneShare& z : other.zones) {
            const auto c = gis::centroid(*geometry.at(z.zoneId));
            const double d = std::hypot(c->x - centre.x, c->y - centre.y);
            if (d > farthest) {
                farthest = d;
                far = z.zoneId;
                owner = other;
            }
        }
    }
    REQUIRE(farthest > 1000); // metres: certainly not a neighbour

    // Move it into the target, as the brush tool does (one undo step).
    core::Catchment split = *target;
    split.zones.push_back({ far, 1.0 });
    std::erase_if(owner.zones, [&](const core::ZoneShare& z) { return z.zoneId == far; });
    document.undoStack()->beginMacro(QStringLiteral("move a zone"));
    document.pushEdit(core::CatchmentEdit { owner, false });
    document.pushEdit(core::CatchmentEdit { split, false });
    document.undoStack()->endMacro();
    document.waitForAnalysis();
    REQUIRE(document.results() != nullptr);
    const QString id = QString::fromStdString(target->id);
    CHECK(document.fragmentedCatchments().value(id) == 2);

    // The results table marks it in the catchment scope.
    ui::ResultsModel model(&document);
    model.setScope(core::Scope::Catchment);
    const int row = model.rowOf(id);
    REQUIRE(row >= 0);
    CHECK(model.index(row, ui::ResultsModel::PiecesColumn).data().toInt() == 2);
    CHECK(model.index(row, ui::ResultsModel::PiecesColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("2")));

    // The catchments layer hatches it on the map (when the layer holds that catchment).
    const ui::MapLayer* layer = document.findLayer(QStringLiteral("catchments"));
    REQUIRE(layer);
    const gis::VectorLayer& drawn = layer->data->layer();
    const int drawnId = drawn.fieldIndex("id");
    std::vector<std::size_t> features;
    for (std::size_t i = 0; i < drawn.features.size(); ++i)
        if (gis::toText(drawn.features[i].values[static_cast<std::size_t>(drawnId)]) == target->id)
            features.push_back(i);
    REQUIRE_FALSE(features.empty());
    for (const std::size_t i : features)
        CHECK(layer->style->brushOf(i) == ui::PlanDocument::kFragmentedBrush);

    document.undoStack()->undo();
    document.waitForAnalysis();
    CHECK_FALSE(document.fragmentedCatchments().contains(id));
    for (const std::size_t i : features)
        CHECK(document.findLayer(QStringLiteral("catchments"))->style->brushOf(i)
            != ui::PlanDocument::kFragmentedBrush);
    CHECK(model.index(row, ui::ResultsModel::PiecesColumn).data().isNull());
}
