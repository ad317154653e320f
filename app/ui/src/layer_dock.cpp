#include "seatplan/ui/layer_dock.h"

#include "seatplan/ui/layer_commands.h"
#include "seatplan/ui/layer_style_dialog.h"
#include "seatplan/ui/layer_tree_model.h"
#include "seatplan/ui/plan_document.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QListView>
#include <QMenu>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace seatplan::ui {

namespace {
    constexpr int kOpacitySteps = 100;
}

LayerDock::LayerDock(PlanDocument* document, QWidget* parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_model(new LayerTreeModel(document, this))
{
    setObjectName(QStringLiteral("layerDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_view = new QListView(body);
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("layerList"));
    layout->addWidget(m_view);
    auto* row = new QHBoxLayout;
    m_opacity = new QSlider(Qt::Horizontal, body);
    m_opacity->setRange(0, kOpacitySteps);
    m_up = new QToolButton(body);
    m_up->setArrowType(Qt::UpArrow);
    m_down = new QToolButton(body);
    m_down->setArrowType(Qt::DownArrow);
    m_zoom = new QToolButton(body);
    m_zoom->setIcon(QIcon(QStringLiteral(":/icons/zoom-layer.svg")));
    row->addWidget(m_opacity, 1);
    row->addWidget(m_up);
    row->addWidget(m_down);
    row->addWidget(m_zoom);
    layout->addLayout(row);
    setWidget(body);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        syncOpacity();
        emit currentLayerChanged(currentLayerId());
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LayerDock::syncOpacity);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LayerDock::syncOpacity);
    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) {
        const QModelIndex i = m_view->currentIndex();
        if (i.isValid()
            && std::abs(i.data(LayerTreeModel::OpacityRole).toDouble() * kOpacitySteps - value)
                > 0.5)
            m_model->setData(i, value / double(kOpacitySteps), LayerTreeModel::OpacityRole);
    });
    auto move = [this](bool up) {
        const QString id = currentLayerId();
        if (id.isEmpty())
            return;
        const int index = m_document->indexOf(id);
        if ((up && index + 1 >= m_document->layerCount()) || (!up && index == 0))
            return;
        m_document->undoStack()->push(new MoveLayerCommand(m_document, id, up));
        m_view->setCurrentIndex(m_model->index(m_model->rowOf(m_document->indexOf(id))));
    };
    connect(m_up, &QToolButton::clicked, this, [move] { move(true); });
    connect(m_down, &QToolButton::clicked, this, [move] { move(false); });
    connect(m_zoom, &QToolButton::clicked, this, [this] {
        if (!currentLayerId().isEmpty())
            emit zoomToLayerRequested(currentLayerId());
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QListView::doubleClicked, this, &LayerDock::editStyle);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](QPoint at) {
        if (currentLayerId().isEmpty())
            return;
        QMenu menu(this);
        menu.addAction(tr("&Style..."), this, &LayerDock::editStyle)
            ->setEnabled(m_document->findLayer(currentLayerId()) != nullptr
                && m_document->findLayer(currentLayerId())->data != nullptr);
        menu.addAction(
            tr("&Zoom to layer"), this, [this] { emit zoomToLayerRequested(currentLayerId()); });
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    retranslate();
    syncOpacity();
}

void LayerDock::editStyle()
{
    const QString id = currentLayerId();
    const MapLayer* layer = m_document->findLayer(id);
    if (!layer || !layer->data)
        return; // the raster has no editable style
    const gis::VectorLayer& v = layer->data->layer();
    QStringList fields;
    for (const gis::Field& f : v.fields)
        fields << QString::fromStdString(f.name);
    LayerStyleDialog dialog(m_view->currentIndex().data(Qt::DisplayRole).toString(),
        layer->baseStyle, fields, v.kind == gis::GeometryKind::Point, this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->undoStack()->push(new SetLayerStyleCommand(m_document, id, dialog.style()));
}

QString LayerDock::currentLayerId() const
{
    return m_view->currentIndex().data(LayerTreeModel::LayerIdRole).toString();
}

void LayerDock::syncOpacity()
{
    const QModelIndex i = m_view->currentIndex();
    m_opacity->setEnabled(i.isValid());
    if (i.isValid()) {
        const QSignalBlocker block(m_opacity);
        m_opacity->setValue(
            static_cast<int>(std::lround(i.data(LayerTreeModel::OpacityRole).toDouble() * 100)));
    }
}

void LayerDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void LayerDock::retranslate()
{
    setWindowTitle(tr("Layers"));
    m_opacity->setToolTip(tr("Opacity of the selected layer"));
    m_up->setToolTip(tr("Move the layer up"));
    m_down->setToolTip(tr("Move the layer down"));
    m_zoom->setToolTip(tr("Zoom to the layer"));
    // Layer names are translated by the model.
    emit m_model->headerDataChanged(Qt::Horizontal, 0, 0);
    if (m_model->rowCount() > 0)
        emit m_model->dataChanged(
            m_model->index(0), m_model->index(m_model->rowCount() - 1), { Qt::DisplayRole });
}

} // namespace seatplan::ui
