#include "seatplan/ui/siting_dialog.h"

#include "seatplan/core/errors.h"
#include "seatplan/gis/gis_error.h"
#include "seatplan/gis/scenario_store.h"
#include "seatplan/render/siting_edits.h"
#include "seatplan/render/siting_text.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/scenario_overlay.h"
#include "seatplan/ui/siting_site_model.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace seatplan::ui {

namespace {

    /// Searches longer than this are the planner's explicit choice (seconds).
    constexpr double kDefaultSeconds = 3.0;
    constexpr double kMaxSeconds = 600.0;
    constexpr int kMaxNewSchools = 200;
    constexpr int kMaxClasses = 10000;

    /// The `code` and `name` fields of a layer of the document, in feature order.
    std::vector<std::pair<QString, QString>> codes(
        const PlanDocument& document, const char* layerId)
    {
        std::vector<std::pair<QString, QString>> out;
        const MapLayer* layer = document.findLayer(QString::fromLatin1(layerId));
        if (!layer || !layer->data)
            return out;
        const gis::VectorLayer& v = layer->data->layer();
        for (std::size_t i = 0; i < v.features.size(); ++i)
            out.emplace_back(QString::fromStdString(gis::toText(v.value(i, "code"))),
                QString::fromStdString(gis::toText(v.value(i, "name"))));
        return out;
    }

} // namespace

SitingDialog::SitingDialog(PlanDocument& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_model(new SitingSiteModel(this))
{
    setObjectName(QStringLiteral("sitingDialog"));
    m_area = new QComboBox(this);
    m_level = new QComboBox(this);
    m_level->addItem(QString(), static_cast<int>(core::Level::Primary));
    m_level->addItem(QString(), static_cast<int>(core::Level::Junior));
    m_objective = new QComboBox(this);
    for (const auto objective : { core::SitingObjective::PMedian, core::SitingObjective::Coverage,
             core::SitingObjective::MinCount })
        m_objective->addItem(QString(), static_cast<int>(objective));
    m_maxNew = new QSpinBox(this);
    m_maxNew->setRange(0, kMaxNewSchools);
    m_maxNew->setValue(gis::SitingRequest {}.budget.maxNewSchools);
    m_maxClasses = new QSpinBox(this);
    m_maxClasses->setRange(0, kMaxClasses);
    m_year = new QSpinBox(this);
    m_year->setRange(0, PlanDocument::kLastYear + 100);
    m_seconds = new QDoubleSpinBox(this);
    m_seconds->setRange(0.5, kMaxSeconds);
    m_seconds->setDecimals(1);
    m_seconds->setValue(kDefaultSeconds);

    auto* form = new QFormLayout;
    QWidget* fields[] = { m_area, m_level, m_objective, m_maxNew, m_maxClasses, m_year, m_seconds };
    for (int i = 0; i < 7; ++i) {
        m_labels[i] = new QLabel(this);
        form->addRow(m_labels[i], fields[i]);
    }
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_runButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_acceptButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_closeButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(m_runButton, &QPushButton::clicked, this, &SitingDialog::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &SitingDialog::cancel);
    // Accepting keeps the dialog open on failure (it says why) and closes it on success.
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_acceptButton, &QPushButton::clicked, this, [this] {
        if (acceptProposal())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &SitingDialog::onFinished);
    // The proposal leaves the map with the dialog (accepted, it is the scenario's now).
    connect(this, &QDialog::finished, this, [this] {
        if (m_overlay)
            m_overlay->clearProposal();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 560);
    fillAreas();
    retranslate();
    updateButtons();
}

SitingDialog::~SitingDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void SitingDialog::fillAreas()
{
    m_area->clear();
    m_area->addItem(QString(), QString()); // the whole project (text in retranslate())
    for (const auto& [code, name] : codes(m_document, "counties"))
        m_area->addItem(name.isEmpty() ? code : name + QStringLiteral(" ") + code, code);
    for (const auto& [code, name] : codes(m_document, "towns"))
        m_area->addItem(
            QStringLiteral("    ") + (name.isEmpty() ? code : name + QStringLiteral(" ") + code),
            code);
}

void SitingDialog::retranslate()
{
    setWindowTitle(tr("Site schools"));
    const QString labels[] = { tr("Area"), tr("Level"), tr("Objective"),
        tr("New schools (at most)"), tr("Classes (at most)"), tr("Year"), tr("Search time (s)") };
    for (int i = 0; i < 7; ++i)
        m_labels[i]->setText(labels[i]);
    m_area->setItemText(0, tr("Whole project"));
    m_level->setItemText(0, tr("Primary"));
    m_level->setItemText(1, tr("Junior"));
    for (int i = 0; i < m_objective->count(); ++i)
        m_objective->setItemText(i,
            render::SitingText::objective(
                static_cast<core::SitingObjective>(m_objective->itemData(i).toInt())));
    m_maxClasses->setSpecialValueText(tr("no limit"));
    m_year->setSpecialValueText(tr("work-plan target year"));
    m_runButton->setText(tr("&Run"));
    m_cancelButton->setText(tr("&Stop"));
    m_acceptButton->setText(tr("&Accept into scenario"));
    m_closeButton->setText(tr("&Close"));
}

void SitingDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

gis::SitingRequest SitingDialog::request() const
{
    gis::SitingRequest r;
    r.areaCode = m_area->currentData().toString().toStdString();
    r.level = static_cast<core::Level>(m_level->currentData().toInt());
    r.objective = static_cast<core::SitingObjective>(m_objective->currentData().toInt());
    r.budget.maxNewSchools = m_maxNew->value();
    if (m_maxClasses->value() > 0)
        r.budget.maxNewClasses = m_maxClasses->value();
    r.year = m_year->value();
    return r;
}

void SitingDialog::setRequest(const gis::SitingRequest& r)
{
    const int area = m_area->findData(QString::fromStdString(r.areaCode));
    m_area->setCurrentIndex(std::max(area, 0));
    m_level->setCurrentIndex(m_level->findData(static_cast<int>(r.level)));
    m_objective->setCurrentIndex(m_objective->findData(static_cast<int>(r.objective)));
    m_maxNew->setValue(r.budget.maxNewSchools);
    m_maxClasses->setValue(r.budget.maxNewClasses.value_or(0));
    m_year->setValue(r.year);
}

void SitingDialog::setSearchSeconds(double seconds)
{
    m_seconds->setValue(seconds);
}

QString SitingDialog::scenario() const
{
    return QString::fromStdString(m_document.scenario().name);
}

bool SitingDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void SitingDialog::run()
{
    if (isRunning() || !m_document.isOpen())
        return;
    if (m_overlay)
        m_overlay->clearProposal();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const std::string path = m_document.path().toStdString();
    const std::string scenario = m_document.scenario().name;
    const gis::SitingRequest req = request();
    core::HeuristicSitingOptions options;
    options.timeLimitSeconds = m_seconds->value();
    options.cancel = m_cancel.get();
    QPointer<SitingDialog> self(this);
    options.onImprovement = [self](double cost) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, cost] {
                if (self)
                    self->m_status->setText(
                        tr("Searching... best cost so far %1").arg(cost, 0, 'g', 6));
            },
            Qt::QueuedConnection);
    };
    const auto cancelFlag = m_cancel; // keeps the flag alive for the worker
    m_watcher.setFuture(QtConcurrent::run([path, scenario, req, options, cancelFlag] {
        Outcome outcome;
        try {
            outcome.run = std::make_shared<const render::SitingRun>(
                render::runSiting(path, scenario, req, options));
        } catch (const std::exception& error) {
            outcome.error = QString::fromUtf8(error.what());
        } catch (...) {
            outcome.error = QStringLiteral("unknown error");
        }
        return outcome;
    }));
    m_status->setText(tr("Building the siting problem..."));
    updateButtons();
}

void SitingDialog::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SitingDialog::onFinished()
{
    const Outcome outcome = m_watcher.result();
    m_error = outcome.error;
    if (outcome.run)
        m_run = outcome.run;
    m_model->setRun(outcome.run);
    if (!outcome.error.isEmpty()) {
        m_status->setText(tr("Siting failed: %1").arg(outcome.error));
    } else {
        const core::SitingEvaluation& e = m_run->result.evaluation;
        const double radius = m_run->setup.problem.serviceRadius;
        QStringList lines = render::SitingText::notes(m_run->setup.notes);
        lines.prepend(tr("%1 new school(s), %2 classes, found in %3 s%4. Children with a seat: "
                         "%5 (%6 within %7 m); without a seat: %8.")
                          .arg(e.newSchools)
                          .arg(e.newClasses)
                          .arg(m_run->result.seconds, 0, 'f', 1)
                          .arg(m_run->result.cancelled ? tr(" (stopped)") : QString())
                          .arg(std::llround(e.childrenServed))
                          .arg(std::llround(e.childrenCovered))
                          .arg(std::llround(radius))
                          .arg(std::llround(e.childrenUnserved)));
        m_status->setText(lines.join(QLatin1Char('\n')));
        showOnMap();
    }
    updateButtons();
    emit finished();
}

void SitingDialog::setOverlay(ScenarioOverlay* overlay)
{
    m_overlay = overlay;
}

void SitingDialog::showOnMap()
{
    if (m_overlay && m_run)
        m_overlay->setProposal(render::sitingEdits(*m_run));
    const MapLayer* plots = m_document.findLayer(QStringLiteral("plots"));
    if (!plots || !plots->data || !m_run)
        return;
    const gis::VectorLayer& layer = plots->data->layer();
    QSet<qint64> fids;
    for (const core::SiteExplanation& site : m_run->explanations)
        for (std::size_t i = 0; i < layer.features.size(); ++i)
            if (gis::toText(layer.value(i, "id")) == site.siteId)
                fids.insert(layer.features[i].fid);
    m_document.setSelection(QStringLiteral("plots"), fids);
}

void SitingDialog::updateButtons()
{
    const bool running = isRunning();
    m_runButton->setEnabled(!running && m_document.isOpen());
    m_cancelButton->setEnabled(running);
    m_progress->setVisible(running);
    m_acceptButton->setEnabled(!running && m_run && !m_run->explanations.empty());
}

bool SitingDialog::acceptProposal(const QString& newScenario)
{
    if (!m_run || m_run->explanations.empty() || isRunning()) {
        m_status->setText(tr("Nothing to accept: run the siting first."));
        return false;
    }
    if (m_document.readOnly()) {
        m_status->setText(m_document.readOnlyReason());
        return false;
    }
    if (!m_document.scenarioEditable()) {
        // The base is read-only: the proposal goes into a new scenario derived from it.
        QString name = newScenario;
        if (name.isEmpty()) {
            bool ok = false;
            name = QInputDialog::getText(this, tr("New scenario"),
                tr("The base cannot be edited. Name of the new scenario for the proposal:"),
                QLineEdit::Normal, tr("Siting proposal"), &ok);
            if (!ok)
                return false;
        }
        name = name.trimmed();
        if (name.isEmpty() || name == QLatin1String(gis::kBaseScenario)) {
            m_status->setText(tr("Give the new scenario a name other than the base."));
            return false;
        }
        if (!m_document.createScenario(name, tr("Proposed by the siting tool")))
            return false; // the document says why (failed())
        m_document.setActiveScenario(name);
        if (!m_document.scenarioEditable())
            return false;
    }
    // Every school and catchment change in one macro: one undo takes the proposal back.
    QString failure;
    const auto connection = connect(&m_document, &PlanDocument::failed, this,
        [&failure](const QString& message) { failure = message; });
    const std::vector<core::ScenarioEdit> edits = render::sitingEdits(*m_run);
    QUndoStack* stack = m_document.undoStack();
    stack->beginMacro(
        tr("Accept %1 proposed school(s) into %2").arg(m_run->explanations.size()).arg(scenario()));
    for (const core::ScenarioEdit& edit : edits) {
        m_document.pushEdit(edit);
        if (!failure.isEmpty())
            break;
    }
    stack->endMacro();
    disconnect(connection);
    if (!failure.isEmpty()) {
        stack->undo(); // take back the part that was applied
        m_status->setText(tr("The proposal could not be saved: %1").arg(failure));
        return false;
    }
    m_status->setText(tr("Accepted into scenario %1.").arg(scenario()));
    return true;
}

} // namespace seatplan::ui
