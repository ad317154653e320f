#include "import_wizard_preview_page.h"

#include "import_wizard_state.h"
#include "seatplan/render/base_styles.h"
#include "seatplan/ui/field_labels.h"
#include "seatplan/ui/import_wizard.h"
#include "seatplan/ui/map_canvas.h"
#include "seatplan/ui/plan_document.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <exception>

namespace seatplan::ui {

namespace {
    const QString kPreviewId = QStringLiteral("import_preview");
    constexpr int kPreviewRows = 50;
} // namespace

ImportWizardPreviewPage::ImportWizardPreviewPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_preview(new PlanDocument(this))
    , m_canvas(new MapCanvas(m_preview, this))
    , m_rows(new QTableWidget(this))
    , m_note(new QLabel(this))
{
    m_canvas->setObjectName(QStringLiteral("importPreviewCanvas"));
    m_canvas->setMinimumHeight(260);
    m_canvas->setLegendVisible(false);
    m_rows->setObjectName(QStringLiteral("importPreviewRows"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_note->setObjectName(QStringLiteral("importPreviewNote"));
    m_note->setWordWrap(true);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_canvas);
    splitter->addWidget(m_rows);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_note);
    retranslate();
}

void ImportWizardPreviewPage::retranslate()
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The new layer (orange) over the project, in the project's coordinate system, "
                   "and its first rows as they will be stored."));
    setButtonText(QWizard::NextButton, tr("&Import"));
    if (!m_note->text().isEmpty()) {
        m_note->setText(noteText());
        showRows();
    }
}

void ImportWizardPreviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

QString ImportWizardPreviewPage::noteText() const
{
    const ImportWizardState& state = m_wizard->state();
    QString note;
    if (state.raster) {
        note = tr("A raster is warped to the project CRS when imported; it is drawn once "
                  "imported.");
    } else if (gis::importRoleKind(state.options.role) == gis::GeometryKind::None) {
        note = tr("A table without geometry: %n row(s).", nullptr,
            static_cast<int>(state.sample->features.size()));
    } else {
        note = tr("%n feature(s).", nullptr, static_cast<int>(state.sample->features.size()));
        if (m_outside)
            note += QLatin1Char(' ')
                + tr("<b style='color:#b2182b'>The layer lies outside the project area: go back "
                     "and check its coordinate system.</b>");
    }
    if (!m_rowsError.isEmpty())
        note += QLatin1Char(' ') + m_rowsError.toHtmlEscaped();
    return note;
}

void ImportWizardPreviewPage::initializePage()
{
    const ImportWizardState& state = m_wizard->state();
    const PlanDocument* document = m_wizard->document();
    LoadedProject project;
    project.path = document->path();
    project.crs = document->crs();
    // Context only: the boundaries and the layer being replaced, not the thematic symbols.
    const QString target = QString::fromStdString(gis::importRoleTarget(state.options.role));
    for (int i = 0; i < document->layerCount(); ++i) {
        MapLayer layer = document->layer(i);
        layer.visible = layer.id == target || layer.id == QLatin1String("counties")
            || layer.id == QLatin1String("towns");
        project.layers.push_back(std::move(layer));
    }
    const QRectF projectExtent = document->fullExtent();
    QRectF extent = projectExtent;
    m_outside = false;
    if (!state.raster && gis::importRoleKind(state.options.role) != gis::GeometryKind::None) {
        MapLayer layer;
        layer.id = kPreviewId;
        layer.data = std::make_shared<const render::LayerData>(state.sample);
        layer.baseStyle = render::defaultStyle(*state.sample);
        layer.baseStyle.fill = QColor(0xf4, 0x8c, 0x2f, 110);
        layer.baseStyle.stroke = QColor(0xd9, 0x48, 0x01);
        layer.baseStyle.strokeWidth = 1.6;
        layer.baseStyle.pointSize = 9.0;
        layer.baseStyle.labelField.clear();
        layer.style = std::make_shared<const render::LayerStyle>(layer.baseStyle);
        const QRectF layerExtent = layer.data->extent();
        project.layers.push_back(std::move(layer));
        extent = projectExtent.isNull() ? layerExtent : projectExtent.united(layerExtent);
        m_outside = !projectExtent.isNull() && !projectExtent.intersects(layerExtent);
    }
    m_preview->reset(std::move(project));
    // Zoom once the canvas has its size.
    QTimer::singleShot(0, m_canvas, [this, extent] { m_canvas->zoomToExtent(extent); });
    showRows();
    m_note->setText(noteText());
}

void ImportWizardPreviewPage::showRows()
{
    const ImportWizardState& state = m_wizard->state();
    m_rows->clear();
    m_rowsError.clear();
    m_rows->setVisible(!state.raster);
    if (state.raster)
        return;
    gis::ImportReport report;
    gis::VectorLayer mapped;
    try {
        mapped = state.mapped(report);
    } catch (const std::exception& e) {
        m_rowsError = QString::fromUtf8(e.what());
        return;
    }
    const QString target = QString::fromStdString(gis::importRoleTarget(state.options.role));
    m_rows->setColumnCount(static_cast<int>(mapped.fields.size()));
    // The project's fields by their labels; the source's other columns by their own names.
    QSet<QString> contract;
    for (const auto& row : state.autoMapping())
        contract.insert(row.first);
    QStringList headers;
    for (const gis::Field& f : mapped.fields) {
        const QString name = QString::fromStdString(f.name);
        headers << (contract.contains(name) ? FieldLabels::label(target, name) : name);
    }
    m_rows->setHorizontalHeaderLabels(headers);
    const int rows = std::min(kPreviewRows, static_cast<int>(mapped.features.size()));
    m_rows->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const gis::Feature& f = mapped.features[static_cast<std::size_t>(r)];
        for (std::size_t c = 0; c < f.values.size(); ++c)
            m_rows->setItem(r, static_cast<int>(c),
                new QTableWidgetItem(QString::fromStdString(gis::toText(f.values[c]))));
    }
    m_rows->resizeColumnsToContents();
}

int ImportWizardPreviewPage::nextId() const
{
    return ImportWizard::RunPage;
}

} // namespace seatplan::ui
