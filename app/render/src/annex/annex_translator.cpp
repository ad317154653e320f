#include "annex_translator.h"

#include <QTranslator>

#include <stdexcept>

namespace seatplan::render::detail {

namespace {
    /// The render library's catalogue (seatplan_add_translations in app/render/CMakeLists.txt).
    const char* const kCatalogue = ":/i18n/seatplan_render_zh_CN.qm";
} // namespace

AnnexTranslator::AnnexTranslator(Language language)
{
    if (language != Language::Chinese)
        return;
    m_translator = std::make_unique<QTranslator>();
    if (!m_translator->load(QString::fromUtf8(kCatalogue)))
        throw std::runtime_error(
            std::string("annex: cannot load the Chinese catalogue ") + kCatalogue);
}

AnnexTranslator::~AnnexTranslator() = default;

QString AnnexTranslator::translate(
    const char* context, const char* source, const char* disambiguation) const
{
    if (m_translator) {
        const QString text = m_translator->translate(context, source, disambiguation);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

} // namespace seatplan::render::detail
