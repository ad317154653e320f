#include "seatplan/ui/plot_register_dock.h"

#include "seatplan/gis/table_export.h"
#include "seatplan/ui/development_register_model.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/plot_register_model.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <exception>

namespace seatplan::ui {

PlotRegisterDock::PlotRegisterDock(PlanDocument* document, QWidget* parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_model(new PlotRegisterModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("plotRegisterDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::EditRole);
    m_proxy->setFilterRole(PlotRegisterModel::PassRole);
    m_proxy->setFilterKeyColumn(0);
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* row = new QHBoxLayout;
    m_filter = new QComboBox(body);
    m_export = new QPushButton(body);
    row->addWidget(m_filter);
    row->addStretch(1);
    row->addWidget(m_export);
    layout->addLayout(row);
    m_view = new QTableView(body);
    m_view->setModel(m_proxy);
    // Unsorted (the model's order) until a header is clicked; Qt would start descending.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Residential projects beside the plots: the seats they generate and their school plot.
    m_developments = new DevelopmentRegisterModel(document, this);
    m_developmentView = new QTableView(body);
    m_developmentView->setObjectName(QStringLiteral("developmentRegister"));
    auto* developmentProxy = new QSortFilterProxyModel(this);
    developmentProxy->setSourceModel(m_developments);
    developmentProxy->setSortRole(Qt::EditRole);
    m_developmentView->setModel(developmentProxy);
    // Unsorted (the model's order) until a header is clicked; Qt would start descending.
    m_developmentView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_developmentView->setSortingEnabled(true);
    m_developmentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_developmentView->verticalHeader()->hide();
    m_developmentView->horizontalHeader()->setStretchLastSection(true);
    m_tabs = new QTabWidget(body);
    m_tabs->addTab(m_view, QString());
    m_tabs->addTab(m_developmentView, QString());
    layout->addWidget(m_tabs);
    setWidget(body);
    connect(m_developmentView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        m_document->setSelection(QStringLiteral("developments"),
            { index.data(DevelopmentRegisterModel::FidRole).toLongLong() });
        emit zoomToSelectionRequested();
    });

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int i) {
        // 0 all, 1 failing, 2 passing (PassRole is a bool: "false" / "true").
        m_proxy->setFilterFixedString(
            i == 1 ? QStringLiteral("false") : (i == 2 ? QStringLiteral("true") : QString()));
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        m_document->setSelection(
            QStringLiteral("plots"), { index.data(PlotRegisterModel::FidRole).toLongLong() });
        emit zoomToSelectionRequested();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the plot register"), QString(), tr("Excel workbooks (*.xlsx)"));
        if (path.isEmpty())
            return;
        try {
            exportXlsx(path);
        } catch (const std::exception& e) {
            QMessageBox::warning(this, tr("Export the plot register"),
                tr("The register could not be written:\n%1\n\nChoose another folder or close "
                   "the file if it is open in Excel.")
                    .arg(QString::fromStdString(e.what())));
        }
    });
    retranslate();
}

namespace {
    // One sheet from a table model as shown (numbers stay numbers).
    gis::ExportTable sheetOf(const QAbstractItemModel& model, const QString& name)
    {
        gis::ExportTable table;
        table.name = name.toStdString();
        for (int c = 0; c < model.columnCount(); ++c)
            table.columns.push_back(
                model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().toStdString());
        for (int r = 0; r < model.rowCount(); ++r) {
            std::vector<gis::ExportCell> cells;
            for (int c = 0; c < model.columnCount(); ++c) {
                const QVariant v = model.index(r, c).data(Qt::EditRole);
                if (v.typeId() == QMetaType::Double)
                    cells.emplace_back(v.toDouble());
                else
                    cells.emplace_back(model.index(r, c).data().toString().toStdString());
            }
            table.rows.push_back(std::move(cells));
        }
        return table;
    }
} // namespace

void PlotRegisterDock::exportXlsx(const QString& path) const
{
    gis::writeXlsx(path.toStdString(),
        { sheetOf(*m_proxy, tr("Plot register")),
            sheetOf(*m_developments, tr("Residential projects")) });
}

void PlotRegisterDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void PlotRegisterDock::retranslate()
{
    setWindowTitle(tr("Plot register"));
    const QSignalBlocker block(m_filter);
    const int keep = std::max(0, m_filter->currentIndex());
    m_filter->clear();
    m_filter->addItems({ tr("All plots"), tr("Failing checks"), tr("Passing checks") });
    m_filter->setCurrentIndex(keep);
    m_export->setText(tr("Export to Excel..."));
    m_tabs->setTabText(0, tr("Reserved plots"));
    m_tabs->setTabText(1, tr("Residential projects"));
}

} // namespace seatplan::ui
