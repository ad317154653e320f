#pragma once
// The annex's own translator: the annex language (--lang) is independent of the language of
// the UI and the messages, so the annex never goes through the application's installed
// translators.

#include "seatplan/render/language.h"

#include <QString>

#include <memory>

class QTranslator;

namespace seatplan::render::detail {

/**
 * Translates the annex's English source texts (QCoreApplication::translate-style contexts,
 * extracted by lupdate into resources/translations/seatplan_render_zh_CN.ts) into the annex
 * language. Chinese loads the embedded :/i18n/seatplan_render_zh_CN.qm into a private
 * QTranslator; English returns the source text. A missing translation falls back to the
 * source text (the `translations` ctest keeps none missing). Not thread-safe; one per build.
 */
class AnnexTranslator {
public:
    explicit AnnexTranslator(Language language);
    ~AnnexTranslator();
    AnnexTranslator(const AnnexTranslator&) = delete;
    AnnexTranslator& operator=(const AnnexTranslator&) = delete;

    /// Returns `source` (UTF-8) of `context` in the annex language; `disambiguation` tells
    /// apart equal sources of one context (as in QCoreApplication::translate).
    QString translate(
        const char* context, const char* source, const char* disambiguation = nullptr) const;

private:
    std::unique_ptr<QTranslator> m_translator; ///< null for English
};

} // namespace seatplan::render::detail
