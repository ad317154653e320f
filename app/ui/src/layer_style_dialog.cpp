#include "seatplan/ui/layer_style_dialog.h"

#include "seatplan/ui/field_labels.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

namespace seatplan::ui {

namespace {
    constexpr double kMaxStrokeWidth = 10.0; ///< pixels
    constexpr double kMinPointSize = 1.0; ///< pixels
    constexpr double kMaxPointSize = 40.0; ///< pixels
    constexpr int kPercent = 100;
    constexpr int kAlphaMax = 255;
} // namespace

LayerStyleDialog::LayerStyleDialog(const QString& layerName, const render::LayerStyle& style,
    const QStringList& fields, bool points, QWidget* parent)
    : QDialog(parent)
    , m_style(style)
    , m_fill(new QPushButton(this))
    , m_fillOpacity(new QSpinBox(this))
    , m_stroke(new QPushButton(this))
    , m_strokeWidth(new QDoubleSpinBox(this))
    , m_pointSize(new QDoubleSpinBox(this))
    , m_label(new QComboBox(this))
{
    setObjectName(QStringLiteral("layerStyleDialog"));
    setWindowTitle(tr("Style of %1").arg(layerName));
    m_fill->setObjectName(QStringLiteral("styleFill"));
    m_stroke->setObjectName(QStringLiteral("styleStroke"));
    m_fillOpacity->setObjectName(QStringLiteral("styleFillOpacity"));
    m_strokeWidth->setObjectName(QStringLiteral("styleStrokeWidth"));
    m_pointSize->setObjectName(QStringLiteral("stylePointSize"));
    m_label->setObjectName(QStringLiteral("styleLabel"));

    setButtonColor(m_fill, style.fill);
    setButtonColor(m_stroke, style.stroke);
    m_fillOpacity->setRange(0, kPercent);
    m_fillOpacity->setSuffix(QStringLiteral(" %"));
    m_fillOpacity->setValue(
        static_cast<int>(std::lround(style.fill.alphaF() * static_cast<double>(kPercent))));
    m_strokeWidth->setRange(0.0, kMaxStrokeWidth);
    m_strokeWidth->setSingleStep(0.2);
    m_strokeWidth->setSuffix(tr(" px"));
    m_strokeWidth->setValue(style.strokeWidth);
    m_pointSize->setRange(kMinPointSize, kMaxPointSize);
    m_pointSize->setSuffix(tr(" px"));
    m_pointSize->setValue(style.pointSize);
    m_pointSize->setEnabled(points);
    m_label->addItem(tr("(no labels)"), QString());
    for (const QString& f : fields)
        m_label->addItem(QStringLiteral("%1 (%2)").arg(FieldLabels::label(f), f), f);
    m_label->setCurrentIndex(std::max(0, m_label->findData(style.labelField)));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Fill colour:"), m_fill);
    form->addRow(tr("Fill opacity:"), m_fillOpacity);
    form->addRow(tr("Outline colour:"), m_stroke);
    form->addRow(tr("Outline width:"), m_strokeWidth);
    form->addRow(tr("Point size:"), m_pointSize);
    form->addRow(tr("Labels:"), m_label);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fill, &QPushButton::clicked, this, [this] {
        const QColor color = QColorDialog::getColor(m_style.fill, this, tr("Fill colour"));
        if (color.isValid()) {
            m_style.fill.setRgb(color.red(), color.green(), color.blue(), m_style.fill.alpha());
            m_fillChanged = true;
            setButtonColor(m_fill, m_style.fill);
        }
    });
    connect(m_stroke, &QPushButton::clicked, this, [this] {
        const QColor color = QColorDialog::getColor(m_style.stroke, this, tr("Outline colour"));
        if (color.isValid()) {
            m_style.stroke = color;
            setButtonColor(m_stroke, color);
        }
    });
}

void LayerStyleDialog::setButtonColor(QPushButton* button, const QColor& color)
{
    button->setText(color.name());
    button->setStyleSheet(
        QStringLiteral("background-color: %1; color: %2")
            .arg(color.name(),
                color.lightness() > 128 ? QStringLiteral("black") : QStringLiteral("white")));
    button->setProperty("color", color);
}

render::LayerStyle LayerStyleDialog::style() const
{
    render::LayerStyle style = m_style;
    style.fill = m_fill->property("color").value<QColor>();
    style.fill.setAlpha(m_fillOpacity->value() * kAlphaMax / kPercent);
    style.stroke = m_stroke->property("color").value<QColor>();
    style.strokeWidth = m_strokeWidth->value();
    style.pointSize = m_pointSize->value();
    style.labelField = m_label->currentData().toString();
    if (m_fillChanged)
        style.featureFill.clear(); // one colour for all, as chosen
    return style;
}

} // namespace seatplan::ui
