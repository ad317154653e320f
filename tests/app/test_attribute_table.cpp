#include "seatplan/render/code_labels.h"
#include "seatplan/render/language.h"
#include "seatplan/ui/attribute_table_model.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

#include <catch2/catch.hpp>

#include <memory>

using namespace seatplan;

namespace {

/// Three schools as the project file stores them: level codes and a 0/1 flag.
std::shared_ptr<const gis::VectorLayer> schools()
{
    auto layer = std::make_shared<gis::VectorLayer>();
    layer->name = "schools";
    layer->kind = gis::GeometryKind::Point;
    layer->fields = { { "id", gis::FieldType::Text }, { "level", gis::FieldType::Text },
        { "is_public", gis::FieldType::Integer }, { "students_primary", gis::FieldType::Integer } };
    layer->features = {
        { 1, {},
            { std::string("S1"), std::string("primary"), std::int64_t { 1 },
                std::int64_t { 900 } } },
        { 2, {},
            { std::string("S2"), std::string("teaching_point"), std::int64_t { 0 },
                std::int64_t { 40 } } },
        { 3, {},
            { std::string("S3"), std::string("nine_year"), std::int64_t { 1 },
                std::int64_t { 1200 } } },
    };
    return layer;
}

} // namespace

TEST_CASE("The attribute table shows stored codes in the planner's words and keeps the codes",
    "[app][attribute_table]")
{
    ui::AttributeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLayer(schools());
    const QModelIndex level = model.index(0, 1);
    const QModelIndex isPublic = model.index(1, 2);

    render::installTranslators(render::Language::Chinese);
    CHECK(level.data(Qt::DisplayRole).toString() == QStringLiteral("小学"));
    CHECK(model.index(1, 1).data().toString() == QStringLiteral("教学点"));
    CHECK(isPublic.data().toString() == QStringLiteral("否"));
    CHECK(level.data(Qt::EditRole).toString() == QStringLiteral("primary"));
    render::installTranslators(render::Language::English);
    CHECK(level.data(Qt::DisplayRole).toString() == QStringLiteral("Primary"));
    CHECK(model.index(2, 1).data().toString() == QStringLiteral("Nine-year"));
    CHECK(isPublic.data(Qt::EditRole).toLongLong() == 0);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("S1")); // not a code: as stored

    SECTION("sorting uses the stored values, numbers as numbers")
    {
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(Qt::EditRole);
        proxy.sort(3);
        CHECK(proxy.index(0, 0).data().toString() == QStringLiteral("S2")); // 40 < 900 < 1200
        CHECK(proxy.index(2, 0).data().toString() == QStringLiteral("S3"));
        proxy.sort(1);
        CHECK(proxy.index(0, 1).data(Qt::EditRole).toString() == QStringLiteral("nine_year"));
    }
    SECTION("filtering finds a row by its label or by its code")
    {
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(ui::AttributeTableModel::SearchRole);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterFixedString(QStringLiteral("teaching_point"));
        CHECK(proxy.rowCount() == 1);
        proxy.setFilterFixedString(QStringLiteral("Teaching point"));
        CHECK(proxy.rowCount() == 1);
    }
}

TEST_CASE("Code labels cover the project's enumerations and pass other values through",
    "[app][attribute_table]")
{
    render::installTranslators(render::Language::Chinese);
    CHECK(render::CodeLabels::value(QStringLiteral("status"), QStringLiteral("acquired"))
        == QStringLiteral("已征收"));
    CHECK(render::CodeLabels::value(QStringLiteral("planned_level"), QStringLiteral("junior"))
        == QStringLiteral("初中"));
    CHECK(render::CodeLabels::value(QStringLiteral("variant"), QStringLiteral("high"))
        == QStringLiteral("高方案"));
    render::installTranslators(render::Language::English);
    CHECK(render::CodeLabels::value(QStringLiteral("status"), QStringLiteral("sold"))
        == QStringLiteral("sold"));
    CHECK(render::CodeLabels::value(QStringLiteral("urban"), QStringLiteral("2"))
        == QStringLiteral("2"));
    CHECK(render::CodeLabels::value(QStringLiteral("name"), QStringLiteral("primary"))
        == QStringLiteral("primary"));
}
