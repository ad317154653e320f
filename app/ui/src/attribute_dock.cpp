#include "seatplan/ui/attribute_dock.h"

#include "seatplan/render/code_labels.h"
#include "seatplan/ui/attribute_table_model.h"
#include "seatplan/ui/layer_tree_model.h"
#include "seatplan/ui/plan_document.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace seatplan::ui {

AttributeDock::AttributeDock(PlanDocument* document, QWidget* parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_model(new AttributeTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("attributeDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::EditRole);
    m_proxy->setFilterRole(AttributeTableModel::SearchRole); // "小学" and "primary" both match

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* row = new QHBoxLayout;
    m_layers = new QComboBox(body);
    m_filter = new QLineEdit(body);
    m_filter->setClearButtonEnabled(true);
    m_expression = new QLineEdit(body);
    m_expression->setClearButtonEnabled(true);
    row->addWidget(m_layers);
    row->addWidget(m_filter, 1);
    row->addWidget(m_expression, 1);
    layout->addLayout(row);
    m_view = new QTableView(body);
    m_view->setModel(m_proxy);
    // Unsorted (the model's order) until a header is clicked; Qt would start descending.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->setObjectName(QStringLiteral("attributeTable"));
    layout->addWidget(m_view);
    setWidget(body);

    connect(m_layers, &QComboBox::currentIndexChanged, this,
        [this] { showLayer(m_layers->currentData().toString()); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
        [this](const QString& text) { m_proxy->setFilterFixedString(text); });
    connect(m_expression, &QLineEdit::returnPressed, this, [this] {
        const int n = selectByExpression(m_expression->text());
        m_expression->setStyleSheet(n < 0 ? QStringLiteral("color: #c00000") : QString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AttributeDock::pushSelectionToDocument);
    connect(document, &PlanDocument::changed, this, &AttributeDock::onDocumentChanged);
    retranslate();
}

void AttributeDock::fillLayerList()
{
    const QSignalBlocker block(m_layers);
    const QString current = m_layers->currentData().toString();
    m_layers->clear();
    for (int i = m_document->layerCount() - 1; i >= 0; --i) {
        const MapLayer& layer = m_document->layer(i);
        if (layer.data)
            m_layers->addItem(LayerTreeModel::displayName(layer.id), layer.id);
    }
    const int keep = m_layers->findData(current);
    m_layers->setCurrentIndex(keep >= 0 ? keep : m_layers->findData(QStringLiteral("schools")));
}

void AttributeDock::onDocumentChanged(const ChangeEvent& event)
{
    if (event.kind == ChangeEvent::Kind::Reset) {
        fillLayerList();
        showLayer(m_layers->currentData().toString());
    } else if (event.kind == ChangeEvent::Kind::Selection) {
        if (!m_document->selectionLayer().isEmpty()
            && m_document->selectionLayer() != m_layers->currentData().toString()) {
            m_layers->setCurrentIndex(m_layers->findData(m_document->selectionLayer()));
        }
        pullSelectionFromDocument();
    }
}

void AttributeDock::showLayer(const QString& layerId)
{
    const MapLayer* layer = m_document->findLayer(layerId);
    m_model->setLayer(layer && layer->data ? layer->data->layerPtr() : nullptr);
    if (m_layers->currentData().toString() != layerId) {
        const QSignalBlocker block(m_layers);
        m_layers->setCurrentIndex(m_layers->findData(layerId));
    }
    pullSelectionFromDocument();
}

void AttributeDock::pushSelectionToDocument()
{
    if (m_syncing || !m_model->layer())
        return;
    QSet<qint64> fids;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        fids.insert(i.data(AttributeTableModel::FidRole).toLongLong());
    m_syncing = true;
    m_document->setSelection(QString::fromStdString(m_model->layer()->name), fids);
    m_syncing = false;
}

void AttributeDock::pullSelectionFromDocument()
{
    if (m_syncing || !m_model->layer())
        return;
    m_syncing = true;
    QItemSelection selection;
    if (m_document->selectionLayer() == QString::fromStdString(m_model->layer()->name)) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex i = m_proxy->index(row, 0);
            if (m_document->selectedFids().contains(
                    i.data(AttributeTableModel::FidRole).toLongLong()))
                selection.select(i, m_proxy->index(row, m_proxy->columnCount() - 1));
        }
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_view->scrollTo(selection.indexes().first());
    m_syncing = false;
}

int AttributeDock::selectByExpression(const QString& expression)
{
    const gis::VectorLayer* layer = m_model->layer();
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\w+)\s*(=|!=|<=|>=|<|>|~)\s*'?([^']*)'?\s*$)"));
    const QRegularExpressionMatch m = pattern.match(expression);
    if (!layer || !m.hasMatch())
        return -1;
    const int field = layer->fieldIndex(m.captured(1).toStdString());
    if (field < 0)
        return -1;
    const QString fieldName = m.captured(1);
    const QString op = m.captured(2);
    const QString wanted = m.captured(3).trimmed();
    bool numeric = false;
    const double number = wanted.toDouble(&numeric);
    QSet<qint64> fids;
    for (const gis::Feature& f : layer->features) {
        const gis::FieldValue& v = f.values[static_cast<std::size_t>(field)];
        const QString text = QString::fromStdString(gis::toText(v));
        // A code matches by its stored spelling or by the label the table shows (小学).
        const QString label = render::CodeLabels::value(fieldName, text);
        const auto value = gis::toDouble(v);
        bool hit = false;
        if (op == QLatin1String("~"))
            hit = text.contains(wanted, Qt::CaseInsensitive)
                || label.contains(wanted, Qt::CaseInsensitive);
        else if (numeric && value) {
            const double x = *value;
            hit = (op == QLatin1String("=") && x == number)
                || (op == QLatin1String("!=") && x != number)
                || (op == QLatin1String("<") && x < number)
                || (op == QLatin1String("<=") && x <= number)
                || (op == QLatin1String(">") && x > number)
                || (op == QLatin1String(">=") && x >= number);
        } else {
            const bool same = text == wanted || label.compare(wanted, Qt::CaseInsensitive) == 0;
            hit = (op == QLatin1String("=") && same) || (op == QLatin1String("!=") && !same);
        }
        if (hit)
            fids.insert(f.fid);
    }
    m_document->setSelection(QString::fromStdString(layer->name), fids);
    return static_cast<int>(fids.size());
}

void AttributeDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void AttributeDock::retranslate()
{
    setWindowTitle(tr("Attributes"));
    m_filter->setPlaceholderText(tr("Filter rows..."));
    m_expression->setPlaceholderText(tr("Select by expression, e.g. students_primary > 2000"));
    fillLayerList();
}

} // namespace seatplan::ui
