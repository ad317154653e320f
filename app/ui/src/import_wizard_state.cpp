#include "import_wizard_state.h"

#include "seatplan/gis/source.h"

#include <exception>

namespace seatplan::ui {

bool ImportWizardState::read()
{
    const bool table = gis::importRoleKind(options.role) == gis::GeometryKind::None;
    const QString key = QStringList { sourcePath, QString::fromStdString(options.source.layer),
        QString::fromStdString(options.source.encoding),
        QString::fromStdString(options.source.sourceCrs), table ? QString() : projectCrs }
                            .join(QChar(0x1f));
    if (key == m_readKey && (sample || !readError.isEmpty()))
        return sample != nullptr;
    m_readKey = key;
    sample.reset();
    readError.clear();
    sampleReport = {};
    try {
        gis::ImportReport report;
        auto layer = std::make_shared<gis::VectorLayer>(gis::readSource(sourcePath.toStdString(),
            options.source, table ? std::string() : projectCrs.toStdString(), report));
        sampleReport = std::move(report);
        sample = std::move(layer);
    } catch (const std::exception& e) {
        readError = QString::fromStdString(e.what());
    }
    return sample != nullptr;
}

QList<QPair<QString, QString>> ImportWizardState::autoMapping() const
{
    QList<QPair<QString, QString>> rows;
    gis::ImportReport none;
    for (const gis::Field& f : gis::mapFields(gis::VectorLayer {}, options.role, {}, none).fields)
        rows.append({ QString::fromStdString(f.name), QString() });
    if (!sample)
        return rows;
    gis::ImportReport report;
    gis::mapFields(*sample, options.role, {}, report);
    for (const gis::ReportEntry& e : report.entriesOf(gis::ReportCode::FieldMapped)) {
        for (auto& row : rows) {
            if (!e.values.empty() && row.first == QString::fromStdString(e.field))
                row.second = QString::fromStdString(e.values.front());
        }
    }
    return rows;
}

QStringList ImportWizardState::sourceColumns() const
{
    QStringList columns;
    if (sample) {
        for (const gis::Field& f : sample->fields)
            columns << QString::fromStdString(f.name);
    }
    return columns;
}

gis::VectorLayer ImportWizardState::mapped(gis::ImportReport& report) const
{
    return sample ? gis::mapFields(*sample, options.role, options.fields, report)
                  : gis::VectorLayer {};
}

} // namespace seatplan::ui
