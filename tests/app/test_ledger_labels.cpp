#include "seatplan/render/annex/ledger_labels.h"

#include "seatplan/core/standards.h"
#include "seatplan/gis/project.h"
#include "seatplan/render/annex/project_annex.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace seatplan;

namespace {

/// Returns the assumptions ledger table (the one whose last column is the key) of `document`.
const render::AnnexTable* ledgerTable(const render::AnnexDocument& document)
{
    for (const render::AnnexTable* table : document.tables())
        if (table->columns.size() == 7 && table->rows.size() > 50)
            return table;
    return nullptr;
}

render::AnnexDocument sampleAnnex(render::Language language)
{
    gis::Project project
        = gis::Project::openReadOnly((test::sourceDir() / "data" / "meizhou.gpkg").string());
    render::ProjectAnnexRequest request;
    request.language = language;
    request.counties = { "441403" };
    request.maps = false;
    return render::ProjectAnnex(project, request).build();
}

} // namespace

TEST_CASE("Every standard has a printed name, unit and source in the annex ledger",
    "[app][ledger_labels]")
{
    // A new standard added to core without a label here fails this test, so it cannot reach
    // the Chinese annex as a raw key.
    for (const core::StandardInfo& info : core::Standards::catalogue()) {
        INFO(info.key);
        const render::LedgerLabel* label = render::findLedgerLabel(info.key);
        REQUIRE(label != nullptr);
        CHECK(std::string(label->key) == info.key);
        CHECK(std::string(label->name).size() > 3);
        CHECK(std::string(label->source).size() > 3);
        CHECK(std::string(label->unit).empty() == info.unit.empty());
    }
    CHECK(render::findLedgerLabel("no.such.key") == nullptr);
    const render::LedgerLabel* ratios
        = render::findLedgerLabel("projection.progression_ratios.441403");
    REQUIRE(ratios != nullptr);
    CHECK(std::string(ratios->name).find("%1") != std::string::npos);
}

TEST_CASE("The annex ledger prints Chinese names and keeps keys out of the name column",
    "[app][ledger_labels]")
{
    const render::AnnexDocument chinese = sampleAnnex(render::Language::Chinese);
    const render::AnnexTable* table = ledgerTable(chinese);
    REQUIRE(table != nullptr);
    CHECK(table->columns[1].header == QStringLiteral("参数名称"));
    bool classSize = false;
    for (const auto& row : table->rows) {
        const QString name = row.cells[1].text;
        const QString key = row.cells[6].text;
        INFO(key.toStdString() + " -> " + name.toStdString());
        // Every name is Chinese: no key, no English words.
        CHECK_FALSE(name.contains(QRegularExpression(QStringLiteral("[a-z]{3,}"))));
        CHECK_FALSE(row.cells[3].text.contains(QRegularExpression(QStringLiteral("[a-z]{3,}"))));
        CHECK_FALSE(key.isEmpty());
        if (key == QStringLiteral("class_size.primary")) {
            classSize = true;
            CHECK(name == QStringLiteral("标准班额（小学）"));
            CHECK(row.cells[2].text == QStringLiteral("45"));
            CHECK(row.cells[3].text == QStringLiteral("人/班"));
            CHECK(row.cells[4].text.contains(QStringLiteral("建标102-2002")));
            CHECK(row.cells[5].text == QStringLiteral("V"));
        }
        if (key.startsWith(QStringLiteral("projection.progression_ratios.")))
            CHECK(name.startsWith(QStringLiteral("梅县区")));
    }
    CHECK(classSize);

    const render::AnnexDocument english = sampleAnnex(render::Language::English);
    const render::AnnexTable* en = ledgerTable(english);
    REQUIRE(en != nullptr);
    bool found = false;
    for (const auto& row : en->rows)
        if (row.cells[6].text == QStringLiteral("class_size.primary")) {
            found = true;
            CHECK(row.cells[1].text == QStringLiteral("Standard class size, primary"));
            CHECK(row.cells[3].text == QStringLiteral("students per class"));
        }
    CHECK(found);
}
