#include "seatplan/ui/annex_print.h"

#include "seatplan/gis/project.h"
#include "seatplan/render/annex/annex_composer.h"
#include "seatplan/render/annex/project_annex.h"
#include "seatplan/ui/annex_options_dialog.h"

#include <QApplication>
#include <QCoreApplication>
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

    /// Returns (code, name) of the project's counties, for the options dialog.
    std::vector<std::pair<std::string, QString>> projectCounties(const QString& projectPath)
    {
        const gis::Project project = gis::Project::openReadOnly(projectPath.toStdString());
        std::vector<std::pair<std::string, QString>> counties;
        if (!project.hasLayer(gis::layers::kCounties))
            return counties;
        const gis::VectorLayer layer = project.readLayer(gis::layers::kCounties);
        for (std::size_t i = 0; i < layer.features.size(); ++i)
            counties.emplace_back(gis::toText(layer.value(i, "code")),
                QString::fromStdString(gis::toText(layer.value(i, "name"))));
        return counties;
    }

} // namespace

render::AnnexDocument composePrintAnnex(
    const QString& projectPath, const QString& scenario, render::Language language)
{
    render::ProjectAnnexRequest request;
    request.scenario = scenario.isEmpty() ? std::string("base") : scenario.toStdString();
    request.language = language;
    return composePrintAnnex(projectPath, request);
}

render::AnnexDocument composePrintAnnex(
    const QString& projectPath, const render::ProjectAnnexRequest& request)
{
    gis::Project project = gis::Project::openReadOnly(projectPath.toStdString());
    return render::ProjectAnnex(project, request).build();
}

int paintAnnex(const render::AnnexDocument& document, QPrinter& printer, render::AnnexPaper paper)
{
    const render::AnnexComposer composer(document, paper);
    printer.setPageLayout(composer.pageLayout());
    return composer.paint(printer);
}

void printAnnex(QWidget* parent, const QString& projectPath, const QString& scenario)
{
    if (projectPath.isEmpty()) {
        QMessageBox::information(
            parent, AnnexPrint::tr("Print annex"), AnnexPrint::tr("Open a project first."));
        return;
    }
    try {
        AnnexOptionsDialog dialog(projectCounties(projectPath), parent);
        if (dialog.exec() != QDialog::Accepted)
            return;
        AnnexPrintOptions options = dialog.options();
        options.request.scenario
            = scenario.isEmpty() ? std::string("base") : scenario.toStdString();

        QApplication::setOverrideCursor(Qt::WaitCursor);
        const render::AnnexDocument document = composePrintAnnex(projectPath, options.request);
        QApplication::restoreOverrideCursor();

        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(render::AnnexComposer(document, options.paper).pageLayout());
        QPrintPreviewDialog preview(&printer, parent);
        preview.setWindowTitle(AnnexPrint::tr("Print annex"));
        const render::AnnexPaper paper = options.paper;
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, parent,
            [&document, paper](QPrinter* target) {
                try {
                    paintAnnex(document, *target, paper);
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
