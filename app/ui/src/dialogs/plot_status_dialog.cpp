#include "plot_status_dialog.h"

#include "seatplan/render/code_labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace seatplan::ui {

PlotStatusDialog::PlotStatusDialog(const core::Plot& plot, QWidget* parent)
    : QDialog(parent)
    , m_plotId(plot.id)
    , m_status(new QComboBox(this))
    , m_note(new QLineEdit(QString::fromStdString(plot.note), this))
{
    setWindowTitle(
        tr("Plot %1").arg(QString::fromStdString(plot.name.empty() ? plot.id : plot.name)));
    for (const auto status :
        { core::PlotStatus::Planned, core::PlotStatus::Acquired, core::PlotStatus::Built })
        m_status->addItem(render::CodeLabels::plotStatus(status), static_cast<int>(status));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(plot.status)));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Note"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

core::PlotStatusEdit PlotStatusDialog::edit() const
{
    return { m_plotId, static_cast<core::PlotStatus>(m_status->currentData().toInt()),
        m_note->text().trimmed().toStdString() };
}

} // namespace seatplan::ui
