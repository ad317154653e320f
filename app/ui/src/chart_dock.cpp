#include "seatplan/ui/chart_dock.h"

#include "seatplan/ui/plan_document.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <map>

namespace seatplan::ui {

ChartDock::ChartDock(PlanDocument* document, QWidget* parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_view(new QChartView(this))
{
    setObjectName(QStringLiteral("chartDock"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    setWidget(m_view);
    connect(document, &PlanDocument::changed, this, &ChartDock::onDocumentChanged);
    rebuild();
}

void ChartDock::onDocumentChanged(const ChangeEvent& event)
{
    if (event.kind == ChangeEvent::Kind::Reset || event.kind == ChangeEvent::Kind::Results
        || event.kind == ChangeEvent::Kind::Period || event.kind == ChangeEvent::Kind::Selection)
        rebuild();
}

void ChartDock::rebuild()
{
    setWindowTitle(tr("Demand and seats by year"));
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    m_points = 0;
    const auto& results = m_document->results();
    if (!results) {
        chart->setTitle(tr("No results"));
        m_view->setChart(chart);
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
    std::map<int, std::pair<double, double>> byYear; // year -> (demand, capacity)
    for (const core::BalanceRow& row : *rows) {
        if (row.level != m_document->level() || row.variant != core::Variant::Medium)
            continue;
        if (!subject.empty() && row.id != subject)
            continue;
        auto& [demand, capacity] = byYear[row.year];
        demand += row.demand;
        capacity += row.capacity;
    }
    auto* demand = new QLineSeries;
    demand->setName(tr("Demand (seats)"));
    auto* capacity = new QLineSeries;
    capacity->setName(tr("Capacity (seats)"));
    double top = 0.0;
    for (const auto& [year, values] : byYear) {
        demand->append(year, values.first);
        capacity->append(year, values.second);
        top = std::max({ top, values.first, values.second });
    }
    m_points = static_cast<int>(byYear.size());
    demand->setPen(QPen(QColor(0xd7, 0x30, 0x27), 2.0));
    capacity->setPen(QPen(QColor(0x1a, 0x98, 0x50), 2.0));
    chart->addSeries(demand);
    chart->addSeries(capacity);
    auto* year = new QLineSeries;
    year->setName(tr("Year shown"));
    year->setPen(QPen(QColor(0x66, 0x66, 0x66), 1.0, Qt::DashLine));
    year->append(m_document->year(), 0.0);
    year->append(m_document->year(), top);
    chart->addSeries(year);
    auto* x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    x->setRange(m_document->firstYear(), m_document->lastYear());
    x->setTickCount(std::min(8, m_document->lastYear() - m_document->firstYear() + 1));
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(0.0, top > 0.0 ? top * 1.1 : 1.0);
    // Few, round ticks: a short dock elides long tick labels to "…".
    y->setTickCount(4);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : { demand, capacity, year }) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->setTitle(tr("%1: %2").arg(
        title, m_document->level() == core::Level::Primary ? tr("primary") : tr("junior")));
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

void ChartDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QDockWidget::changeEvent(event);
}

} // namespace seatplan::ui
