#include "seatplan/ui/layer_commands.h"
#include "seatplan/ui/layer_style_dialog.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/project_loader.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QSpinBox>

#include <catch2/catch.hpp>

#include <map>

using namespace seatplan;

TEST_CASE(
    "A style edit is undoable and bumps only the edited layer's revision", "[app][layer_style]")
{
    const QString sample = QStringLiteral(SEATPLAN_SOURCE_DIR "/data/meizhou.gpkg");
    if (!QFileInfo::exists(sample)) {
        WARN("sample project data/meizhou.gpkg absent; skipped");
        return;
    }
    ui::PlanDocument document;
    document.reset(ui::loadProject(sample));
    for (const char* id : { "roads", "schools" }) {
        const QString layerId = QString::fromLatin1(id);
        const int index = document.indexOf(layerId);
        if (index < 0 || !document.layer(index).data) {
            WARN("no " << id << " layer in the sample; skipped");
            continue;
        }
        std::map<QString, std::uint64_t> before;
        for (int i = 0; i < document.layerCount(); ++i)
            before[document.layer(i).id] = document.layer(i).revision;
        const render::LayerStyle original = document.layer(index).baseStyle;

        // The dialog as a planner fills it: wider red outline, bigger points, labels by name.
        QStringList fields;
        for (const gis::Field& f : document.layer(index).data->layer().fields)
            fields << QString::fromStdString(f.name);
        ui::LayerStyleDialog dialog(layerId, original, fields, true);
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("styleStrokeWidth"))->setValue(3.0);
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("stylePointSize"))->setValue(12.0);
        dialog.findChild<QSpinBox*>(QStringLiteral("styleFillOpacity"))->setValue(50);
        auto* label = dialog.findChild<QComboBox*>(QStringLiteral("styleLabel"));
        label->setCurrentIndex(label->findData(QStringLiteral("name")));
        const render::LayerStyle edited = dialog.style();
        CHECK(edited.strokeWidth == Approx(3.0));
        CHECK(edited.labelField == QStringLiteral("name"));
        CHECK(edited.fill.alpha() == 127);

        document.undoStack()->push(new ui::SetLayerStyleCommand(&document, layerId, edited));
        const ui::MapLayer& layer = document.layer(document.indexOf(layerId));
        CHECK(layer.baseStyle.strokeWidth == Approx(3.0));
        CHECK(layer.style->strokeWidth == Approx(3.0)); // drawn, thematic or not
        CHECK(layer.style->pointSize == Approx(12.0));
        CHECK(layer.style->labelField == QStringLiteral("name"));
        for (int i = 0; i < document.layerCount(); ++i) {
            const ui::MapLayer& l = document.layer(i);
            if (l.id == layerId)
                CHECK(l.revision > before[l.id]);
            else
                CHECK(l.revision == before[l.id]);
        }
        document.undoStack()->undo();
        const ui::MapLayer& undone = document.layer(document.indexOf(layerId));
        CHECK(undone.baseStyle.strokeWidth == Approx(original.strokeWidth));
        CHECK(undone.style->labelField == original.labelField);
    }
}
