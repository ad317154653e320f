#include "seatplan/render/annex/annex_composer.h"

#include "pdf_tools.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>
#include <QHashSeed>
#include <QTimeZone>

#include <string>

using namespace seatplan::render;

namespace {

/// A document with a heading, a paragraph, a chart and a table of `rows` projects.
AnnexDocument longTableDocument(int rows)
{
    AnnexDocument document;
    document.cover.attachment = QStringLiteral("附件");
    document.cover.title = QStringLiteral("测试县义务教育学位建设规划附表");
    document.cover.area = QStringLiteral("测试县");
    document.cover.date = QStringLiteral("2025年1月1日");
    document.labels.continued = QStringLiteral("（续）");
    document.blocks.push_back(AnnexHeading { QStringLiteral("一、建设项目"), 1 });
    document.blocks.push_back(
        AnnexParagraph { QStringLiteral("本表列出规划期内的全部建设项目。") });
    AnnexChart chart;
    chart.number = QStringLiteral("图1");
    chart.title = QStringLiteral("学位需求与供给");
    chart.valueUnit = QStringLiteral("学位（个）");
    chart.categories = { QStringLiteral("2021"), QStringLiteral("2022") };
    chart.series = { { QStringLiteral("学位供给"), { 1000, 1200 }, QColor(120, 160, 200), false },
        { QStringLiteral("学位需求"), { 1100, 1150 }, QColor(200, 60, 40), true } };
    document.blocks.push_back(chart);
    AnnexTable table;
    table.number = QStringLiteral("附表1");
    table.title = QStringLiteral("测试县建设项目表");
    table.units = QStringLiteral("单位：个");
    table.columns = { { QStringLiteral("序号"), {}, false, 0, 0.6 },
        { QStringLiteral("项目名称"), {}, false, 0, 2 },
        { QStringLiteral("小学"), QStringLiteral("新增学位（个）"), true, 0, 1 },
        { QStringLiteral("初中"), QStringLiteral("新增学位（个）"), true, 0, 1 } };
    table.rows.push_back({ AnnexRowKind::Total,
        { AnnexTable::textCell(QStringLiteral("合计")), AnnexTable::textCell({}),
            AnnexTable::numberCell(rows * 45.0), AnnexTable::numberCell(rows * 50.0) } });
    for (int i = 1; i <= rows; ++i)
        table.rows.push_back({ AnnexRowKind::Data,
            { AnnexTable::textCell(QString::number(i)),
                AnnexTable::textCell(QStringLiteral("项目%1号").arg(i, 3, 10, QLatin1Char('0'))),
                AnnexTable::numberCell(45), AnnexTable::numberCell(50) } });
    document.blocks.push_back(table);
    return document;
}

} // namespace

TEST_CASE(
    "A table longer than a page keeps every row and repeats its header", "[app][annex_composer]")
{
    seatplan::test::TempDir dir;
    const std::string pdf = (dir / "annex.pdf").string();
    const AnnexDocument document = longTableDocument(120);
    const QDateTime date(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
    const int pages = AnnexComposer(document).writePdf(QString::fromStdString(pdf), date);
    CHECK(pages >= 4);

    const std::string text = seatplan::test::pdfText(pdf);
    for (int i = 1; i <= 120; ++i) {
        const std::string name
            = QStringLiteral("项目%1号").arg(i, 3, 10, QLatin1Char('0')).toStdString();
        INFO(name);
        CHECK(text.find(name) != std::string::npos);
    }
    CHECK(text.find("附表1 测试县建设项目表（续）") != std::string::npos);
    CHECK(text.find("一、建设项目") != std::string::npos);
    CHECK(text.find("5,400") != std::string::npos);
    // The header is printed on the first page of the table and again on every continuation.
    std::size_t headers = 0;
    for (std::size_t at = text.find("项目名称"); at != std::string::npos;
         at = text.find("项目名称", at + 1))
        ++headers;
    CHECK(headers >= 3);
    std::string compact = text;
    std::erase(compact, ' ');
    CHECK(compact.find("—2—") != std::string::npos);
}

TEST_CASE(
    "The annex PDF embeds its fonts and extracts ideographs, not radicals", "[app][annex_composer]")
{
    seatplan::test::TempDir dir;
    const std::string pdf = (dir / "annex.pdf").string();
    const QDateTime date(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
    AnnexComposer(longTableDocument(5)).writePdf(QString::fromStdString(pdf), date);

    const auto fonts = seatplan::test::pdfFonts(pdf);
    REQUIRE(fonts.size() >= 2);
    for (const auto& font : fonts) {
        INFO(font.name);
        CHECK(font.embedded);
    }
    seatplan::test::TempDir pages;
    for (double ink : seatplan::test::pdfInkPerPage(pdf, pages.path().string()))
        CHECK(ink > 0.0005);

    const std::string text = seatplan::test::pdfText(pdf);
    CHECK(text.find("项目") != std::string::npos);
    CHECK(text.find("\u2F6C") == std::string::npos); // KANGXI RADICAL EYE instead of 目
}

TEST_CASE("The same annex written twice gives the same bytes", "[app][annex_composer]")
{
    QHashSeed::setDeterministicGlobalSeed(); // as seatplan-cli annex does
    seatplan::test::TempDir dir;
    const QDateTime date(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
    const AnnexDocument document = longTableDocument(30);
    const QString first = QString::fromStdString((dir / "a.pdf").string());
    const QString second = QString::fromStdString((dir / "b.pdf").string());
    AnnexComposer(document).writePdf(first, date);
    AnnexComposer(document).writePdf(second, date);
    QFile a(first), b(second);
    REQUIRE(a.open(QIODevice::ReadOnly));
    REQUIRE(b.open(QIODevice::ReadOnly));
    const QByteArray bytes = a.readAll();
    CHECK(bytes == b.readAll());
    CHECK(bytes.contains("/CreationDate (D:20250101000000"));
}
