#include "seatplan/ui/plot_register_dock.h"

#include "seatplan/gis/table_export.h"
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
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view);
    setWidget(body);

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

void PlotRegisterDock::exportXlsx(const QString& path) const
{
    gis::ExportTable table;
    table.name = tr("Plot register").toStdString();
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        table.columns.push_back(
            m_proxy->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().toStdString());
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        std::vector<gis::ExportCell> cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c) {
            const QVariant v = m_proxy->index(r, c).data(Qt::EditRole);
            if (v.typeId() == QMetaType::Double)
                cells.emplace_back(v.toDouble());
            else
                cells.emplace_back(m_proxy->index(r, c).data().toString().toStdString());
        }
        table.rows.push_back(std::move(cells));
    }
    gis::writeXlsx(path.toStdString(), { table });
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
}

} // namespace seatplan::ui
