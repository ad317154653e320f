#include "seatplan/ui/tools/object_menu.h"

#include "../dialogs/plot_status_dialog.h"
#include "../dialogs/school_change_dialog.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/tools/edit_context.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMenu>

namespace seatplan::ui {

namespace {

    class ObjectMenu {
        Q_DECLARE_TR_FUNCTIONS(ObjectMenu)
    public:
        static void schoolMenu(EditContext* context, const core::School& school, QPointF map,
            QMenu& menu, QWidget* parent);
        static void plotMenu(
            EditContext* context, const core::Plot& plot, QMenu& menu, QWidget* parent);
    };

    /// The school `id` with the scenario's new schools included, or nothing.
    std::optional<core::School> findSchool(const PlanDocument& document, const std::string& id)
    {
        for (const core::School& s : document.inputs()->schools)
            if (s.id == id)
                return s;
        for (const core::ScenarioEdit& e : document.scenario().edits)
            if (const auto* add = std::get_if<core::NewSchoolEdit>(&e); add && add->school.id == id)
                return add->school;
        return std::nullopt;
    }

    void ObjectMenu::schoolMenu(
        EditContext* context, const core::School& school, QPointF map, QMenu& menu, QWidget* parent)
    {
        PlanDocument* d = context->document();
        const QString name = QString::fromStdString(school.name.empty() ? school.id : school.name);
        menu.addSection(name);
        menu.addAction(tr("Edit this school's catchment"), parent,
            [context, map] { context->pickTargetAt(map); });
        menu.addAction(tr("Expand from a year..."), parent, [=] {
            SchoolChangeDialog dialog(SchoolChangeDialog::Mode::Expand, school, d->year(),
                d->firstYear(), d->lastYear(), parent);
            if (dialog.exec() == QDialog::Accepted)
                context->apply({ dialog.expansion() }, {});
        });
        menu.addAction(tr("Convert from a year..."), parent, [=] {
            SchoolChangeDialog dialog(SchoolChangeDialog::Mode::Convert, school, d->year(),
                d->firstYear(), d->lastYear(), parent);
            if (dialog.exec() == QDialog::Accepted)
                context->apply({ dialog.conversion() }, {});
        });
        menu.addAction(tr("Close from a year..."), parent, [=] {
            bool ok = false;
            const int year = QInputDialog::getInt(parent, tr("Close %1").arg(name),
                tr("No seats from school year"), d->year(), d->firstYear(), d->lastYear(), 1, &ok);
            if (ok)
                context->apply({ core::ClosureEdit { school.id, year } }, {});
        });
    }

    void ObjectMenu::plotMenu(
        EditContext* context, const core::Plot& plot, QMenu& menu, QWidget* parent)
    {
        // The plot as the scenario has it (its last status edit wins).
        core::Plot current = plot;
        for (const core::ScenarioEdit& e : context->document()->scenario().edits)
            if (const auto* pe = std::get_if<core::PlotStatusEdit>(&e);
                pe && pe->plotId == plot.id) {
                current.status = pe->status;
                current.note = pe->note;
            }
        menu.addSection(QString::fromStdString(plot.name.empty() ? plot.id : plot.name));
        menu.addAction(tr("Mark status..."), parent, [=] {
            PlotStatusDialog dialog(current, parent);
            if (dialog.exec() == QDialog::Accepted)
                context->apply({ dialog.edit() }, {});
        });
    }

} // namespace

void showObjectMenu(EditContext* context, QPointF map, QPoint global, QWidget* parent)
{
    PlanDocument* document = context->document();
    if (!context->editable()) {
        emit context->message(QCoreApplication::translate("seatplan::ui::EditContext",
            "This scenario cannot be edited: create or choose a scenario other than the base "
            "first."));
        return;
    }
    QMenu menu(parent);
    const std::string school = context->schoolAt(map).toStdString();
    const std::string plot = context->featureAt(QStringLiteral("plots"), map).toStdString();
    if (const auto s = school.empty() ? std::nullopt : findSchool(*document, school))
        ObjectMenu::schoolMenu(context, *s, map, menu, parent);
    else if (!plot.empty())
        for (const core::Plot& p : document->inputs()->plots)
            if (p.id == plot)
                ObjectMenu::plotMenu(context, p, menu, parent);
    if (!menu.isEmpty())
        menu.exec(global);
}

} // namespace seatplan::ui
