#include "seatplan/ui/annex_print.h"

#include "seatplan/core/analyze.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/project_loader.h"
#include "seatplan/render/annex/annex_builder.h"
#include "seatplan/render/annex/annex_composer.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDate>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <exception>

namespace seatplan::ui {

namespace {

    /// Translation context of the annex printing messages.
    class AnnexPrint {
        Q_DECLARE_TR_FUNCTIONS(AnnexPrint)
    };

    std::shared_ptr<const gis::VectorLayer> layerOrNull(
        const gis::Project& project, const char* name)
    {
        if (!project.hasLayer(name))
            return nullptr;
        return std::make_shared<const gis::VectorLayer>(project.readLayer(name));
    }

} // namespace

void printAnnex(QWidget* parent, const QString& projectPath)
{
    if (projectPath.isEmpty()) {
        QMessageBox::information(
            parent, AnnexPrint::tr("Print annex"), AnnexPrint::tr("Open a project first."));
        return;
    }
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const gis::Project project = gis::Project::openReadOnly(projectPath.toStdString());
        const core::PlanningInputs inputs = gis::loadPlanningInputs(project);
        core::Scenario scenario;
        render::AnnexOptions options;
        options.language = render::currentLanguage();
        core::AnalysisOptions analysis;
        analysis.firstYear = std::max(inputs.baseYear, options.firstYear);
        analysis.lastYear = std::min(inputs.lastYear, options.lastYear);
        analysis.variants = { options.variant };
        const core::Results results = core::analyze(inputs, scenario, analysis);
        options.regionName
            = QString::fromStdString(project.metadata("region_name").value_or(inputs.regionCode));
        options.date = options.language == render::Language::Chinese
            ? QDate::currentDate().toString(QStringLiteral("yyyy年M月d日"))
            : QDate::currentDate().toString(QStringLiteral("d MMMM yyyy"));
        options.crs = QString::fromStdString(project.crs());
        options.organisation
            = QString::fromStdString(project.metadata("organisation").value_or(""));
        options.sources << QString::fromStdString(project.metadata("title").value_or(""));
        render::AnnexMapLayers maps;
        maps.counties = layerOrNull(project, gis::layers::kCounties);
        maps.towns = layerOrNull(project, gis::layers::kTowns);
        maps.catchments = layerOrNull(project, gis::layers::kCatchments);
        maps.schools = layerOrNull(project, gis::layers::kSchools);
        maps.plots = layerOrNull(project, gis::layers::kPlots);
        const render::AnnexDocument document
            = render::buildAnnex(inputs, scenario, results, options, &maps);
        QApplication::restoreOverrideCursor();

        const render::AnnexComposer composer(document);
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(composer.pageLayout());
        QPrintPreviewDialog preview(&printer, parent);
        preview.setWindowTitle(AnnexPrint::tr("Print annex"));
        QObject::connect(
            &preview, &QPrintPreviewDialog::paintRequested, parent, [&composer](QPrinter* target) {
                try {
                    composer.paint(*target);
                } catch (const std::exception&) {
                    // The preview shows what was painted; a failing device reports itself.
                }
            });
        preview.exec();
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(parent, AnnexPrint::tr("Print annex"),
            AnnexPrint::tr("The annex could not be composed: %1")
                .arg(QString::fromUtf8(error.what())));
    }
}

} // namespace seatplan::ui
