// Scenarios -> Compare scenarios driven like a planner: a main window on a copy of the sample
// project, a scenario that moves a zone to another catchment, the dialog opened from the menu,
// its rows checked against the edit, and the exported workbook read back with GDAL.
#include "seatplan/gis/scenario_store.h"
#include "seatplan/ui/compare_dialog.h"
#include "seatplan/ui/compare_map_view.h"
#include "seatplan/ui/main_window.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/scenarios_menu.h"
#include "seatplan/ui/tools/catchment_edits.h"

#include "edit_session.h"
#include "test_paths.h"

#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <catch2/catch.hpp>
#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>

using namespace seatplan;
using test::waitForNewResults;
using Tables = ui::CompareTables;

namespace {

const char* const kScenario = "compare-test";

/// A zone held whole by one unlocked primary catchment of two or more zones, that catchment,
/// and another unlocked primary catchment to move it to.
struct Move {
    std::string zone;
    core::Catchment from;
    core::Catchment to;
};

Move pickMove(const std::vector<core::Catchment>& catchments)
{
    const core::Catchment* from = nullptr;
    const core::Catchment* to = nullptr;
    for (const core::Catchment& c : catchments) {
        if (c.level != core::Level::Primary || c.locked)
            continue;
        if (!from && c.zones.size() >= 2 && c.zones.front().share >= 1.0)
            from = &c;
        else if (!to)
            to = &c;
    }
    REQUIRE(from);
    REQUIRE(to);
    return { from->zones.front().zoneId, *from, *to };
}

int rowOf(const QStandardItemModel& model, int column, const QString& id, const QString& kind)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.item(r, column)->text() == id
            && (kind.isEmpty() || model.item(r, Tables::kSubjectColumn)->text() == kind))
            return r;
    return -1;
}

double number(const QStandardItemModel& model, int row, int column)
{
    return model.item(row, column)->data(Qt::EditRole).toDouble();
}

} // namespace

TEST_CASE("Comparing the base with a scenario that moved a zone lists the zone, the changed "
          "catchments and exports them to XLSX and CSV",
    "[app][compare]")
{
    const std::filesystem::path source(SEATPLAN_SOURCE_DIR "/data");
    if (!std::filesystem::exists(source / "meizhou.gpkg")) {
        WARN("sample project data/meizhou.gpkg absent; skipped");
        return;
    }
    test::TempDir dir;
    std::filesystem::copy_file(source / "meizhou.gpkg", dir / "meizhou.gpkg");
    ui::MainWindow window;
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument& document = *window.document();
    QSignalSpy opened(&window, &ui::MainWindow::projectOpened);
    REQUIRE(window.openProject(QString::fromStdString((dir / "meizhou.gpkg").string())));
    REQUIRE(opened.wait(60000));
    REQUIRE(opened.first().first().toBool());
    REQUIRE(document.inputs());

    // A scenario of the planner's own that moves one zone into another catchment.
    REQUIRE(document.createScenario(QString::fromLatin1(kScenario)));
    document.setActiveScenario(QString::fromLatin1(kScenario));
    REQUIRE(document.scenarioEditable());
    const Move move = pickMove(ui::effectiveCatchments(*document.inputs(), document.scenario()));
    const ui::CatchmentChange change
        = ui::assignZones(ui::effectiveCatchments(*document.inputs(), document.scenario()),
            move.to.id, { move.zone });
    REQUIRE(change.edits.size() == 2);
    for (const core::CatchmentEdit& edit : change.edits) {
        const auto old = document.results();
        document.pushEdit(edit);
        REQUIRE(waitForNewResults(document, old));
    }
    document.setLevel(core::Level::Primary);

    // Scenarios -> Compare scenarios...: the base against the active scenario by default.
    auto* menu = window.findChild<ui::ScenariosMenu*>(QStringLiteral("scenariosMenu"));
    REQUIRE(menu);
    REQUIRE(menu->compareAction()->isEnabled());
    menu->compareAction()->trigger();
    auto* dialog = window.findChild<ui::CompareDialog*>(QStringLiteral("compareDialog"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->scenarioA() == QLatin1String(gis::kBaseScenario));
    CHECK(dialog->scenarioB() == QLatin1String(kScenario));
    QSignalSpy ready(dialog, &ui::CompareDialog::comparisonReady);
    if (dialog->isBusy() || ready.isEmpty())
        REQUIRE(ready.wait(60000));
    REQUIRE(dialog->lastError().isEmpty());

    const QString zone = QString::fromStdString(move.zone);
    const QString from = QString::fromStdString(move.from.id);
    const QString to = QString::fromStdString(move.to.id);
    auto checkRows = [&] {
        // The zone that changed school, with its schools before and after.
        const QStandardItemModel& zones = *dialog->zonesModel();
        const int z = rowOf(zones, 0, zone, {});
        REQUIRE(z >= 0);
        CHECK(zones.item(z, 2)->text().contains(
            QString::fromStdString(move.from.schools.front().schoolId)));
        CHECK(zones.item(z, 3)->text().contains(
            QString::fromStdString(move.to.schools.front().schoolId)));

        // The catchment that lost the zone lost its demand; the other gained the same.
        const QStandardItemModel& balance = *dialog->balanceModel();
        const int lost = rowOf(balance, Tables::kIdColumn, from, Tables::tr("Catchment"));
        const int gained = rowOf(balance, Tables::kIdColumn, to, Tables::tr("Catchment"));
        REQUIRE(lost >= 0);
        REQUIRE(gained >= 0);
        const double down = number(balance, lost, Tables::kDemandChangeColumn);
        const double up = number(balance, gained, Tables::kDemandChangeColumn);
        CHECK(down < 0);
        CHECK(up == Approx(-down).margin(0.2));
        CHECK(number(balance, lost, Tables::kDemandBColumn)
            == Approx(number(balance, lost, Tables::kDemandAColumn) + down).margin(0.2));
        return std::make_pair(lost, down);
    };
    const auto [lostRow, demandDown] = checkRows();

    // The difference map shows the moved zone and colours by the change in shortfall.
    CHECK(dialog->mapView()->rampLimit() >= 1.0);
    CHECK(dialog->mapView()->colorOf(dialog->mapView()->rampLimit()).red() > 150);
    CHECK(dialog->mapView()->colorOf(-dialog->mapView()->rampLimit()).blue() > 150);

    SECTION("each row lists the years of its flags over all plan years, in the dialog and the "
            "workbook")
    {
        // (rule, year) of the flags of one subject in B, read from the document's results
        // (the active scenario B, every year) and from the dialog's cell ("rule 2024-2026, 2030").
        using Pairs = std::set<std::pair<std::string, int>>;
        const auto expected = [&](const std::string& kind, const std::string& id) {
            Pairs out;
            for (const core::Flag& f : document.results()->flags)
                if (f.subjectKind == kind && f.subjectId == id
                    && (!f.level || *f.level == core::Level::Primary)
                    && (!f.variant || *f.variant == document.variant()))
                    out.insert({ f.ruleId, f.year.value_or(0) }); // 0: about the base data
            return out;
        };
        const auto parsed = [](const QString& cell) {
            Pairs out;
            for (const QString& part : cell.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
                const QString rule = part.section(QLatin1Char(' '), 0, 0);
                if (!part.contains(QLatin1Char(' '))) {
                    out.insert({ rule.toStdString(), 0 }); // a flag about the base data
                    continue;
                }
                for (const QString& run :
                    part.section(QLatin1Char(' '), 1).split(QStringLiteral(", "))) {
                    const int first = run.section(QLatin1Char('-'), 0, 0).toInt();
                    const int last = run.contains(QLatin1Char('-'))
                        ? run.section(QLatin1Char('-'), 1).toInt()
                        : first;
                    for (int y = first; y <= last; ++y)
                        out.insert({ rule.toStdString(), y });
                }
            }
            return out;
        };
        const QStandardItemModel& model = *dialog->balanceModel();
        int withFlags = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const std::string kind
                = model.item(r, Tables::kSubjectColumn)->text() == Tables::tr("School")
                ? "school"
                : "catchment";
            const std::string id = model.item(r, Tables::kIdColumn)->text().toStdString();
            const Pairs years = parsed(model.item(r, Tables::kFlagYearsBColumn)->text());
            INFO(kind << " " << id);
            CHECK(years == expected(kind, id));
            withFlags += years.empty() ? 0 : 1;
        }
        CHECK(withFlags > 0); // the sample has flagged schools or catchments among the rows
        CHECK(model.headerData(Tables::kFlagYearsBColumn, Qt::Horizontal)
                  .toString()
                  .contains(QString::fromLatin1(kScenario)));

        const std::string xlsx = (dir / "years.xlsx").string();
        dialog->exportTo(QString::fromStdString(xlsx));
        CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
        GDALDatasetUniquePtr book(GDALDataset::Open(xlsx.c_str(), GDAL_OF_VECTOR));
        CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", nullptr);
        REQUIRE(book);
        OGRLayer* balance = book->GetLayerByName(dialog->tables().balance.name.c_str());
        REQUIRE(balance);
        int r = 0;
        for (const auto& feature : *balance) {
            REQUIRE(r < model.rowCount());
            CHECK(QString::fromUtf8(feature->GetFieldAsString(Tables::kFlagYearsAColumn))
                == model.item(r, Tables::kFlagYearsAColumn)->text());
            CHECK(QString::fromUtf8(feature->GetFieldAsString(Tables::kFlagYearsBColumn))
                == model.item(r, Tables::kFlagYearsBColumn)->text());
            ++r;
        }
        CHECK(r == model.rowCount());
    }

    SECTION("the exported workbook holds the same rows, numbers as numbers")
    {
        const std::string xlsx = (dir / "compare.xlsx").string();
        dialog->exportTo(QString::fromStdString(xlsx));
        // The first row holds the headers (GDAL cannot tell for an all-text sheet).
        CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
        GDALDatasetUniquePtr book(GDALDataset::Open(xlsx.c_str(), GDAL_OF_VECTOR));
        CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", nullptr);
        REQUIRE(book);
        // One sheet per table (GDAL reads a sheet holding only its header row as no layer).
        const ui::CompareTables& tables = dialog->tables();
        CHECK(book->GetLayerCount() == (tables.flags.rows.empty() ? 2 : 3));
        OGRLayer* balance = book->GetLayerByName(tables.balance.name.c_str());
        OGRLayer* zones = book->GetLayerByName(tables.zones.name.c_str());
        REQUIRE(balance);
        REQUIRE(zones);
        CHECK(balance->GetFeatureCount() == dialog->balanceModel()->rowCount());
        CHECK(zones->GetFeatureCount() == dialog->zonesModel()->rowCount());
        bool found = false;
        for (const auto& feature : *balance) {
            if (std::string(feature->GetFieldAsString(Tables::kIdColumn)) != move.from.id
                || feature->GetFieldAsString(Tables::kSubjectColumn)
                    != Tables::tr("Catchment").toStdString())
                continue;
            found = true;
            CHECK(balance->GetLayerDefn()->GetFieldDefn(Tables::kDemandChangeColumn)->GetType()
                != OFTString);
            CHECK(feature->GetFieldAsDouble(Tables::kDemandChangeColumn)
                == Approx(demandDown).margin(1e-6));
        }
        CHECK(found);
    }

    SECTION("the CSV holds the school and catchment table")
    {
        const std::string csv = (dir / "compare.csv").string();
        dialog->exportTo(QString::fromStdString(csv));
        std::ifstream in(csv);
        std::string line;
        int lines = 0;
        bool found = false;
        while (std::getline(in, line)) {
            ++lines;
            found = found || line.find("," + move.from.id + ",") != std::string::npos;
        }
        CHECK(lines == dialog->balanceModel()->rowCount() + 1);
        CHECK(found);
    }

    SECTION("with the base active, the scenario is loaded from the project and gives the same rows")
    {
        const auto old = document.results();
        document.setActiveScenario(QString::fromLatin1(gis::kBaseScenario));
        REQUIRE(waitForNewResults(document, old));
        if (dialog->isBusy())
            REQUIRE(ready.wait(60000));
        dialog->setScenarios(
            QString::fromLatin1(gis::kBaseScenario), QString::fromLatin1(kScenario));
        REQUIRE(ready.wait(60000));
        while (dialog->isBusy())
            REQUIRE(ready.wait(60000));
        REQUIRE(dialog->lastError().isEmpty());
        const auto [row, down] = checkRows();
        CHECK(down == Approx(demandDown).margin(1e-9));
        (void)row;
    }

    SECTION("the tables follow the main window's year")
    {
        const double demandA = number(*dialog->balanceModel(), lostRow, Tables::kDemandAColumn);
        document.setYear(document.lastYear());
        const int lost
            = rowOf(*dialog->balanceModel(), Tables::kIdColumn, from, Tables::tr("Catchment"));
        REQUIRE(lost >= 0);
        CHECK(number(*dialog->balanceModel(), lost, Tables::kDemandAColumn) != demandA);
    }
}
