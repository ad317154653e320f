#include "seatplan/ui/compare_dialog.h"

#include "seatplan/gis/scenario_store.h"
#include "seatplan/ui/compare_flag_years.h"
#include "seatplan/ui/compare_map_view.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/tools/catchment_edits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <exception>
#include <map>

namespace seatplan::ui {

namespace {
    void fillModel(QStandardItemModel& model, const gis::ExportTable& table)
    {
        model.clear();
        QStringList headers;
        for (const std::string& c : table.columns)
            headers << QString::fromStdString(c);
        model.setHorizontalHeaderLabels(headers);
        for (const auto& row : table.rows) {
            QList<QStandardItem*> items;
            for (const gis::ExportCell& cell : row) {
                auto* item = new QStandardItem;
                if (const double* v = std::get_if<double>(&cell))
                    item->setData(*v, Qt::EditRole);
                else if (const std::string* s = std::get_if<std::string>(&cell))
                    item->setText(QString::fromStdString(*s));
                item->setEditable(false);
                items << item;
            }
            model.appendRow(items);
        }
    }

    QTableView* tableFor(QStandardItemModel* model, const QString& name, QWidget* parent)
    {
        auto* view = new QTableView(parent);
        view->setObjectName(name);
        view->setModel(model);
        view->setSortingEnabled(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->verticalHeader()->hide();
        return view;
    }

    QHash<QString, QString> namesOf(const PlanDocument& document, const char* layerId)
    {
        QHash<QString, QString> names;
        const MapLayer* layer = document.findLayer(QLatin1String(layerId));
        if (!layer || !layer->data)
            return names;
        const gis::VectorLayer& v = layer->data->layer();
        const int id = v.fieldIndex("id");
        const int name = v.fieldIndex("name");
        if (id < 0 || name < 0)
            return names;
        for (const gis::Feature& f : v.features)
            names.insert(
                QString::fromStdString(gis::toText(f.values[static_cast<std::size_t>(id)])),
                QString::fromStdString(gis::toText(f.values[static_cast<std::size_t>(name)])));
        return names;
    }
} // namespace

CompareDialog::CompareDialog(PlanDocument& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("compareDialog"));
    m_a = new QComboBox(this);
    m_a->setObjectName(QStringLiteral("scenarioA"));
    m_b = new QComboBox(this);
    m_b->setObjectName(QStringLiteral("scenarioB"));
    m_changedOnly = new QCheckBox(this);
    m_changedOnly->setChecked(true);
    m_aLabel = new QLabel(this);
    m_bLabel = new QLabel(this);
    m_period = new QLabel(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("compareExport"));

    m_balanceModel = new QStandardItemModel(this);
    m_zonesModel = new QStandardItemModel(this);
    m_flagsModel = new QStandardItemModel(this);
    m_tabs = new QTabWidget(this);
    m_balanceView = tableFor(m_balanceModel, QStringLiteral("compareBalance"), m_tabs);
    m_zonesView = tableFor(m_zonesModel, QStringLiteral("compareZones"), m_tabs);
    m_flagsView = tableFor(m_flagsModel, QStringLiteral("compareFlags"), m_tabs);
    m_map = new CompareMapView(m_tabs);
    m_tabs->addTab(m_balanceView, QString());
    m_tabs->addTab(m_zonesView, QString());
    m_tabs->addTab(m_flagsView, QString());
    m_tabs->addTab(m_map, QString());

    auto* choice = new QGridLayout;
    choice->addWidget(m_aLabel, 0, 0);
    choice->addWidget(m_a, 0, 1);
    choice->addWidget(m_bLabel, 0, 2);
    choice->addWidget(m_b, 0, 3);
    choice->addWidget(m_changedOnly, 0, 4);
    choice->setColumnStretch(5, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_period);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    resize(1000, 640);

    connect(
        &m_watcher, &QFutureWatcher<ComparedScenarios>::finished, this, &CompareDialog::onFinished);
    connect(m_a, &QComboBox::currentIndexChanged, this, &CompareDialog::start);
    connect(m_b, &QComboBox::currentIndexChanged, this, &CompareDialog::start);
    connect(m_changedOnly, &QCheckBox::toggled, this, &CompareDialog::refresh);
    connect(m_export, &QPushButton::clicked, this, &CompareDialog::askExport);
    connect(&m_document, &PlanDocument::changed, this, &CompareDialog::onDocumentChanged);
    retranslate();
    fillScenarios();
}

CompareDialog::~CompareDialog()
{
    m_watcher.waitForFinished();
}

void CompareDialog::setScenarios(const QString& a, const QString& b)
{
    {
        const QSignalBlocker blockA(m_a);
        const QSignalBlocker blockB(m_b);
        m_a->setCurrentIndex(m_a->findData(a));
        m_b->setCurrentIndex(m_b->findData(b));
    }
    start();
}

QString CompareDialog::scenarioA() const
{
    return m_a->currentData().toString();
}

QString CompareDialog::scenarioB() const
{
    return m_b->currentData().toString();
}

void CompareDialog::setChangedOnly(bool on)
{
    m_changedOnly->setChecked(on);
}

bool CompareDialog::isBusy() const
{
    return m_watcher.isRunning();
}

void CompareDialog::onDocumentChanged(const ChangeEvent& event)
{
    switch (event.kind) {
    case ChangeEvent::Kind::Reset:
        m_data = {};
        fillScenarios();
        break;
    case ChangeEvent::Kind::Scenario:
        fillScenarios();
        break;
    case ChangeEvent::Kind::Results: {
        // New results of the active scenario: compare them if it is one of the two.
        const QString active = QString::fromStdString(m_document.scenario().name);
        if (scenarioA() == active || scenarioB() == active)
            start();
        break;
    }
    case ChangeEvent::Kind::Period:
        refresh();
        break;
    default:
        break;
    }
}

void CompareDialog::fillScenarios()
{
    const QString keepA = scenarioA();
    const QString keepB = scenarioB();
    const QStringList names = m_document.scenarioNames();
    {
        const QSignalBlocker blockA(m_a);
        const QSignalBlocker blockB(m_b);
        for (QComboBox* box : { m_a, m_b }) {
            box->clear();
            for (const QString& name : names)
                box->addItem(labelOf(name), name);
        }
        // Default: the base against the active scenario (or the first other one).
        const QString active = QString::fromStdString(m_document.scenario().name);
        QString defaultB = active;
        if (defaultB == QLatin1String(gis::kBaseScenario) && names.size() > 1)
            defaultB = names.at(1);
        const int a = m_a->findData(keepA);
        const int b = m_b->findData(keepB);
        m_a->setCurrentIndex(a >= 0 ? a : m_a->findData(QString::fromLatin1(gis::kBaseScenario)));
        m_b->setCurrentIndex(b >= 0 ? b : m_b->findData(defaultB));
    }
    if (scenarioA() != keepA || scenarioB() != keepB || !m_data.a.complete())
        start();
}

ScenarioAnalysis CompareDialog::sideFor(const QString& name) const
{
    ScenarioAnalysis side;
    side.name = name.toStdString();
    // The active scenario's current results are the document's own: no reload, no re-analysis.
    const auto& results = m_document.results();
    if (side.name == m_document.scenario().name && results && results->scenario == side.name
        && m_document.inputs()) {
        side.inputs = std::make_shared<const core::PlanningInputs>(*m_document.inputs());
        side.scenario = std::make_shared<const core::Scenario>(m_document.scenario());
        side.results = results;
    }
    return side;
}

void CompareDialog::start()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_watcher.isRunning()) {
        m_restart = true;
        return;
    }
    m_stale = false;
    if (!m_document.isOpen() || scenarioA().isEmpty() || scenarioB().isEmpty()) {
        m_data = {};
        refresh();
        return;
    }
    // The active scenario's results lag an edit while it is re-analysed: its Results change
    // starts the comparison again.
    const QString active = QString::fromStdString(m_document.scenario().name);
    if ((scenarioA() == active || scenarioB() == active) && m_document.analysing()) {
        m_summary->setText(tr("Waiting for the analysis of %1...").arg(labelOf(active)));
        return;
    }
    m_summary->setText(
        tr("Comparing %1 with %2...").arg(labelOf(scenarioB()), labelOf(scenarioA())));
    const std::string path = m_document.path().toStdString();
    const ScenarioAnalysis a = sideFor(scenarioA());
    const ScenarioAnalysis b = sideFor(scenarioB());
    m_watcher.setFuture(QtConcurrent::run([path, a, b] { return compareScenarios(path, a, b); }));
}

void CompareDialog::onFinished()
{
    if (m_restart) {
        m_restart = false;
        start();
        return;
    }
    m_data = m_watcher.result();
    refresh();
    emit comparisonReady();
}

void CompareDialog::refresh()
{
    const core::Level level = m_document.level();
    m_period->setText(
        tr("Year %1, %2, %3 (as in the main window)")
            .arg(m_document.year())
            .arg(level == core::Level::Primary ? tr("primary") : tr("junior"))
            .arg(m_document.variant() == core::Variant::Low
                    ? tr("low projection")
                    : (m_document.variant() == core::Variant::High ? tr("high projection")
                                                                   : tr("medium projection"))));
    m_error = m_data.error;
    m_tables = {};
    QHash<QString, double> shortfallChange;
    QSet<QString> changedZones;
    if (m_data.error.isEmpty() && m_data.a.complete() && m_data.b.complete()) {
        core::CompareOptions options;
        options.year = m_document.year();
        options.variant = m_document.variant();
        core::ScenarioComparison comparison
            = core::compareResults(*m_data.a.results, *m_data.b.results, options);
        comparison.zones = m_data.zones;
        CompareTables::Names names { namesOf(m_document, "schools"), namesOf(m_document, "zones") };
        for (const core::School& s : m_data.b.inputs->schools)
            names.schools.insert(QString::fromStdString(s.id), QString::fromStdString(s.name));
        for (const core::ScenarioEdit& edit : m_data.b.scenario->edits)
            if (const auto* n = std::get_if<core::NewSchoolEdit>(&edit))
                names.schools.insert(
                    QString::fromStdString(n->school.id), QString::fromStdString(n->school.name));
        const CompareTables::FlagYears flagYears { flagYearsBySubject(*m_data.a.results, level,
                                                       m_document.variant()),
            flagYearsBySubject(*m_data.b.results, level, m_document.variant()) };
        m_tables = CompareTables::build(comparison, level,
            labelOf(QString::fromStdString(m_data.a.name)),
            labelOf(QString::fromStdString(m_data.b.name)), names, m_changedOnly->isChecked(),
            flagYears);

        // Each zone takes the change of the catchment serving it (largest share) in B.
        std::map<std::string, double> catchmentChange;
        for (const core::BalanceChange& c : comparison.catchments)
            if (c.level == level)
                catchmentChange[c.id] = c.shortfallB - c.shortfallA;
        std::map<std::string, std::pair<std::string, double>> zoneCatchment;
        for (const core::Catchment& c : effectiveCatchments(*m_data.b.inputs, *m_data.b.scenario)) {
            if (c.level != level)
                continue;
            for (const core::ZoneShare& z : c.zones) {
                auto& best = zoneCatchment[z.zoneId];
                if (z.share > best.second)
                    best = { c.id, z.share };
            }
        }
        for (const auto& [zone, best] : zoneCatchment)
            if (const auto found = catchmentChange.find(best.first); found != catchmentChange.end())
                shortfallChange.insert(QString::fromStdString(zone), found->second);
        for (const core::ZoneChange& z : m_data.zones)
            if (z.level == level)
                changedZones.insert(QString::fromStdString(z.zoneId));

        int raised = 0;
        int resolved = 0;
        for (const core::FlagChange& f : comparison.flags)
            if (!f.flag.level || *f.flag.level == level)
                ++(f.added ? raised : resolved);
        m_summary->setText(tr("%1 against %2: %3 school(s) or catchment(s) listed, %4 zone(s) "
                              "changed school, %5 flag(s) raised, %6 resolved.")
                               .arg(labelOf(QString::fromStdString(m_data.b.name)),
                                   labelOf(QString::fromStdString(m_data.a.name)))
                               .arg(m_tables.balance.rows.size())
                               .arg(m_tables.zones.rows.size())
                               .arg(raised)
                               .arg(resolved));
    } else {
        m_summary->setText(
            m_data.error.isEmpty() ? QString() : tr("The comparison failed: %1").arg(m_data.error));
    }
    fillModel(*m_balanceModel, m_tables.balance);
    fillModel(*m_zonesModel, m_tables.zones);
    fillModel(*m_flagsModel, m_tables.flags);
    const MapLayer* zones = m_document.findLayer(QStringLiteral("zones"));
    m_map->setData(zones && !m_tables.balance.columns.empty() ? zones->data : nullptr,
        std::move(shortfallChange), std::move(changedZones));
    m_export->setEnabled(!m_tables.balance.columns.empty());
}

QString CompareDialog::labelOf(const QString& name) const
{
    return name == QLatin1String(gis::kBaseScenario) ? tr("Base") : name;
}

void CompareDialog::exportTo(const QString& path) const
{
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        gis::writeCsv(path.toStdString(), m_tables.balance);
    else
        gis::writeXlsx(path.toStdString(), { m_tables.balance, m_tables.zones, m_tables.flags });
}

void CompareDialog::askExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the comparison"), QString(),
        tr("Excel workbooks (*.xlsx);;CSV, schools and catchments (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        exportTo(path);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Export the comparison"),
            tr("The comparison could not be written:\n%1\n\nChoose another folder or close the "
               "file if it is open in Excel.")
                .arg(QString::fromStdString(e.what())));
    }
}

void CompareDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_stale)
        start();
}

void CompareDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillScenarios();
        refresh();
    }
    QDialog::changeEvent(event);
}

void CompareDialog::retranslate()
{
    setWindowTitle(tr("Compare scenarios"));
    m_aLabel->setText(tr("Scenario A (before):"));
    m_bLabel->setText(tr("Scenario B (after):"));
    m_changedOnly->setText(tr("Changed rows only"));
    m_export->setText(tr("Export..."));
    m_tabs->setTabText(0, tr("Schools and catchments"));
    m_tabs->setTabText(1, tr("Zones that changed school"));
    m_tabs->setTabText(2, tr("Flags"));
    m_tabs->setTabText(3, tr("Difference map"));
}

} // namespace seatplan::ui
