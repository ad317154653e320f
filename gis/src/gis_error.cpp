#include "seatplan/gis/gis_error.h"

namespace seatplan::gis {

GisError::GisError(ErrorContext context)
    : std::runtime_error(format(context))
    , m_context(std::move(context))
{
}

std::string GisError::format(const ErrorContext& context)
{
    std::string text;
    const auto add = [&text](const std::string& part) {
        if (part.empty())
            return;
        if (!text.empty())
            text += ", ";
        text += part;
    };
    add(context.file);
    if (!context.layer.empty())
        add("layer " + context.layer);
    if (context.featureId)
        add("feature " + std::to_string(*context.featureId));
    if (!context.field.empty())
        add("field " + context.field);
    if (text.empty())
        return context.reason;
    return text + ": " + context.reason;
}

} // namespace seatplan::gis
