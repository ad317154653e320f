#include "seatplan/ui/chart_dock.h"

#include "seatplan/ui/plan_document.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QTabWidget>
#include <QValueAxis>

#include <algorithm>
#include <map>

namespace seatplan::ui {

ChartDock::ChartDock(PlanDocument* document, QWidget* parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
    , m_view(new QChartView(m_tabs))
    , m_utilisationView(new QChartView(m_tabs))
{
    setObjectName(QStringLiteral("chartDock"));
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    for (QChartView* view : { m_view, m_utilisationView }) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(240);
        m_tabs->addTab(view, QString());
    }
    setWidget(m_tabs);
    connect(document, &PlanDocument::changed, this, &ChartDock::onDocumentChanged);
    rebuild();
}

void ChartDock::onDocumentChanged(const ChangeEvent& event)
{
    if (event.kind == ChangeEvent::Kind::Reset || event.kind == ChangeEvent::Kind::Results
        || event.kind == ChangeEvent::Kind::Period || event.kind == ChangeEvent::Kind::Selection)
        rebuild();
}

namespace {

    struct YearTotals {
        double demand = 0.0;
        double capacity = 0.0;
    };
    using LevelSeries = std::map<int, YearTotals>; // year -> totals

    QColor levelColor(core::Level level)
    {
        return level == core::Level::Primary ? QColor(0x21, 0x66, 0xac) : QColor(0xb2, 0x18, 0x2b);
    }

    QLineSeries* line(const QString& name, const QColor& color, Qt::PenStyle style)
    {
        auto* series = new QLineSeries;
        series->setName(name);
        series->setPen(QPen(color, 2.0, style));
        return series;
    }

    /// Adds year (x) and value (y) axes to `chart` and attaches `series` to them.
    void addAxes(QChart* chart, const std::vector<QLineSeries*>& series, int first, int last,
        double top, const QString& format)
    {
        auto* x = new QValueAxis;
        x->setLabelFormat(QStringLiteral("%d"));
        x->setRange(first, last);
        x->setTickCount(std::min(8, last - first + 1));
        auto* y = new QValueAxis;
        y->setLabelFormat(format);
        y->setRange(0.0, top > 0.0 ? top * 1.1 : 1.0);
        // Few, round ticks: a short dock elides long tick labels to "…".
        y->setTickCount(4);
        y->applyNiceNumbers();
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QLineSeries* s : series) {
            chart->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
        }
    }

    QChart* newChart()
    {
        auto* chart = new QChart;
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setMargins(QMargins(2, 2, 2, 2));
        return chart;
    }

} // namespace

void ChartDock::setCharts(QChart* demand, QChart* utilisation)
{
    for (auto [view, chart] :
        { std::pair { m_view, demand }, { m_utilisationView, utilisation } }) {
        QChart* old = view->chart();
        view->setChart(chart);
        delete old;
    }
}

void ChartDock::rebuild()
{
    setWindowTitle(tr("Demand and seats by year"));
    m_tabs->setTabText(0, tr("Demand and seats"));
    m_tabs->setTabText(1, tr("Utilisation"));
    m_points = 0;
    const auto& results = m_document->results();
    if (!results) {
        QChart* demand = newChart();
        demand->setTitle(tr("No results"));
        QChart* utilisation = newChart();
        utilisation->setTitle(tr("No results"));
        setCharts(demand, utilisation);
        return;
    }
    // Subject: the selected feature of a results layer, else every county summed.
    const std::vector<core::BalanceRow>* rows = &results->counties;
    std::string subject;
    QString title = tr("All counties");
    const QString layerId = m_document->selectionLayer();
    if (const MapLayer* layer = m_document->findLayer(layerId);
        layer && layer->data && !m_document->selectedFids().isEmpty()) {
        const gis::VectorLayer& v = layer->data->layer();
        const bool byId
            = layerId == QLatin1String("schools") || layerId == QLatin1String("catchments");
        const int idField = v.fieldIndex(byId ? "id" : "code");
        const int nameField = v.fieldIndex("name");
        const std::int64_t index = v.indexOfFid(*m_document->selectedFids().cbegin());
        if (idField >= 0 && index >= 0) {
            const gis::Feature& f = v.features[static_cast<std::size_t>(index)];
            subject = gis::toText(f.values[static_cast<std::size_t>(idField)]);
            title = nameField >= 0
                ? QString::fromStdString(gis::toText(f.values[static_cast<std::size_t>(nameField)]))
                : QString::fromStdString(subject);
            if (layerId == QLatin1String("schools"))
                rows = &results->schools;
            else if (layerId == QLatin1String("catchments"))
                rows = &results->catchments;
            else if (layerId == QLatin1String("towns"))
                rows = &results->towns;
        }
    }
    const int first = m_document->firstYear();
    const int last = m_document->lastYear();
    std::map<core::Level, LevelSeries> byLevel;
    for (const core::BalanceRow& row : *rows) {
        if (row.variant != m_document->variant() || row.year < first || row.year > last)
            continue;
        if (row.level != core::Level::Primary && row.level != core::Level::Junior)
            continue;
        if (!subject.empty() && row.id != subject)
            continue;
        YearTotals& totals = byLevel[row.level][row.year];
        totals.demand += row.demand;
        totals.capacity += row.capacity;
    }
    m_points = static_cast<int>(byLevel[m_document->level()].size());

    // Demand (solid) and seats (dashed) of both levels; utilisation (demand / seats) per level.
    std::vector<QLineSeries*> seats;
    std::vector<QLineSeries*> shares;
    double top = 0.0;
    double topShare = 1.0;
    for (const core::Level level : { core::Level::Primary, core::Level::Junior }) {
        const LevelSeries& series = byLevel[level];
        if (series.empty())
            continue;
        const QString name = level == core::Level::Primary ? tr("Primary") : tr("Junior");
        QLineSeries* demand = line(tr("%1 demand").arg(name), levelColor(level), Qt::SolidLine);
        // Seats in a lighter hue: the legend shows colours, not dashes.
        QLineSeries* capacity
            = line(tr("%1 seats").arg(name), levelColor(level).lighter(160), Qt::DashLine);
        QLineSeries* share = line(name, levelColor(level), Qt::SolidLine);
        for (const auto& [year, totals] : series) {
            demand->append(year, totals.demand);
            capacity->append(year, totals.capacity);
            top = std::max({ top, totals.demand, totals.capacity });
            if (totals.capacity > 0.0) {
                const double percent = 100.0 * totals.demand / totals.capacity;
                share->append(year, percent);
                topShare = std::max(topShare, percent);
            }
        }
        seats.insert(seats.end(), { demand, capacity });
        shares.push_back(share);
    }
    const auto yearLine = [&](double height) {
        QLineSeries* year = line(tr("Year shown"), QColor(0x66, 0x66, 0x66), Qt::DotLine);
        year->setPen(QPen(QColor(0x66, 0x66, 0x66), 1.0, Qt::DotLine));
        year->append(m_document->year(), 0.0);
        year->append(m_document->year(), height);
        return year;
    };
    seats.push_back(yearLine(top));
    QLineSeries* full = line(tr("Full (100%)"), QColor(0x33, 0x33, 0x33), Qt::DashLine);
    full->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.0, Qt::DashLine));
    full->append(first, 100.0);
    full->append(last, 100.0);
    shares.push_back(full);
    shares.push_back(yearLine(std::max(100.0, topShare)));

    QChart* demandChart = newChart();
    addAxes(demandChart, seats, first, last, top, QStringLiteral("%.0f"));
    demandChart->setTitle(tr("%1: demand and seats").arg(title));
    QChart* utilisationChart = newChart();
    addAxes(
        utilisationChart, shares, first, last, std::max(100.0, topShare), QStringLiteral("%.0f%%"));
    utilisationChart->setTitle(tr("%1: utilisation (demand / seats)").arg(title));
    setCharts(demandChart, utilisationChart);
}

void ChartDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QDockWidget::changeEvent(event);
}

} // namespace seatplan::ui
