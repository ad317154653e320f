#include "seatplan/ui/results_dock.h"

#include "seatplan/render/code_labels.h"
#include "seatplan/render/flag_text.h"
#include "seatplan/ui/field_labels.h"
#include "seatplan/ui/layer_tree_model.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/results_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace seatplan::ui {

ResultsDock::ResultsDock(PlanDocument* document, QWidget* parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_model(new ResultsModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("resultsDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::EditRole);
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* yearRow = new QHBoxLayout;
    m_yearLabel = new QLabel(body);
    m_year = new QSlider(Qt::Horizontal, body);
    m_year->setObjectName(QStringLiteral("yearSlider"));
    m_year->setTickPosition(QSlider::TicksBelow);
    m_year->setPageStep(1);
    yearRow->addWidget(m_yearLabel);
    yearRow->addWidget(m_year, 1);
    layout->addLayout(yearRow);

    auto* options = new QHBoxLayout;
    m_level = new QComboBox(body);
    m_variant = new QComboBox(body);
    m_variant->setObjectName(QStringLiteral("variantCombo"));
    m_mapScope = new QComboBox(body);
    m_tableScope = new QComboBox(body);
    m_rings = new QCheckBox(body);
    options->addWidget(m_level);
    options->addWidget(m_variant);
    options->addWidget(m_mapScope);
    options->addWidget(m_tableScope);
    options->addWidget(m_rings);
    options->addStretch(1);
    layout->addLayout(options);
    m_note = new QLabel(body);
    m_note->setObjectName(QStringLiteral("resultsNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    m_note->setStyleSheet(QStringLiteral("color: #8a6d3b"));
    layout->addWidget(m_note);
    connect(m_note, &QLabel::linkActivated, this, &ResultsDock::showFragmentedCatchments);

    auto* split = new QSplitter(Qt::Vertical, body);
    m_table = new QTableView(split);
    m_table->setModel(m_proxy);
    // Unsorted (the model's order) until a header is clicked; Qt would start descending.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(ResultsModel::PiecesColumn, true); // schools first
    m_details = new QTextBrowser(split);
    m_details->setObjectName(QStringLiteral("detailsPanel"));
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3); // the table is what planners scan
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    setWidget(body);

    connect(m_year, &QSlider::valueChanged, document, &PlanDocument::setYear);
    connect(m_level, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_document->setLevel(i == 1 ? core::Level::Junior : core::Level::Primary);
    });
    connect(m_variant, &QComboBox::currentIndexChanged, this, [this](int i) {
        static const core::Variant variants[]
            = { core::Variant::Low, core::Variant::Medium, core::Variant::High };
        m_document->setVariant(variants[std::clamp(i, 0, 2)]);
    });
    connect(m_mapScope, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_document->setShortfallScope(static_cast<ShortfallScope>(std::max(0, i)));
    });
    connect(m_tableScope, &QComboBox::currentIndexChanged, this, [this](int i) {
        static const core::Scope scopes[] = { core::Scope::School, core::Scope::Catchment,
            core::Scope::Town, core::Scope::County };
        m_model->setScope(scopes[std::clamp(i, 0, 3)]);
        // The contiguity mark belongs to catchments only.
        m_table->setColumnHidden(
            ResultsModel::PiecesColumn, m_model->scope() != core::Scope::Catchment);
    });
    connect(m_rings, &QCheckBox::toggled, document, &PlanDocument::setServiceRings);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (!current.isValid() || m_model->scope() != core::Scope::School)
                return;
            // Select the school on the map by its id.
            const QString id = current.data(ResultsModel::SubjectIdRole).toString();
            const MapLayer* schools = m_document->findLayer(QStringLiteral("schools"));
            if (!schools || !schools->data)
                return;
            const gis::VectorLayer& v = schools->data->layer();
            const int field = v.fieldIndex("id");
            for (const gis::Feature& f : v.features)
                if (field >= 0
                    && QString::fromStdString(
                           gis::toText(f.values[static_cast<std::size_t>(field)]))
                        == id)
                    m_document->setSelection(QStringLiteral("schools"), { f.fid });
        });
    connect(document, &PlanDocument::changed, this, &ResultsDock::onDocumentChanged);
    retranslate();
    syncControls();
}

void ResultsDock::onDocumentChanged(const ChangeEvent& event)
{
    switch (event.kind) {
    case ChangeEvent::Kind::Reset:
    case ChangeEvent::Kind::Results:
    case ChangeEvent::Kind::Period:
        syncControls();
        updateDetails();
        break;
    case ChangeEvent::Kind::Selection:
        updateDetails();
        followSelection();
        break;
    default:
        break;
    }
}

void ResultsDock::syncControls()
{
    const QSignalBlocker block(m_year);
    m_year->setRange(m_document->firstYear(), m_document->lastYear());
    m_year->setValue(m_document->year());
    {
        const QSignalBlocker blockVariant(m_variant);
        m_variant->setCurrentIndex(static_cast<int>(m_document->variant()));
    }
    m_yearLabel->setText(tr("Year %1").arg(m_document->year()));
    const bool have = m_document->results() != nullptr;
    QString note;
    if (!have && m_document->isOpen())
        note = tr("No analysis results for this project yet: the map shows the data "
                  "only. Results appear once the project holds cohorts and catchments.")
            + (m_document->analysisNote().isEmpty()
                    ? QString()
                    : QStringLiteral(" (%1)").arg(m_document->analysisNote()))
                  .toHtmlEscaped();
    // The contiguity check: catchments whose zones fell into pieces. The count and a link to
    // them in the table; the ids (dozens on real data) only in the tooltip.
    QString fragmentedIds;
    if (const auto& fragmented = m_document->fragmentedCatchments(); !fragmented.isEmpty()) {
        QStringList ids = fragmented.keys();
        ids.sort();
        fragmentedIds = ids.join(QStringLiteral(", "));
        if (!note.isEmpty())
            note += QStringLiteral("<br>");
        note += tr("%n catchment(s) fall into separate pieces. <a href=\"pieces\">Show them</a>",
            nullptr, static_cast<int>(ids.size()));
    }
    m_note->setToolTip(fragmentedIds);
    m_note->setVisible(!note.isEmpty());
    m_note->setText(note);
}

void ResultsDock::followSelection()
{
    // A school picked on the map or in the attribute table: its row here too.
    if (m_model->scope() != core::Scope::School
        || m_document->selectionLayer() != QStringLiteral("schools")
        || m_document->selectedFids().isEmpty())
        return;
    const MapLayer* schools = m_document->findLayer(QStringLiteral("schools"));
    if (!schools || !schools->data)
        return;
    const gis::VectorLayer& v = schools->data->layer();
    const std::int64_t index = v.indexOfFid(*m_document->selectedFids().cbegin());
    const int field = v.fieldIndex("id");
    if (index < 0 || field < 0)
        return;
    const QString id = QString::fromStdString(gis::toText(
        v.features[static_cast<std::size_t>(index)].values[static_cast<std::size_t>(field)]));
    if (m_table->currentIndex().data(ResultsModel::SubjectIdRole).toString() == id)
        return; // already there (also ends the echo of our own row selection)
    const QModelIndexList found = m_proxy->match(
        m_proxy->index(0, 0), ResultsModel::SubjectIdRole, id, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return;
    m_table->setCurrentIndex(found.front());
    m_table->scrollTo(found.front());
}

void ResultsDock::showFragmentedCatchments()
{
    m_tableScope->setCurrentIndex(1); // catchments, which shows the Pieces column
    m_table->sortByColumn(ResultsModel::PiecesColumn, Qt::DescendingOrder);
    m_table->scrollToTop();
}

QString ResultsDock::detailsText() const
{
    return m_details->toPlainText();
}

void ResultsDock::updateDetails()
{
    const MapLayer* layer = m_document->findLayer(m_document->selectionLayer());
    if (!layer || !layer->data || m_document->selectedFids().isEmpty()) {
        m_details->setHtml(tr("<i>Click a feature on the map (Identify tool) or select a row to "
                              "see its attributes, results and flags.</i>"));
        return;
    }
    const gis::VectorLayer& v = layer->data->layer();
    const qint64 fid = *m_document->selectedFids().cbegin();
    const std::int64_t index = v.indexOfFid(fid);
    if (index < 0)
        return;
    const gis::Feature& f = v.features[static_cast<std::size_t>(index)];
    QString html;
    const int nameField = v.fieldIndex("name");
    const QString name = nameField >= 0
        ? QString::fromStdString(gis::toText(f.values[static_cast<std::size_t>(nameField)]))
        : QString::number(fid);
    html += QStringLiteral("<h3>%1 <small>(%2)</small></h3>")
                .arg(name.toHtmlEscaped(), LayerTreeModel::displayName(layer->id));
    if (m_document->selectedFids().size() > 1)
        html += tr("<p>%n features selected; showing the first.</p>", nullptr,
            static_cast<int>(m_document->selectedFids().size()));

    // Results of the year for this subject, both levels.
    const QString idField
        = layer->id == QLatin1String("schools") || layer->id == QLatin1String("catchments")
        ? QStringLiteral("id")
        : QStringLiteral("code");
    const int idIndex = v.fieldIndex(idField.toStdString());
    const std::string id
        = idIndex >= 0 ? gis::toText(f.values[static_cast<std::size_t>(idIndex)]) : "";
    if (const auto& results = m_document->results(); results && !id.empty()) {
        const std::vector<core::BalanceRow>* rows = nullptr;
        if (layer->id == QLatin1String("schools"))
            rows = &results->schools;
        else if (layer->id == QLatin1String("catchments"))
            rows = &results->catchments;
        else if (layer->id == QLatin1String("towns"))
            rows = &results->towns;
        else if (layer->id == QLatin1String("counties"))
            rows = &results->counties;
        if (rows) {
            html += tr("<h4>Results %1</h4>").arg(m_document->year());
            html += QStringLiteral("<table cellspacing=0 cellpadding=2>");
            for (const core::BalanceRow& r : *rows) {
                if (r.id != id || r.year != m_document->year()
                    || r.variant != m_document->variant())
                    continue;
                html += tr("<tr><td><b>%1</b></td><td>demand %2</td><td>seats %3</td>"
                           "<td>shortfall %4</td><td>surplus %5</td><td>utilisation %6%</td></tr>")
                            .arg(r.level == core::Level::Primary ? tr("Primary") : tr("Junior"))
                            .arg(r.demand, 0, 'f', 0)
                            .arg(r.capacity, 0, 'f', 0)
                            .arg(r.shortfall, 0, 'f', 0)
                            .arg(r.surplus, 0, 'f', 0)
                            .arg(r.utilisation * 100.0, 0, 'f', 0);
            }
            html += QStringLiteral("</table>");
        }
        // A flag with a year holds from that year on ("over capacity from 2020"); one per
        // projection variant, the variant shown.
        QString flags;
        for (const core::Flag& flag : results->flags) {
            if (flag.subjectId != id || (flag.year && *flag.year > m_document->year())
                || (flag.variant && *flag.variant != m_document->variant()))
                continue;
            flags += QStringLiteral("<li><b>%1</b>: %2 <br/><small>%3</small></li>")
                         .arg(render::FlagText::ruleName(flag.ruleId).toHtmlEscaped(),
                             render::FlagText::describe(flag).toHtmlEscaped(),
                             QString::fromStdString(flag.citation).toHtmlEscaped());
        }
        if (!flags.isEmpty())
            html += tr("<h4>Flags</h4>") + QStringLiteral("<ul>") + flags + QStringLiteral("</ul>");
    }

    html += tr("<h4>Attributes</h4>") + QStringLiteral("<table cellspacing=0 cellpadding=1>");
    // The attribute table's words: field labels and coded values shown as labels.
    for (std::size_t i = 0; i < v.fields.size(); ++i) {
        const QString field = QString::fromStdString(v.fields[i].name);
        html += QStringLiteral("<tr><td style='color:#555'>%1</td><td>%2</td></tr>")
                    .arg(FieldLabels::label(layer->id, field).toHtmlEscaped(),
                        render::CodeLabels::value(
                            field, QString::fromStdString(gis::toText(f.values[i])))
                            .toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

void ResultsDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void ResultsDock::retranslate()
{
    setWindowTitle(tr("Results"));
    auto refill = [](QComboBox* box, const QStringList& items) {
        const QSignalBlocker block(box);
        const int keep = std::max(0, box->currentIndex());
        box->clear();
        box->addItems(items);
        box->setCurrentIndex(keep);
    };
    refill(m_level, { tr("Primary"), tr("Junior") });
    refill(m_variant, { tr("Low projection"), tr("Medium projection"), tr("High projection") });
    m_variant->setToolTip(tr("The low, medium or high variant of the population projection (from "
                             "the project's assumption ranges)"));
    refill(m_mapScope,
        { tr("Map: towns by shortfall"), tr("Map: catchments by shortfall"),
            tr("Map: counties by shortfall") });
    refill(m_tableScope,
        { tr("Table: schools"), tr("Table: catchments"), tr("Table: towns"),
            tr("Table: counties") });
    m_rings->setText(tr("Service radius"));
    m_year->setToolTip(tr("The year shown on the map and in the tables"));
    syncControls();
    updateDetails();
}

} // namespace seatplan::ui
