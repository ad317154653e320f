#include "seatplan/ui/annex_print.h"

#include "seatplan/gis/project.h"
#include "seatplan/render/annex/annex_composer.h"
#include "seatplan/render/annex/project_annex.h"

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

} // namespace

render::AnnexDocument composePrintAnnex(
    const QString& projectPath, const QString& scenario, render::Language language)
{
    gis::Project project = gis::Project::openReadOnly(projectPath.toStdString());
    render::ProjectAnnexRequest request;
    request.scenario = scenario.isEmpty() ? std::string("base") : scenario.toStdString();
    request.language = language;
    return render::ProjectAnnex(project, request).build();
}

int paintAnnex(const render::AnnexDocument& document, QPrinter& printer)
{
    const render::AnnexComposer composer(document);
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
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const render::AnnexDocument document = composePrintAnnex(projectPath, scenario);
        QApplication::restoreOverrideCursor();

        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(render::AnnexComposer(document).pageLayout());
        QPrintPreviewDialog preview(&printer, parent);
        preview.setWindowTitle(AnnexPrint::tr("Print annex"));
        QObject::connect(
            &preview, &QPrintPreviewDialog::paintRequested, parent, [&document](QPrinter* target) {
                try {
                    paintAnnex(document, *target);
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
