#include "plot_status_dialog.h"

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
    m_status->addItem(tr("planned"), static_cast<int>(core::PlotStatus::Planned));
    m_status->addItem(tr("acquired"), static_cast<int>(core::PlotStatus::Acquired));
    m_status->addItem(tr("built"), static_cast<int>(core::PlotStatus::Built));
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
