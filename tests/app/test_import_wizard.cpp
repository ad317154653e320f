#include "seatplan/gis/project.h"
#include "seatplan/render/language.h"
#include "seatplan/ui/import_task.h"
#include "seatplan/ui/import_wizard.h"
#include "seatplan/ui/map_canvas.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/project_loader.h"

#include "test_paths.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>

using namespace seatplan;

namespace {

const char* const kAmapCounties = "data/real/boundaries/amap_2020/梅州市.shp";

/// A copy of the sample project in `dir`, or "" when the sample is absent.
QString copySample(const test::TempDir& dir)
{
    const auto sample = test::sourceDir() / "data" / "meizhou.gpkg";
    if (!std::filesystem::exists(sample))
        return {};
    const auto copy = dir / "plan.gpkg";
    std::filesystem::copy_file(sample, copy);
    const auto raster = test::sourceDir() / "data" / "meizhou.population.tif";
    if (std::filesystem::exists(raster))
        std::filesystem::copy_file(raster, dir / "plan.population.tif");
    return QString::fromStdString(copy.string());
}

std::set<std::string> countyCodes(const QString& project)
{
    std::set<std::string> codes;
    const gis::VectorLayer layer
        = gis::Project::openReadOnly(project.toStdString()).readLayer("counties");
    const int code = layer.fieldIndex("code");
    for (const gis::Feature& f : layer.features)
        codes.insert(gis::toText(f.values[static_cast<std::size_t>(code)]));
    return codes;
}

/// Returns the value of field `field` of the feature whose "name" is `name`.
std::string valueOf(const gis::VectorLayer& layer, const std::string& name, const char* field)
{
    const int nameIndex = layer.fieldIndex("name");
    const int index = layer.fieldIndex(field);
    for (const gis::Feature& f : layer.features) {
        if (gis::toText(f.values[static_cast<std::size_t>(nameIndex)]) == name)
            return gis::toText(f.values[static_cast<std::size_t>(index)]);
    }
    return {};
}

} // namespace

TEST_CASE("A planner imports the Amap county shapefile (no .prj) through the wizard as GCJ-02",
    "[app][import_wizard]")
{
    const auto source = test::sharedData(kAmapCounties);
    test::TempDir dir;
    const QString project = copySample(dir);
    if (!source || project.isEmpty()) {
        WARN("../shared/" << kAmapCounties << " or data/meizhou.gpkg absent; skipped");
        return;
    }
    ui::PlanDocument document;
    document.reset(ui::loadProject(project));
    REQUIRE(document.isOpen());

    ui::ImportWizard wizard(&document);
    QSignalSpy imported(&wizard, &ui::ImportWizard::imported);
    QSignalSpy ended(&wizard, &ui::ImportWizard::importEnded);
    wizard.setSourceFile(QString::fromStdString(source->string()));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));

    // Page 1: the file name 梅州市 suggests county boundaries.
    auto* role = wizard.findChild<QComboBox*>(QStringLiteral("importRole"));
    REQUIRE(role);
    CHECK(role->currentData().toInt() == static_cast<int>(gis::ImportRole::County));
    wizard.next();

    // Page 2: no .prj, so the CRS is a guess; the planner picks GCJ-02 (Amap data).
    REQUIRE(wizard.currentId() == ui::ImportWizard::EncodingPage);
    auto* detected = wizard.findChild<QLabel*>(QStringLiteral("importDetected"));
    REQUIRE(detected);
    CHECK(detected->text().contains(QStringLiteral("EPSG:4326")));
    auto* crs = wizard.findChild<QComboBox*>(QStringLiteral("importCrs"));
    REQUIRE(crs);
    crs->setCurrentIndex(crs->findData(QStringLiteral("gcj02")));
    wizard.next();

    // Page 3: code <- adcode and name <- name are filled in.
    REQUIRE(wizard.currentId() == ui::ImportWizard::FieldsPage);
    auto* fields = wizard.findChild<QTableWidget*>(QStringLiteral("importFields"));
    REQUIRE(fields);
    QMap<QString, QString> mapping;
    for (int r = 0; r < fields->rowCount(); ++r)
        mapping[fields->item(r, 0)->data(Qt::UserRole).toString()]
            = static_cast<QComboBox*>(fields->cellWidget(r, 1))->currentData().toString();
    CHECK(mapping.value(QStringLiteral("code")) == QStringLiteral("adcode"));
    CHECK(mapping.value(QStringLiteral("name")) == QStringLiteral("name"));
    wizard.next();

    // Page 4: the preview lies on the project and lists the mapped rows.
    REQUIRE(wizard.currentId() == ui::ImportWizard::PreviewPage);
    auto* note = wizard.findChild<QLabel*>(QStringLiteral("importPreviewNote"));
    REQUIRE(note);
    CHECK(note->text().contains(QStringLiteral("8")));
    CHECK_FALSE(note->text().contains(QStringLiteral("outside")));
    CHECK(wizard.findChild<QTableWidget*>(QStringLiteral("importPreviewRows"))->rowCount() == 8);
    wizard.next();

    // Page 5: the import runs on a worker and reports.
    REQUIRE(wizard.currentId() == ui::ImportWizard::RunPage);
    REQUIRE((ended.count() > 0 || ended.wait(60000)));
    CHECK(ended.first().first().value<ui::ImportStatus>() == ui::ImportStatus::Done);
    CHECK(imported.count() == 1);
    const QString report
        = wizard.findChild<QPlainTextEdit*>(QStringLiteral("importReport"))->toPlainText();
    CHECK(report.contains(QStringLiteral("GCJ-02")));

    const gis::VectorLayer counties
        = gis::Project::openReadOnly(project.toStdString()).readLayer("counties");
    CHECK(counties.features.size() == 8);
    CHECK(valueOf(counties, "梅江区", "code") == "441402");
    CHECK(valueOf(counties, "兴宁市", "code") == "441481");
}

TEST_CASE("A cancelled import leaves the project unchanged", "[app][import_wizard]")
{
    const auto source = test::sharedData(kAmapCounties);
    test::TempDir dir;
    const QString project = copySample(dir);
    if (!source || project.isEmpty()) {
        WARN("../shared/" << kAmapCounties << " or data/meizhou.gpkg absent; skipped");
        return;
    }
    const auto before = countyCodes(project);
    gis::ImportOptions options;
    options.role = gis::ImportRole::County;
    options.source.sourceCrs = "gcj02";
    const std::atomic<bool> cancel { true };
    const ui::ImportOutcome outcome
        = ui::runImport(project, QString::fromStdString(source->string()), options, cancel);
    CHECK(outcome.status == ui::ImportStatus::Cancelled);
    CHECK(countyCodes(project) == before);

    // Closing the wizard before its last page imports nothing either.
    ui::PlanDocument document;
    document.reset(ui::loadProject(project));
    ui::ImportWizard wizard(&document);
    QSignalSpy ended(&wizard, &ui::ImportWizard::importEnded);
    wizard.setSourceFile(QString::fromStdString(source->string()));
    wizard.show();
    wizard.next();
    wizard.next();
    wizard.reject();
    CHECK(ended.isEmpty());
    CHECK(countyCodes(project) == before);
}

TEST_CASE("A failing import says why and leaves the project unchanged", "[app][import_wizard]")
{
    const auto source = test::sharedData(kAmapCounties);
    test::TempDir dir;
    const QString project = copySample(dir);
    if (!source || project.isEmpty()) {
        WARN("../shared/" << kAmapCounties << " or data/meizhou.gpkg absent; skipped");
        return;
    }
    const auto before = countyCodes(project);
    gis::ImportOptions options;
    options.role = gis::ImportRole::Roads; // the file holds polygons, not lines
    const std::atomic<bool> cancel { false };
    const ui::ImportOutcome outcome
        = ui::runImport(project, QString::fromStdString(source->string()), options, cancel);
    CHECK(outcome.status == ui::ImportStatus::Failed);
    CHECK(outcome.error.contains(QStringLiteral("lines")));
    CHECK(countyCodes(project) == before);
}

TEST_CASE(
    "The import wizard speaks Chinese and its pages are kept as artifacts", "[app][import_wizard]")
{
    const auto source = test::sharedData(kAmapCounties);
    test::TempDir dir;
    const QString project = copySample(dir);
    if (!source || project.isEmpty()) {
        WARN("../shared/" << kAmapCounties << " or data/meizhou.gpkg absent; skipped");
        return;
    }
    render::installTranslators(render::Language::Chinese);
    ui::PlanDocument document;
    document.reset(ui::loadProject(project));
    {
        ui::ImportWizard wizard(&document);
        QSignalSpy ended(&wizard, &ui::ImportWizard::importEnded);
        wizard.setSourceFile(QString::fromStdString(source->string()));
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        CHECK(wizard.windowTitle() == QStringLiteral("导入图层"));
        QDir().mkpath(QStringLiteral(SEATPLAN_BINARY_DIR "/test-artifacts"));
        const auto keep = [&](const char* name) {
            CHECK(wizard.grab().save(
                QStringLiteral(SEATPLAN_BINARY_DIR "/test-artifacts/import_wizard_%1.png")
                    .arg(QLatin1String(name))));
        };
        keep("1_source");
        wizard.next();
        keep("2_encoding");
        auto* crs = wizard.findChild<QComboBox*>(QStringLiteral("importCrs"));
        REQUIRE(crs);
        CHECK(crs->currentText().contains(QStringLiteral("文件自带")));
        crs->setCurrentIndex(crs->findData(QStringLiteral("gcj02")));
        wizard.next();
        keep("3_fields");
        wizard.next();
        auto* canvas = wizard.findChild<ui::MapCanvas*>(QStringLiteral("importPreviewCanvas"));
        REQUIRE(canvas);
        QTest::qWait(50);
        for (int i = 0; i < 600 && canvas->isRendering(); ++i)
            QTest::qWait(50);
        keep("4_preview");
        wizard.next();
        REQUIRE((ended.count() > 0 || ended.wait(60000)));
        keep("5_report");
    }
    render::installTranslators(render::Language::English);
    QTest::qWait(50);
}

TEST_CASE("The import wizard reads a GBK table and lets the planner override the encoding",
    "[app][import_wizard]")
{
    const auto source = test::sharedData("data/real/robustness/gdal_autotest/shp/chinese.dbf");
    test::TempDir dir;
    const QString project = copySample(dir);
    if (!source || project.isEmpty()) {
        WARN("../shared/data/real/robustness/gdal_autotest/shp/chinese.dbf or the sample is "
             "absent; skipped");
        return;
    }
    ui::PlanDocument document;
    document.reset(ui::loadProject(project));
    ui::ImportWizard wizard(&document);
    wizard.setSourceFile(QString::fromStdString(source->string()));
    auto* role = wizard.findChild<QComboBox*>(QStringLiteral("importRole"));
    REQUIRE(role);
    role->setCurrentIndex(role->findData(static_cast<int>(gis::ImportRole::Births)));
    wizard.show();
    wizard.next();
    REQUIRE(wizard.currentId() == ui::ImportWizard::EncodingPage);
    auto* detected = wizard.findChild<QLabel*>(QStringLiteral("importDetected"));
    REQUIRE(detected);
    // The .dbf's language-driver byte (0x4D) declares CP936, and the column 中国 decodes.
    CHECK(detected->text().contains(QStringLiteral("declared")));
    wizard.next();
    REQUIRE(wizard.currentId() == ui::ImportWizard::FieldsPage);
    auto* fields = wizard.findChild<QTableWidget*>(QStringLiteral("importFields"));
    REQUIRE(fields);
    const auto* combo = static_cast<QComboBox*>(fields->cellWidget(0, 1));
    QStringList columns;
    for (int i = 0; i < combo->count(); ++i)
        columns << combo->itemText(i);
    CHECK(columns.contains(QStringLiteral("中国")));
    // The planner's override is used and reported as given.
    wizard.back();
    auto* encoding = wizard.findChild<QComboBox*>(QStringLiteral("importEncoding"));
    REQUIRE(encoding);
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("CP936")));
    wizard.next();
    CHECK(wizard.currentId() == ui::ImportWizard::FieldsPage);
    wizard.back();
    CHECK(detected->text().contains(QStringLiteral("CP936 (given)")));
}

namespace {

// A land-use parcel in lon/lat that crosses itself (a bow-tie), and a clean one.
const char* const kBowTie = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"地类名称":"耕地"},"geometry":{"type":"Polygon","coordinates":[[[116.10,24.30],[116.11,24.31],[116.11,24.30],[116.10,24.31],[116.10,24.30]]]}},
{"type":"Feature","properties":{"地类名称":"教育用地"},"geometry":{"type":"Polygon","coordinates":[[[116.12,24.30],[116.13,24.30],[116.13,24.31],[116.12,24.30]]]}}]})";

QString writeFile(const test::TempDir& dir, const char* name, const char* text)
{
    const auto path = dir / name;
    std::ofstream(path) << text;
    return QString::fromStdString(path.string());
}

/// Sets the combo box of project field `target` on the fields page to the entry with `data`.
void chooseColumn(QTableWidget* fields, const QString& target, const QString& data)
{
    for (int r = 0; r < fields->rowCount(); ++r) {
        if (fields->item(r, 0)->data(Qt::UserRole).toString() == target) {
            auto* combo = static_cast<QComboBox*>(fields->cellWidget(r, 1));
            combo->setCurrentIndex(combo->findData(data));
        }
    }
}

} // namespace

TEST_CASE("The wizard's CRS guess and repair report are Chinese, and it retranslates live",
    "[app][import_wizard]")
{
    test::TempDir dir;
    const QString project = copySample(dir);
    if (project.isEmpty()) {
        WARN("data/meizhou.gpkg absent; skipped");
        return;
    }
    const QString csv = writeFile(
        dir, "学校.csv", "学校名称,学段,班级数,经度,纬度\n梅州市实验小学,小学,24,116.12,24.30\n");
    const QString parcels = writeFile(dir, "parcels.geojson", kBowTie);
    render::installTranslators(render::Language::Chinese);
    ui::PlanDocument document;
    document.reset(ui::loadProject(project));
    REQUIRE(document.isOpen());

    SECTION("the CRS guess of a CSV with lon/lat columns, in Chinese and then in English")
    {
        ui::ImportWizard wizard(&document);
        wizard.setSourceFile(csv);
        wizard.show();
        CHECK(wizard.windowTitle() == QStringLiteral("导入图层"));
        wizard.next();
        REQUIRE(wizard.currentId() == ui::ImportWizard::EncodingPage);
        auto* detected = wizard.findChild<QLabel*>(QStringLiteral("importDetected"));
        REQUIRE(detected);
        CHECK(detected->text().contains(QStringLiteral("像中国境内的经纬度")));
        CHECK(wizard.currentPage()->title() == QStringLiteral("编码与坐标系"));

        render::installTranslators(render::Language::English);
        QCoreApplication::processEvents(); // LanguageChange is posted
        CHECK(wizard.windowTitle() == QStringLiteral("Import layer"));
        CHECK(wizard.currentPage()->title() == QStringLiteral("Encoding and coordinate system"));
        CHECK(detected->text().contains(QStringLiteral("look like longitude/latitude in China")));
        CHECK_FALSE(detected->text().contains(QStringLiteral("像中国境内的经纬度")));
        auto* crs = wizard.findChild<QComboBox*>(QStringLiteral("importCrs"));
        REQUIRE(crs);
        CHECK(crs->itemText(3) == QStringLiteral("GCJ-02 lon/lat (Amap, Tencent, DataV)"));
    }

    SECTION("the repair of a self-intersecting parcel, in Chinese and then in English")
    {
        ui::ImportWizard wizard(&document);
        QSignalSpy ended(&wizard, &ui::ImportWizard::importEnded);
        wizard.setSourceFile(parcels);
        auto* role = wizard.findChild<QComboBox*>(QStringLiteral("importRole"));
        REQUIRE(role);
        role->setCurrentIndex(role->findData(static_cast<int>(gis::ImportRole::Landuse)));
        wizard.show();
        wizard.next();
        wizard.next();
        wizard.next();
        REQUIRE(wizard.currentId() == ui::ImportWizard::PreviewPage);
        wizard.next();
        REQUIRE((ended.count() > 0 || ended.wait(60000)));
        REQUIRE(ended.first().first().value<ui::ImportStatus>() == ui::ImportStatus::Done);
        auto* report = wizard.findChild<QPlainTextEdit*>(QStringLiteral("importReport"));
        REQUIRE(report);
        INFO(report->toPlainText().toStdString());
        CHECK(report->toPlainText().contains(QStringLiteral("要素：读取 2 个，写入 2 个")));
        CHECK(report->toPlainText().contains(QStringLiteral("修复：要素 0：自相交，位于 (")));
        CHECK(report->toPlainText().contains(
            QStringLiteral("已用 GEOS MakeValid（structure 方法）修复")));
        QDir().mkpath(QStringLiteral(SEATPLAN_BINARY_DIR "/test-artifacts"));
        CHECK(wizard.grab().save(
            QStringLiteral(SEATPLAN_BINARY_DIR "/test-artifacts/import_wizard_6_repair_zh.png")));

        render::installTranslators(render::Language::English);
        QCoreApplication::processEvents();
        CHECK(
            report->toPlainText().contains(QStringLiteral("repair: feature 0: Self-intersection")));
        CHECK(report->toPlainText().contains(QStringLiteral("features: 2 read, 2 written")));
        CHECK(wizard.currentPage()->title() == QStringLiteral("Import"));
    }
    render::installTranslators(render::Language::English);
    QTest::qWait(50);
}

TEST_CASE("Choosing (none) for a field overrides the automatic mapping", "[app][import_wizard]")
{
    test::TempDir dir;
    const QString project = copySample(dir);
    if (project.isEmpty()) {
        WARN("data/meizhou.gpkg absent; skipped");
        return;
    }
    const QString csv = writeFile(
        dir, "学校.csv", "学校名称,学段,班级数,经度,纬度\n梅州市实验小学,小学,24,116.12,24.30\n");
    ui::PlanDocument document;
    document.reset(ui::loadProject(project));
    ui::ImportWizard wizard(&document);
    QSignalSpy ended(&wizard, &ui::ImportWizard::importEnded);
    wizard.setSourceFile(csv);
    wizard.show();
    auto* role = wizard.findChild<QComboBox*>(QStringLiteral("importRole"));
    REQUIRE(role->currentData().toInt() == static_cast<int>(gis::ImportRole::Schools));
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ui::ImportWizard::FieldsPage);
    auto* fields = wizard.findChild<QTableWidget*>(QStringLiteral("importFields"));
    REQUIRE(fields);
    chooseColumn(fields, QStringLiteral("name"), QString()); // "(none)"
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("importUnmapped"))
              ->text()
              .contains(QStringLiteral("学校名称")));
    wizard.next();
    REQUIRE(wizard.currentId() == ui::ImportWizard::PreviewPage);
    wizard.next();
    REQUIRE((ended.count() > 0 || ended.wait(60000)));
    REQUIRE(ended.first().first().value<ui::ImportStatus>() == ui::ImportStatus::Done);
    CHECK(wizard.findChild<QPlainTextEdit*>(QStringLiteral("importReport"))
              ->toPlainText()
              .contains(QStringLiteral("not found in the source (left empty): id, name,")));

    const gis::VectorLayer schools
        = gis::Project::openReadOnly(project.toStdString()).readLayer("schools");
    REQUIRE(schools.features.size() == 1);
    CHECK(gis::isNull(schools.value(0, "name")));
    CHECK(gis::toText(schools.value(0, "学校名称")) == "梅州市实验小学"); // kept as its own column
    CHECK(gis::toText(schools.value(0, "level")) == "primary");
}
