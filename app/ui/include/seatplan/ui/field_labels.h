#pragma once

#include <QCoreApplication>
#include <QString>

namespace seatplan::ui {

/**
 * The planner's names of the project's contract fields and table columns (学校名称, 学段,
 * 班级数, ...), translated through the FieldLabels context. GUI thread (translations).
 */
class FieldLabels {
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)
public:
    /// Returns the label of field `name` ("classes_primary" -> "小学班级数"), or `name` itself
    /// when the field is not one of the project's.
    static QString label(const QString& name);
    /// Returns the label of `name` in `layer` (a layer's "name" is a school or town name).
    static QString label(const QString& layer, const QString& name);
};

} // namespace seatplan::ui
