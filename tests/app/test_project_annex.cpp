#include "seatplan/render/annex/project_annex.h"

#include "seatplan/gis/project.h"
#include "seatplan/render/language.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace seatplan;

namespace {

std::string sampleProject()
{
    return (test::sourceDir() / "data" / "meizhou.gpkg").string();
}

/// Returns every cell text of every table of `document`, one string.
QString allCells(const render::AnnexDocument& document)
{
    QString text;
    for (const render::AnnexTable* table : document.tables()) {
        text += table->number + QLatin1Char(' ') + table->title + QLatin1Char('\n');
        for (const auto& row : table->rows)
            for (const auto& cell : row.cells)
                text += cell.text + QLatin1Char('|');
    }
    return text;
}

render::ProjectAnnexRequest request(render::Language language)
{
    render::ProjectAnnexRequest r;
    r.language = language;
    r.counties = { "441403" };
    r.maps = false;
    return r;
}

} // namespace

TEST_CASE("The annex language does not follow the installed UI translators", "[app][project_annex]")
{
    gis::Project project = gis::Project::openReadOnly(sampleProject());

    render::installTranslators(render::Language::Chinese);
    const render::AnnexDocument english
        = render::ProjectAnnex(project, request(render::Language::English)).build();
    render::installTranslators(render::Language::English);
    const render::AnnexDocument chinese
        = render::ProjectAnnex(project, request(render::Language::Chinese)).build();

    REQUIRE_FALSE(english.tables().empty());
    CHECK(english.tables().front()->number == QStringLiteral("Table 1"));
    CHECK(english.cover.attachment == QStringLiteral("Annex"));
    CHECK(english.labels.continued == QStringLiteral(" (continued)"));
    CHECK(english.cover.sources.join(QLatin1Char(' ')).contains(QStringLiteral("generated")));
    // Names are the project's; every text of the annex itself is English.
    CHECK_FALSE(allCells(english).contains(QStringLiteral("合计")));
    CHECK_FALSE(allCells(english).contains(QStringLiteral("附表")));
    CHECK(allCells(english).contains(QStringLiteral("county budget + higher-level subsidies")));

    REQUIRE_FALSE(chinese.tables().empty());
    CHECK(chinese.tables().front()->number == QStringLiteral("附表1"));
    CHECK(chinese.cover.attachment == QStringLiteral("附件"));
    CHECK(chinese.labels.continued == QStringLiteral("（续）"));
    // The sample's English description and provenance words are printed in Chinese.
    CHECK(chinese.cover.scenario.contains(QStringLiteral("基准情景")));
    CHECK_FALSE(chinese.cover.scenario.contains(QStringLiteral("nearest-school")));
    CHECK(chinese.cover.sources.join(QLatin1Char(' ')).contains(QStringLiteral("模拟生成")));
    CHECK_FALSE(chinese.cover.sources.join(QLatin1Char(' ')).contains(QStringLiteral("generated")));
    CHECK(chinese.cover.crs.contains(QStringLiteral("CGCS2000")));
    CHECK(allCells(chinese).contains(QStringLiteral("县级财政+上级补助")));
    CHECK(allCells(chinese).contains(QStringLiteral("梅县区教育局")));
}

TEST_CASE("The construction list takes funding and responsible unit from the project metadata",
    "[app][project_annex]")
{
    test::TempDir dir;
    const auto copy = dir / "meizhou.gpkg";
    std::filesystem::copy_file(sampleProject(), copy);
    {
        gis::Project writable = gis::Project::open(copy.string());
        writable.setMetadata("annex.funding_source", "市级专项债券");
        writable.setMetadata("annex.responsible_unit", "%1住房和城乡建设局");
    }
    gis::Project project = gis::Project::openReadOnly(copy.string());
    const render::AnnexDocument document
        = render::ProjectAnnex(project, request(render::Language::Chinese)).build();
    const QString cells = allCells(document);
    CHECK(cells.contains(QStringLiteral("市级专项债券")));
    CHECK(cells.contains(QStringLiteral("梅县区住房和城乡建设局")));
    CHECK_FALSE(cells.contains(QStringLiteral("县级财政+上级补助")));
    // The ledger says where the settings came from.
    CHECK(cells.contains(QStringLiteral("项目资金来源|市级专项债券|")));
    CHECK(cells.contains(QStringLiteral("项目责任单位|各县（市、区）住房和城乡建设局|")));
    CHECK(cells.contains(QStringLiteral("项目元数据annex.funding_source")));
}
