// The results dock: its note on split catchments, its table following the selection, and the
// flags in its details panel.
#include "seatplan/render/language.h"
#include "seatplan/ui/map_layer.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/project_loader.h"
#include "seatplan/ui/results_dock.h"
#include "seatplan/ui/results_model.h"

#include "test_paths.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QTableView>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace seatplan;

namespace {

/// A results dock on a document with a private copy of the sample project, analysed.
struct SampleDock {
    seatplan::test::TempDir dir;
    ui::PlanDocument document;
    ui::ResultsDock dock { &document };

    SampleDock()
    {
        const auto path = seatplan::test::copySampleProject(dir);
        document.reset(ui::loadProject(QString::fromStdString(path.string())));
        document.waitForAnalysis();
    }
};

} // namespace

TEST_CASE("The note on split catchments counts them and its link lists them in the table",
    "[app][results_dock][contiguity]")
{
    SampleDock sample;
    ui::PlanDocument& document = sample.document;
    ui::ResultsDock& dock = sample.dock;
    const int split = static_cast<int>(document.fragmentedCatchments().size());
    REQUIRE(split > 0); // the sample's real catchments include split ones

    auto* note = dock.findChild<QLabel*>(QStringLiteral("resultsNote"));
    REQUIRE(note);
    CHECK(note->text().contains(QString::number(split)));
    const QString first = document.fragmentedCatchments().cbegin().key();
    CHECK_FALSE(note->text().contains(first)); // ids only in the tooltip
    CHECK(note->toolTip().contains(first));

    emit note->linkActivated(QStringLiteral("pieces"));
    CHECK(dock.model()->scope() == core::Scope::Catchment);
    const QTableView* table = dock.table();
    CHECK_FALSE(table->isColumnHidden(ui::ResultsModel::PiecesColumn));
    const QAbstractItemModel* rows = table->model();
    REQUIRE(rows->rowCount() > 1);
    const auto pieces = [&](int row) {
        return rows->index(row, ui::ResultsModel::PiecesColumn).data(Qt::EditRole).toInt();
    };
    CHECK(pieces(0) > 1);
    for (int row = 1; row < rows->rowCount(); ++row) {
        INFO(row);
        CHECK(pieces(row) <= pieces(row - 1));
    }
    CHECK(pieces(rows->rowCount() - 1) <= 1); // the whole ones follow
}

TEST_CASE("A school selected on the map becomes the current row of the results table",
    "[app][results_dock]")
{
    SampleDock sample;
    ui::PlanDocument& document = sample.document;
    ui::ResultsDock& dock = sample.dock;
    const gis::VectorLayer& schools = document.findLayer(QStringLiteral("schools"))->data->layer();
    // A school far down the table, so the row must be found, not stumbled on.
    const gis::Feature& school = schools.features.at(schools.features.size() / 2);
    const QString id = QString::fromStdString(
        gis::toText(school.values.at(static_cast<std::size_t>(schools.fieldIndex("id")))));

    document.setSelection(QStringLiteral("schools"), { school.fid });
    CHECK(dock.table()->currentIndex().data(ui::ResultsModel::SubjectIdRole).toString() == id);
    CHECK(document.selectedFids() == QSet<qint64> { school.fid }); // no echo changed it
}

TEST_CASE("The details panel words a school's flags and attributes in the UI's language",
    "[app][results_dock]")
{
    SampleDock sample;
    ui::PlanDocument& document = sample.document;
    const core::Results& results = *document.results();
    // A school over capacity from a year before the one shown.
    const auto over
        = std::find_if(results.flags.begin(), results.flags.end(), [&](const core::Flag& f) {
              return f.ruleId == "school.over_capacity" && f.year && *f.year < document.year()
                  && f.variant == document.variant();
          });
    REQUIRE(over != results.flags.end());
    const gis::VectorLayer& schools = document.findLayer(QStringLiteral("schools"))->data->layer();
    const int idField = schools.fieldIndex("id");
    const auto school = std::find_if(
        schools.features.begin(), schools.features.end(), [&](const gis::Feature& f) {
            return gis::toText(f.values[static_cast<std::size_t>(idField)]) == over->subjectId;
        });
    REQUIRE(school != schools.features.end());

    render::installTranslators(render::Language::Chinese);
    document.setSelection(QStringLiteral("schools"), { school->fid });
    const QString zh = sample.dock.detailsText();
    render::installTranslators(render::Language::English);
    document.setSelection({}, {});
    document.setSelection(QStringLiteral("schools"), { school->fid });
    const QString en = sample.dock.detailsText();
    INFO(zh.toStdString() << "\n" << en.toStdString());
    CHECK(zh.contains(QStringLiteral("学位不足")));
    CHECK(zh.contains(QStringLiteral("学段"))); // attributes under their labels too
    CHECK(zh.contains(QStringLiteral("小学")));
    CHECK(zh.contains(QStringLiteral("年起")));
    CHECK(en.contains(QStringLiteral("Over capacity")));
    CHECK(en.contains(QStringLiteral("above 100% from %1").arg(*over->year)));
    CHECK_FALSE(en.contains(QStringLiteral("school.over_capacity"))); // a name, not the id
    CHECK_FALSE(zh.contains(QStringLiteral("is_public"))); // a label, not the field name
}
