#include "import_wizard_source_page.h"

#include "import_wizard_state.h"
#include "seatplan/gis/source.h"
#include "seatplan/ui/import_wizard.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <exception>

namespace seatplan::ui {

namespace {

    constexpr gis::ImportRole kRoles[] = { gis::ImportRole::County, gis::ImportRole::Towns,
        gis::ImportRole::Zones, gis::ImportRole::Schools, gis::ImportRole::Catchments,
        gis::ImportRole::Plots, gis::ImportRole::Developments, gis::ImportRole::Landuse,
        gis::ImportRole::Roads, gis::ImportRole::Population, gis::ImportRole::Cohorts,
        gis::ImportRole::Births, gis::ImportRole::Enrolment };

    // The role a file most likely fills: words in its name first, then its geometry.
    gis::ImportRole guessRole(const QString& path, const QString& kind, gis::GeometryKind geometry)
    {
        const QString name = QFileInfo(path).completeBaseName().toLower();
        const auto has = [&](std::initializer_list<const char*> words) {
            for (const char* w : words) {
                if (name.contains(QString::fromUtf8(w)))
                    return true;
            }
            return false;
        };
        if (kind == QLatin1String("raster"))
            return gis::ImportRole::Population;
        if (has({ "出生", "birth" }))
            return gis::ImportRole::Births;
        if (has({ "年龄", "cohort", "age" }))
            return gis::ImportRole::Cohorts;
        if (has({ "在校", "enrol" }))
            return gis::ImportRole::Enrolment;
        if (has({ "学校", "school" }))
            return gis::ImportRole::Schools;
        if (has({ "学区", "catchment" }))
            return gis::ImportRole::Catchments;
        if (has({ "地块", "plot" }))
            return gis::ImportRole::Plots;
        if (has({ "楼盘", "小区", "住宅", "develop" }))
            return gis::ImportRole::Developments;
        if (has({ "用地", "地类", "landuse", "dltb" }))
            return gis::ImportRole::Landuse;
        if (has({ "道路", "road" }))
            return gis::ImportRole::Roads;
        if (has({ "镇", "街道", "town" }))
            return gis::ImportRole::Towns;
        if (has({ "县", "区", "市", "county" }))
            return gis::ImportRole::County;
        switch (geometry) {
        case gis::GeometryKind::Point:
            return gis::ImportRole::Schools;
        case gis::GeometryKind::Line:
            return gis::ImportRole::Roads;
        case gis::GeometryKind::None:
            return gis::ImportRole::Cohorts;
        case gis::GeometryKind::Polygon:
            break;
        }
        return gis::ImportRole::Zones;
    }

} // namespace

ImportWizardSourcePage::ImportWizardSourcePage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_file(new QLineEdit(this))
    , m_layer(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_info(new QLabel(this))
    , m_browse(new QPushButton(this))
{
    m_file->setObjectName(QStringLiteral("importFile"));
    m_layer->setObjectName(QStringLiteral("importLayer"));
    m_role->setObjectName(QStringLiteral("importRole"));
    m_info->setWordWrap(true);
    for (const gis::ImportRole role : kRoles)
        m_role->addItem(QString(), static_cast<int>(role));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(this), fileRow);
    form->addRow(new QLabel(this), m_layer);
    form->addRow(new QLabel(this), m_role);
    form->addRow(m_info);
    retranslate();

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import layer"),
            QFileInfo(m_file->text()).absolutePath(),
            tr("GIS and table files (*.shp *.geojson *.json *.topojson *.gpkg *.kml *.csv *.xlsx "
               "*.xls *.tif *.tiff *.gdb);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_file, &QLineEdit::editingFinished, this, &ImportWizardSourcePage::inspect);
    connect(m_layer, &QComboBox::activated, this, [this] {
        const auto kind = static_cast<gis::GeometryKind>(m_layer->currentData().toInt());
        m_role->setCurrentIndex(m_role->findData(
            static_cast<int>(guessRole(m_file->text() + m_layer->currentText(), m_kind, kind))));
    });
}

void ImportWizardSourcePage::retranslate()
{
    setTitle(tr("Source file and what it is"));
    setSubTitle(tr("Choose a file (Shapefile, GeoJSON, GeoPackage, KML, CSV, Excel, GeoTIFF...) "
                   "and the project layer it replaces."));
    m_browse->setText(tr("Browse..."));
    auto* form = static_cast<QFormLayout*>(layout());
    static_cast<QLabel*>(form->itemAt(0, QFormLayout::LabelRole)->widget())->setText(tr("File:"));
    static_cast<QLabel*>(form->itemAt(1, QFormLayout::LabelRole)->widget())
        ->setText(tr("Layer in the file:"));
    static_cast<QLabel*>(form->itemAt(2, QFormLayout::LabelRole)->widget())
        ->setText(tr("Import as:"));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(
            i, ImportWizard::roleLabel(static_cast<gis::ImportRole>(m_role->itemData(i).toInt())));
    m_info->setText(m_infoText ? m_infoText() : QString());
}

void ImportWizardSourcePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportWizardSourcePage::setInfo(std::function<QString()> text)
{
    m_infoText = std::move(text);
    m_info->setText(m_infoText ? m_infoText() : QString());
}

void ImportWizardSourcePage::setFile(const QString& path)
{
    m_file->setText(path);
    inspect();
}

void ImportWizardSourcePage::inspect()
{
    const QString path = m_file->text();
    m_layer->clear();
    m_kind = QFileInfo(path).isFile() || QFileInfo(path).isDir()
        ? QString::fromStdString(gis::sourceKind(path.toStdString()))
        : QString();
    if (m_kind.isEmpty()) {
        setInfo(path.isEmpty() ? std::function<QString()>() : [] {
            return tr("This file cannot be read as GIS data or a table.");
        });
    } else if (m_kind == QLatin1String("raster")) {
        setInfo([] { return tr("A raster: it can be imported as the population raster."); });
    } else {
        try {
            for (const gis::SourceLayerInfo& info : gis::listSourceLayers(path.toStdString()))
                m_layer->addItem(QString::fromStdString(info.name), static_cast<int>(info.kind));
            setInfo([count = m_layer->count()] {
                return tr("%n layer(s) in the file.", nullptr, count);
            });
        } catch (const std::exception& e) {
            setInfo([error = QString::fromUtf8(e.what())] {
                return tr("The file cannot be read: %1").arg(error);
            });
            m_kind.clear();
        }
    }
    m_layer->setEnabled(m_layer->count() > 1);
    if (!m_kind.isEmpty()) {
        const auto kind = m_layer->count() > 0
            ? static_cast<gis::GeometryKind>(m_layer->currentData().toInt())
            : gis::GeometryKind::None;
        m_role->setCurrentIndex(m_role->findData(static_cast<int>(guessRole(path, m_kind, kind))));
    }
    emit completeChanged();
}

bool ImportWizardSourcePage::isComplete() const
{
    return !m_kind.isEmpty();
}

bool ImportWizardSourcePage::validatePage()
{
    const auto role = static_cast<gis::ImportRole>(m_role->currentData().toInt());
    if ((m_kind == QLatin1String("raster")) != (role == gis::ImportRole::Population)) {
        setInfo([] {
            return tr("Only a raster can be imported as the population raster, and a raster only "
                      "as that.");
        });
        return false;
    }
    ImportWizardState& state = m_wizard->state();
    state.sourcePath = m_file->text();
    state.raster = m_kind == QLatin1String("raster");
    state.options.role = role;
    state.options.source.layer = m_layer->count() > 1 ? m_layer->currentText().toStdString() : "";
    state.options.fields.clear();
    return true;
}

int ImportWizardSourcePage::nextId() const
{
    return ImportWizard::EncodingPage;
}

} // namespace seatplan::ui
