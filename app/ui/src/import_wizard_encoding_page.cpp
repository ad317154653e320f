#include "import_wizard_encoding_page.h"

#include "import_wizard_state.h"
#include "seatplan/render/import_report_text.h"
#include "seatplan/ui/import_wizard.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace seatplan::ui {

ImportWizardEncodingPage::ImportWizardEncodingPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_encoding(new QComboBox(this))
    , m_crs(new QComboBox(this))
    , m_detected(new QLabel(this))
{
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_crs->setObjectName(QStringLiteral("importCrs"));
    m_detected->setObjectName(QStringLiteral("importDetected"));
    m_detected->setWordWrap(true);
    m_detected->setTextFormat(Qt::RichText);
    m_encoding->addItem(QString(), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(QString(), QStringLiteral("CP936"));
    m_encoding->addItem(QStringLiteral("GB18030"), QStringLiteral("GB18030"));
    m_crs->setEditable(true);
    m_crs->setInsertPolicy(QComboBox::NoInsert);
    for (const char* crs : { "", "EPSG:4326", "EPSG:4490", "gcj02", "bd09" })
        m_crs->addItem(QString(), QString::fromLatin1(crs));

    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(this), m_encoding);
    form->addRow(new QLabel(this), m_crs);
    form->addRow(m_detected);
    retranslate();
    connect(m_encoding, &QComboBox::activated, this, &ImportWizardEncodingPage::apply);
    connect(m_crs, &QComboBox::activated, this, &ImportWizardEncodingPage::apply);
    connect(m_crs->lineEdit(), &QLineEdit::editingFinished, this, &ImportWizardEncodingPage::apply);
}

void ImportWizardEncodingPage::retranslate()
{
    setTitle(tr("Encoding and coordinate system"));
    setSubTitle(tr("SeatPlan detects both; check them, above all when the CRS is only a guess."));
    m_encoding->setItemText(0, tr("Detect"));
    m_encoding->setItemText(2, tr("GBK (CP936)"));
    // Keep a typed CRS (an EPSG code or WKT) while the entries change language.
    const bool typed = m_crs->findText(m_crs->currentText()) < 0;
    const QString text = m_crs->currentText();
    m_crs->setItemText(0, tr("The file's own (or a guess)"));
    m_crs->setItemText(1, tr("WGS 84 lon/lat (EPSG:4326)"));
    m_crs->setItemText(2, tr("CGCS2000 lon/lat (EPSG:4490)"));
    m_crs->setItemText(3, tr("GCJ-02 lon/lat (Amap, Tencent, DataV)"));
    m_crs->setItemText(4, tr("BD-09 lon/lat (Baidu)"));
    if (typed)
        m_crs->setEditText(text);
    m_crs->setToolTip(tr("Pick an entry or type EPSG:N or a WKT definition."));
    auto* form = static_cast<QFormLayout*>(layout());
    static_cast<QLabel*>(form->itemAt(0, QFormLayout::LabelRole)->widget())
        ->setText(tr("Text encoding:"));
    static_cast<QLabel*>(form->itemAt(1, QFormLayout::LabelRole)->widget())
        ->setText(tr("Coordinate system of the file:"));
    if (!m_detected->text().isEmpty())
        apply(); // the source is cached: this only rewords what was detected
}

void ImportWizardEncodingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportWizardEncodingPage::initializePage()
{
    const ImportWizardState& state = m_wizard->state();
    m_encoding->setEnabled(!state.raster);
    apply();
}

QString ImportWizardEncodingPage::chosenCrs() const
{
    const int index = m_crs->findText(m_crs->currentText());
    return index >= 0 ? m_crs->itemData(index).toString() : m_crs->currentText().trimmed();
}

void ImportWizardEncodingPage::apply()
{
    ImportWizardState& state = m_wizard->state();
    state.options.source.encoding = m_encoding->currentData().toString().toStdString();
    state.options.source.sourceCrs = chosenCrs().toStdString();
    if (state.raster) {
        m_detected->setText(tr("A raster: its CRS is read from the file; choose one above only "
                               "when it has none. It is warped to the project CRS (%1) keeping "
                               "the population total.")
                                .arg(state.projectCrs));
        emit completeChanged();
        return;
    }
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const bool ok = state.read();
    QApplication::restoreOverrideCursor();
    if (!ok) {
        m_detected->setText(QStringLiteral("<p style='color:#b2182b'>%1</p>")
                                .arg(tr("The file cannot be read with these settings: %1")
                                         .arg(state.readError.toHtmlEscaped())));
        emit completeChanged();
        return;
    }
    const gis::ImportReport& r = state.sampleReport;
    const QString encoding = render::ImportReportText::encoding(r);
    QString html = tr("<p>Encoding: <b>%1</b></p>")
                       .arg(encoding.isEmpty() ? QStringLiteral("-") : encoding.toHtmlEscaped());
    const QString crs = QString::fromStdString(r.sourceCrs).toHtmlEscaped();
    if (r.crsGuessed()) {
        html += tr("<p style='color:#b35806'>CRS: <b>%1 - a guess</b>, the file does not say. "
                   "%2</p><p>Boundaries from Amap, Tencent or DataV are GCJ-02 even when they "
                   "claim WGS 84; choose GCJ-02 for them, or the layer lies some 500 m "
                   "off.</p>")
                    .arg(crs, render::ImportReportText::crsGuess(r.crsGuess).toHtmlEscaped());
    } else {
        html += tr("<p>CRS: <b>%1</b></p>")
                    .arg(crs.isEmpty() ? tr("none (a table)")
                                       : render::ImportReportText::sourceCrs(r).toHtmlEscaped());
    }
    if (r.correction != gis::DatumShift::None)
        html += tr("<p>Correction: %1</p>")
                    .arg(render::ImportReportText::correction(r.correction).toHtmlEscaped());
    html += tr("<p>%n feature(s) read; the project CRS is %1.</p>", nullptr,
        static_cast<int>(state.sample->features.size()))
                .arg(state.projectCrs);
    m_detected->setText(html);
    emit completeChanged();
}

bool ImportWizardEncodingPage::isComplete() const
{
    const ImportWizardState& state = m_wizard->state();
    return state.raster || state.sample != nullptr;
}

bool ImportWizardEncodingPage::validatePage()
{
    apply();
    return isComplete();
}

int ImportWizardEncodingPage::nextId() const
{
    return m_wizard->state().raster ? ImportWizard::PreviewPage : ImportWizard::FieldsPage;
}

} // namespace seatplan::ui
