#include "import_wizard_run_page.h"

#include "import_wizard_state.h"
#include "seatplan/render/import_report_text.h"
#include "seatplan/ui/import_wizard.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace seatplan::ui {

namespace {
    constexpr int kProgressSteps = 100;

    // The importer's stage words, for the planner.
    QString stageText(const QString& stage)
    {
        if (stage == QLatin1String("reading"))
            return ImportWizardRunPage::tr("Reading the file...");
        if (stage == QLatin1String("warping"))
            return ImportWizardRunPage::tr("Warping the raster to the project CRS...");
        if (stage == QLatin1String("repairing"))
            return ImportWizardRunPage::tr("Repairing geometries...");
        if (stage == QLatin1String("mapping fields"))
            return ImportWizardRunPage::tr("Mapping fields...");
        if (stage == QLatin1String("writing"))
            return ImportWizardRunPage::tr("Writing into the project...");
        if (stage == QLatin1String("done"))
            return ImportWizardRunPage::tr("Done.");
        return stage;
    }
} // namespace

ImportWizardRunPage::ImportWizardRunPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_stage(new QLabel(this))
    , m_cancel(new QPushButton(this))
    , m_report(new QPlainTextEdit(this))
{
    setFinalPage(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, kProgressSteps);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setReadOnly(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_report, 1);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag)
            *m_cancelFlag = true;
        setStage([] { return tr("Cancelling..."); });
        m_cancel->setEnabled(false);
    });
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this,
        &ImportWizardRunPage::onFinished);
    retranslate();
}

void ImportWizardRunPage::retranslate()
{
    setTitle(tr("Import"));
    m_cancel->setText(tr("Cancel import"));
    m_stage->setText(m_stageText ? m_stageText() : QString());
    if (!m_finished)
        return;
    if (m_outcome.status == ImportStatus::Done)
        m_report->setPlainText(render::ImportReportText::text(m_outcome.report));
    else if (m_outcome.status == ImportStatus::Failed)
        m_report->setPlainText(m_outcome.error + QStringLiteral("\n\n")
            + tr("Go back to choose another layer role, encoding, CRS or field mapping."));
}

void ImportWizardRunPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportWizardRunPage::setStage(std::function<QString()> text)
{
    m_stageText = std::move(text);
    m_stage->setText(m_stageText ? m_stageText() : QString());
}

ImportWizardRunPage::~ImportWizardRunPage()
{
    if (m_cancelFlag)
        *m_cancelFlag = true;
    m_watcher.waitForFinished();
}

void ImportWizardRunPage::initializePage()
{
    const ImportWizardState& state = m_wizard->state();
    m_finished = false;
    m_report->clear();
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_cancel->show();
    setStage([path = state.sourcePath, role = state.options.role] {
        return tr("Importing %1 as %2...").arg(path, ImportWizard::roleLabel(role));
    });
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    // No going back while the import runs (a commit page before this one disables Back).
    m_wizard->page(ImportWizard::PreviewPage)->setCommitPage(true);
    const QPointer<ImportWizardRunPage> self(this);
    const auto progress = [self](double fraction, const QString& stage) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, fraction, stage] {
                if (!self)
                    return;
                self->m_progress->setValue(
                    static_cast<int>(std::lround(fraction * kProgressSteps)));
                self->setStage([stage] { return stageText(stage); });
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(
        QtConcurrent::run([project = state.projectPath, source = state.sourcePath,
                              options = state.options, cancel = m_cancelFlag, progress] {
            return runImport(project, source, options, *cancel, progress);
        }));
    emit completeChanged();
}

void ImportWizardRunPage::cancelAndClose()
{
    m_closeWhenDone = true;
    m_cancel->click();
}

void ImportWizardRunPage::onFinished()
{
    m_outcome = m_watcher.result();
    m_finished = true;
    m_cancel->hide();
    const ImportWizardState& state = m_wizard->state();
    const QString target = QString::fromStdString(gis::importRoleTarget(state.options.role));
    switch (m_outcome.status) {
    case ImportStatus::Done:
        m_progress->setValue(kProgressSteps);
        setStage([count = static_cast<int>(m_outcome.report.featuresWritten),
                     role = state.options.role] {
            return tr("Imported %n feature(s) into %1. The project is reloaded.", nullptr, count)
                .arg(ImportWizard::roleLabel(role));
        });
        retranslate(); // the report
        emit m_wizard->imported(target);
        break;
    case ImportStatus::Cancelled:
        setStage([] { return tr("Import cancelled; the project is unchanged."); });
        break;
    case ImportStatus::Failed:
        setStage([] { return tr("The import failed; the project is unchanged."); });
        retranslate(); // the error
        break;
    }
    m_wizard->page(ImportWizard::PreviewPage)->setCommitPage(false);
    emit completeChanged();
    emit m_wizard->importEnded(m_outcome.status);
    if (m_closeWhenDone && m_outcome.status != ImportStatus::Done)
        m_wizard->QWizard::reject();
    m_closeWhenDone = false;
}

bool ImportWizardRunPage::isComplete() const
{
    return m_finished;
}

} // namespace seatplan::ui
