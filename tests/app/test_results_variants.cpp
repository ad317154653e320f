#include "seatplan/ui/chart_dock.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/project_loader.h"
#include "seatplan/ui/results_dock.h"
#include "seatplan/ui/results_model.h"

#include <QComboBox>
#include <QFileInfo>
#include <QSlider>
#include <QTabWidget>

#include <catch2/catch.hpp>

using namespace seatplan;

namespace {

/// The demand summed over the table's rows (the current year, level and variant).
double tableDemand(const ui::ResultsModel& model)
{
    double sum = 0.0;
    for (int r = 0; r < model.rowCount(); ++r)
        sum += model.index(r, ui::ResultsModel::DemandColumn).data(Qt::EditRole).toDouble();
    return sum;
}

} // namespace

TEST_CASE("The results dock shows 2021-2035 and switches between the low, medium and high "
          "projections",
    "[app][results_dock]")
{
    const QString sample = QStringLiteral(SEATPLAN_SOURCE_DIR "/data/meizhou.gpkg");
    if (!QFileInfo::exists(sample)) {
        WARN("sample project data/meizhou.gpkg absent; skipped");
        return;
    }
    ui::PlanDocument document;
    ui::ResultsDock results(&document);
    ui::ChartDock charts(&document);
    document.reset(ui::loadProject(sample));
    if (!document.results()) {
        WARN("the sample project has no results: " << document.analysisNote().toStdString());
        return;
    }
    // The slider runs over the plan years, not the census base year.
    CHECK(results.yearSlider()->minimum() == 2021);
    CHECK(results.yearSlider()->maximum() == 2035);
    CHECK(charts.demandPointCount() == 15);
    CHECK(charts.findChild<QTabWidget*>(QStringLiteral("chartTabs"))->count() == 2);

    auto* variant = results.findChild<QComboBox*>(QStringLiteral("variantCombo"));
    REQUIRE(variant);
    CHECK(variant->count() == 3);
    CHECK(document.variant() == core::Variant::Medium);
    document.setYear(2030);
    results.model()->setScope(core::Scope::County);
    const double medium = tableDemand(*results.model());
    variant->setCurrentIndex(0);
    CHECK(document.variant() == core::Variant::Low);
    const double low = tableDemand(*results.model());
    variant->setCurrentIndex(2);
    CHECK(document.variant() == core::Variant::High);
    const double high = tableDemand(*results.model());
    CHECK(medium > 0.0);
    CHECK(low <= medium);
    CHECK(medium <= high);
    CHECK(low < high);
    CHECK(charts.demandPointCount() == 15);
}
