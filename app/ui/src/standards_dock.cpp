#include "seatplan/ui/standards_dock.h"

#include "seatplan/ui/plan_document.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableWidget>

#include <algorithm>

namespace seatplan::ui {

StandardsDock::StandardsDock(PlanDocument* document, QWidget* parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("standardsDock"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Catalogue order until a header is clicked; Qt would start sorted descending.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->horizontalHeader()->setStretchLastSection(true);
    setWidget(m_table);
    connect(document, &PlanDocument::changed, this, [this](const ChangeEvent& event) {
        if (event.kind == ChangeEvent::Kind::Reset)
            rebuild();
    });
    rebuild();
}

void StandardsDock::rebuild()
{
    setWindowTitle(tr("Standards in use"));
    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        { tr("Key"), tr("Value"), tr("Unit"), tr("Project override"), tr("Source") });
    const auto& catalogue = core::Standards::catalogue();
    m_table->setRowCount(static_cast<int>(catalogue.size()));
    const auto& overridden = m_document->overriddenStandards();
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        const core::StandardInfo& info = catalogue[i];
        const int row = static_cast<int>(i);
        const QString key = QString::fromStdString(info.key);
        QString value;
        try {
            value = QString::fromStdString(m_document->standards().valueText(info.key));
        } catch (const std::exception& e) {
            value = QString::fromStdString(e.what());
        }
        const bool isOverride
            = std::find(overridden.begin(), overridden.end(), key) != overridden.end();
        m_table->setItem(row, 0, new QTableWidgetItem(key));
        m_table->setItem(row, 1, new QTableWidgetItem(value));
        m_table->setItem(row, 2, new QTableWidgetItem(QString::fromStdString(info.unit)));
        m_table->setItem(row, 3, new QTableWidgetItem(isOverride ? tr("yes") : QString()));
        m_table->setItem(row, 4, new QTableWidgetItem(QString::fromStdString(info.source)));
        if (isOverride)
            for (int c = 0; c < 5; ++c)
                m_table->item(row, c)->setBackground(QColor(0xff, 0xf4, 0xc2));
    }
    m_table->resizeColumnsToContents();
    m_table->setSortingEnabled(true);
}

void StandardsDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QDockWidget::changeEvent(event);
}

} // namespace seatplan::ui
