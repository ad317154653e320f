#include "seatplan/ui/import_wizard.h"

#include "import_wizard_encoding_page.h"
#include "import_wizard_fields_page.h"
#include "import_wizard_preview_page.h"
#include "import_wizard_run_page.h"
#include "import_wizard_source_page.h"
#include "import_wizard_state.h"
#include "seatplan/ui/plan_document.h"

#include <QEvent>

namespace seatplan::ui {

ImportWizard::ImportWizard(const PlanDocument* document, QWidget* parent)
    : QWizard(parent)
    , m_document(document)
    , m_state(std::make_unique<ImportWizardState>())
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_state->projectPath = document->path();
    m_state->projectCrs = document->crs();
    setPage(SourcePage, new ImportWizardSourcePage(this));
    setPage(EncodingPage, new ImportWizardEncodingPage(this));
    setPage(FieldsPage, new ImportWizardFieldsPage(this));
    setPage(PreviewPage, new ImportWizardPreviewPage(this));
    setPage(RunPage, new ImportWizardRunPage(this));
    retranslate();
    resize(860, 640);
}

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import layer"));
    setButtonText(QWizard::FinishButton, tr("Close"));
}

void ImportWizard::changeEvent(QEvent* event)
{
    // The pages retranslate themselves: they receive the same event.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setSourceFile(const QString& path)
{
    static_cast<ImportWizardSourcePage*>(page(SourcePage))->setFile(path);
}

QString ImportWizard::roleLabel(gis::ImportRole role)
{
    switch (role) {
    case gis::ImportRole::County:
        return tr("County boundaries");
    case gis::ImportRole::Towns:
        return tr("Towns and subdistricts");
    case gis::ImportRole::Zones:
        return tr("Planning zones (residential areas)");
    case gis::ImportRole::Schools:
        return tr("Schools");
    case gis::ImportRole::Catchments:
        return tr("Catchments");
    case gis::ImportRole::Plots:
        return tr("Reserved school plots");
    case gis::ImportRole::Developments:
        return tr("Residential developments");
    case gis::ImportRole::Landuse:
        return tr("Land use");
    case gis::ImportRole::Roads:
        return tr("Roads");
    case gis::ImportRole::Population:
        return tr("Population raster");
    case gis::ImportRole::Cohorts:
        return tr("Population by age (cohorts table)");
    case gis::ImportRole::Births:
        return tr("Births by year (table)");
    case gis::ImportRole::Enrolment:
        return tr("Enrolment by grade (table)");
    }
    return {};
}

void ImportWizard::reject()
{
    auto* run = static_cast<ImportWizardRunPage*>(page(RunPage));
    if (currentId() == RunPage && run->isRunning()) {
        run->cancelAndClose();
        return;
    }
    QWizard::reject();
}

} // namespace seatplan::ui
