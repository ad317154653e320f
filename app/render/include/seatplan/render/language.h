#pragma once

#include <QString>

namespace seatplan::render {

/// The languages SeatPlan speaks. Chinese is the default unless the locale is of another language.
enum class Language { Chinese, English };

/**
 * Chooses the language: `requested` ("zh", "zh_CN", "en"; case-insensitive) when given,
 * otherwise SEATPLAN_LANG from the environment, otherwise the system locale: Chinese for a
 * Chinese or the C/POSIX locale, English for any other language.
 */
Language chooseLanguage(const QString& requested = {});

/**
 * Installs SeatPlan's translators (every embedded :/i18n/seatplan_*_zh_CN.qm) and Qt's own
 * when `language` is Chinese; removes them for English. GUI thread only.
 */
void installTranslators(Language language);

/// Returns the current language: the one last installed.
Language currentLanguage();

} // namespace seatplan::render
