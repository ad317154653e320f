#include "analyze_output.h"

#include "seatplan/render/code_labels.h"
#include "seatplan/render/flag_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace seatplan::cli {

namespace {

    using namespace seatplan::core;

    /// A table as text cells: the shared shape of the table and CSV outputs.
    struct Table {
        QString name;
        QStringList header;
        std::vector<std::vector<QJsonValue>> rows; ///< numbers stay numbers for JSON
    };

    /// A number cell (JSON keeps full precision; text shows up to 3 decimals).
    QJsonValue num(double value)
    {
        return QJsonValue(value);
    }

    QJsonValue num(int value)
    {
        return QJsonValue(value);
    }

    QString text(const QJsonValue& cell)
    {
        if (cell.isDouble()) {
            QString out = QString::number(cell.toDouble(), 'f', 3);
            while (out.endsWith(u'0'))
                out.chop(1);
            if (out.endsWith(u'.'))
                out.chop(1);
            return out == QLatin1String("-0") ? QStringLiteral("0") : out;
        }
        if (cell.isBool())
            return cell.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        return cell.toString();
    }

    /// Terminal columns `cell` takes: CJK characters are two wide, so 小学 lines up with "junior".
    qsizetype displayWidth(const QString& cell)
    {
        qsizetype width = 0;
        for (const QChar c : cell) {
            const char16_t u = c.unicode();
            width += (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
                    || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
                    || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6)
                ? 2
                : 1;
        }
        return width;
    }

    /// A cell of the human-readable table: codes in the current language (小学, 已征收, 是).
    QString label(const QString& column, const QJsonValue& cell)
    {
        if (cell.isBool())
            return render::CodeLabels::yesNo(cell.toBool());
        return cell.isString() ? render::CodeLabels::value(column, cell.toString()) : text(cell);
    }

    QJsonValue str(const std::string& value)
    {
        return QString::fromStdString(value);
    }

    QJsonValue str(std::string_view value)
    {
        return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
    }

    QJsonValue optional(const std::optional<int>& value)
    {
        return value ? QJsonValue(*value) : QJsonValue();
    }

    Table balanceTable(const QString& name, const std::vector<BalanceRow>& rows)
    {
        Table t { name,
            { "id", "county", "level", "variant", "year", "demand", "capacity", "shortfall",
                "surplus", "shortfall_classes", "surplus_classes", "utilisation" },
            {} };
        for (const auto& r : rows)
            t.rows.push_back({ str(r.id), str(r.countyCode), str(levelName(r.level)),
                str(variantName(r.variant)), num(r.year), num(r.demand), num(r.capacity),
                num(r.shortfall), num(r.surplus), num(r.shortfallClasses), num(r.surplusClasses),
                num(r.utilisation) });
        return t;
    }

    std::vector<Table> tables(const Results& r)
    {
        std::vector<Table> out;
        out.push_back(balanceTable("counties", r.counties));
        out.push_back(balanceTable("towns", r.towns));
        out.push_back(balanceTable("catchments", r.catchments));
        out.push_back(balanceTable("schools", r.schools));
        Table build { "build_plan",
            { "county", "level", "variant", "year", "seats_to_build", "classes_to_build",
                "cumulative_seats", "land_needed_m2" },
            {} };
        for (const auto& b : r.buildPlan)
            build.rows.push_back({ str(b.countyCode), str(levelName(b.level)),
                str(variantName(b.variant)), num(b.year), num(b.seatsToBuild),
                num(b.classesToBuild), num(b.cumulativeSeats), num(b.landNeededM2) });
        out.push_back(std::move(build));
        Table flags { "flags",
            { "rule", "subject_kind", "subject", "year", "variant", "level", "value", "limit",
                "message", "citation" },
            {} };
        for (const auto& f : r.flags)
            flags.rows.push_back({ str(f.ruleId), str(f.subjectKind), str(f.subjectId),
                optional(f.year), f.variant ? str(variantName(*f.variant)) : QJsonValue(),
                f.level ? str(levelName(*f.level)) : QJsonValue(), num(f.value), num(f.limit),
                render::FlagText::describe(f), str(f.citation) });
        out.push_back(std::move(flags));
        Table dev { "developments",
            { "id", "floor_area_m2", "dwellings", "residents", "seats_primary", "seats_junior",
                "classes_primary", "classes_junior", "standard_size_primary",
                "standard_size_junior", "land_needed_m2", "extra_seats_far_primary",
                "extra_seats_far_junior", "plot", "plot_area_m2", "plot_adequate" },
            {} };
        for (const auto& d : r.developments)
            dev.rows.push_back({ str(d.developmentId), num(d.floorAreaM2), num(d.dwellings),
                num(d.residents), num(d.seats[0]), num(d.seats[1]), num(d.classes[0]),
                num(d.classes[1]), num(d.standardSize[0]), num(d.standardSize[1]),
                num(d.landNeededM2[0] + d.landNeededM2[1]), num(d.extraSeatsFromFar[0]),
                num(d.extraSeatsFromFar[1]), str(d.plotId), num(d.plotAreaM2),
                QJsonValue(d.plotAdequate) });
        out.push_back(std::move(dev));
        Table plots { "plots", { "id", "area_m2", "land_needed_m2", "adequate", "status", "note" },
            {} };
        const auto statusName = [](PlotStatus status) {
            return status == PlotStatus::Built   ? QStringLiteral("built")
                : status == PlotStatus::Acquired ? QStringLiteral("acquired")
                                                 : QStringLiteral("planned");
        };
        for (const auto& p : r.plots)
            plots.rows.push_back({ str(p.plotId), num(p.areaM2), num(p.landNeededM2),
                QJsonValue(p.adequate), QJsonValue(statusName(p.status)), str(p.note) });
        out.push_back(std::move(plots));
        Table quality { "quality_schools", { "school", "county", "level", "students" }, {} };
        for (int i = 0; i < kQualityIndicatorCount; ++i)
            quality.header
                << str(qualityIndicatorName(static_cast<QualityIndicator>(i))).toString();
        quality.header << "indicators_met"
                       << "passes";
        for (const auto& q : r.quality) {
            std::vector<QJsonValue> row { str(q.schoolId), str(q.countyCode),
                str(levelName(q.level)), num(q.students) };
            for (const double v : q.value)
                row.push_back(num(v));
            row.push_back(num(q.indicatorsMet));
            row.push_back(QJsonValue(q.passes));
            quality.rows.push_back(row);
        }
        out.push_back(std::move(quality));
        Table cv { "quality_cv",
            { "county", "level", "indicator", "mean", "cv", "limit", "passes", "schools" }, {} };
        for (const auto& c : r.qualityCv)
            cv.rows.push_back({ str(c.countyCode), str(levelName(c.level)),
                str(qualityIndicatorName(c.indicator)), num(c.mean), num(c.cv), num(c.limit),
                QJsonValue(c.passes), num(c.schools) });
        out.push_back(std::move(cv));
        Table plan { "work_plan", { "county", "target", "value", "goal", "met" }, {} };
        for (const auto& w : r.workPlan)
            plan.rows.push_back({ str(w.countyCode), str(w.targetKey),
                w.value ? num(*w.value) : QJsonValue(), num(w.target), QJsonValue(w.met) });
        out.push_back(std::move(plan));
        Table ledger { "ledger", { "key", "value", "unit", "source" }, {} };
        for (const auto& e : r.ledger)
            ledger.rows.push_back({ str(e.key), str(e.value), str(e.unit), str(e.source) });
        out.push_back(std::move(ledger));
        return out;
    }

    QString csvCell(const QString& cell)
    {
        if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n'))
            return cell;
        return u'"' + QString(cell).replace(u'"', QStringLiteral("\"\"")) + u'"';
    }

    QByteArray csv(const Results& r)
    {
        QString out;
        for (const auto& t : tables(r)) {
            if (!out.isEmpty())
                out += u'\n';
            out += "# " + t.name + u'\n';
            QStringList cells;
            for (const auto& h : t.header)
                cells << csvCell(h);
            out += cells.join(u',') + u'\n';
            for (const auto& row : t.rows) {
                cells.clear();
                for (const auto& c : row)
                    cells << csvCell(text(c));
                out += cells.join(u',') + u'\n';
            }
        }
        return out.toUtf8();
    }

    QByteArray table(const Results& r)
    {
        QString out = QStringLiteral("Scenario %1, %2-%3\n")
                          .arg(QString::fromStdString(r.scenario))
                          .arg(r.firstYear)
                          .arg(r.lastYear);
        for (const auto& t : tables(r)) {
            std::vector<qsizetype> width(static_cast<std::size_t>(t.header.size()), 0);
            std::vector<QStringList> cells;
            cells.push_back(t.header);
            for (const auto& row : t.rows) {
                QStringList line;
                for (std::size_t i = 0; i < row.size(); ++i)
                    line << label(t.header[static_cast<qsizetype>(i)], row[i]);
                cells.push_back(line);
            }
            for (const auto& row : cells)
                for (qsizetype i = 0; i < row.size(); ++i)
                    width[static_cast<std::size_t>(i)]
                        = std::max(width[static_cast<std::size_t>(i)], displayWidth(row[i]));
            out += u'\n' + t.name + QStringLiteral(" (%1 rows)\n").arg(t.rows.size());
            for (const auto& row : cells) {
                QString line;
                for (qsizetype i = 0; i < row.size(); ++i)
                    line += (i ? "  " : "") + row[i]
                        + QString(width[static_cast<std::size_t>(i)] - displayWidth(row[i]), u' ');
                out += line.trimmed() + u'\n';
            }
        }
        return out.toUtf8();
    }

    QByteArray json(const Results& r)
    {
        QJsonObject root;
        root["scenario"] = str(r.scenario);
        root["first_year"] = r.firstYear;
        root["last_year"] = r.lastYear;
        QJsonArray variants;
        for (const auto v : r.variants)
            variants.append(str(variantName(v)));
        root["variants"] = variants;
        for (const auto& t : tables(r)) {
            QJsonArray rows;
            for (const auto& row : t.rows) {
                QJsonObject object;
                for (qsizetype i = 0; i < t.header.size(); ++i)
                    object[t.header[i]] = row[static_cast<std::size_t>(i)];
                rows.append(object);
            }
            root[t.name] = rows;
        }
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

} // namespace

QByteArray formatResults(const Results& results, AnalyzeFormat format)
{
    switch (format) {
    case AnalyzeFormat::Table:
        return table(results);
    case AnalyzeFormat::Csv:
        return csv(results);
    case AnalyzeFormat::Json:
        return json(results);
    }
    return {};
}

} // namespace seatplan::cli
