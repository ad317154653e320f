#include "seatplan/ui/field_labels.h"

namespace seatplan::ui {

QString FieldLabels::label(const QString& name)
{
    struct Entry {
        const char* field;
        const char* text;
    };
    // QT_TR_NOOP keeps the texts in the FieldLabels context for lupdate.
    static const Entry entries[] = {
        { "fid", QT_TR_NOOP("Feature id") },
        { "id", QT_TR_NOOP("ID") },
        { "code", QT_TR_NOOP("Code") },
        { "name", QT_TR_NOOP("Name") },
        { "county_code", QT_TR_NOOP("County code") },
        { "town_code", QT_TR_NOOP("Town code") },
        { "urban", QT_TR_NOOP("Urban") },
        { "population", QT_TR_NOOP("Population") },
        { "level", QT_TR_NOOP("Level") },
        { "is_public", QT_TR_NOOP("Public") },
        { "boarding", QT_TR_NOOP("Boarding") },
        { "edu_group", QT_TR_NOOP("Education group") },
        { "classes_primary", QT_TR_NOOP("Primary classes") },
        { "classes_junior", QT_TR_NOOP("Junior classes") },
        { "students_primary", QT_TR_NOOP("Primary students") },
        { "students_junior", QT_TR_NOOP("Junior students") },
        { "max_class_size", QT_TR_NOOP("Largest class") },
        { "disabled_students", QT_TR_NOOP("Students with disabilities") },
        { "resource_room", QT_TR_NOOP("Resource room") },
        { "opening_year", QT_TR_NOOP("Opening year") },
        { "closing_year", QT_TR_NOOP("Closing year") },
        { "scenario", QT_TR_NOOP("Scenario") },
        { "school_ids", QT_TR_NOOP("Schools") },
        { "locked", QT_TR_NOOP("Locked") },
        { "planned_level", QT_TR_NOOP("Planned level") },
        { "planned_classes", QT_TR_NOOP("Planned classes") },
        { "status", QT_TR_NOOP("Status") },
        { "note", QT_TR_NOOP("Note") },
        { "site_area_m2", QT_TR_NOOP("Site area (m²)") },
        { "far_old", QT_TR_NOOP("Old floor area ratio") },
        { "far_new", QT_TR_NOOP("New floor area ratio") },
        { "residential_share", QT_TR_NOOP("Residential share") },
        { "dwellings", QT_TR_NOOP("Dwellings") },
        { "floor_area_m2", QT_TR_NOOP("Floor area (m²)") },
        { "school_plot_id", QT_TR_NOOP("School plot") },
        { "class", QT_TR_NOOP("Land-use class") },
        { "kind", QT_TR_NOOP("Kind") },
        { "zone_id", QT_TR_NOOP("Zone") },
        { "year", QT_TR_NOOP("Year") },
        { "age", QT_TR_NOOP("Age") },
        { "persons", QT_TR_NOOP("Persons") },
        { "area_code", QT_TR_NOOP("Area code") },
        { "births", QT_TR_NOOP("Births") },
        { "school_id", QT_TR_NOOP("School") },
        { "grade", QT_TR_NOOP("Grade") },
        { "students", QT_TR_NOOP("Students") },
    };
    for (const Entry& e : entries) {
        if (name == QLatin1String(e.field))
            return tr(e.text);
    }
    return name;
}

QString FieldLabels::label(const QString& layer, const QString& name)
{
    if (name == QLatin1String("name")) {
        if (layer == QLatin1String("schools"))
            return tr("School name");
        if (layer == QLatin1String("towns"))
            return tr("Town name");
        if (layer == QLatin1String("counties"))
            return tr("County name");
        if (layer == QLatin1String("plots"))
            return tr("Plot name");
        if (layer == QLatin1String("developments"))
            return tr("Project name");
    }
    return label(name);
}

} // namespace seatplan::ui
