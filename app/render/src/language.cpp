#include "seatplan/render/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace seatplan::render {

namespace {

    Language s_current = Language::English;

    std::vector<std::unique_ptr<QTranslator>>& installed()
    {
        static std::vector<std::unique_ptr<QTranslator>> translators;
        return translators;
    }

} // namespace

Language chooseLanguage(const QString& requested)
{
    QString wanted = requested.trimmed().toLower();
    if (wanted.isEmpty())
        wanted = qEnvironmentVariable("SEATPLAN_LANG").trimmed().toLower();
    if (wanted.startsWith(QLatin1String("zh")))
        return Language::Chinese;
    if (wanted.startsWith(QLatin1String("en")))
        return Language::English;
    // Chinese first: only a locale of another real language (en_US, ...) switches to English;
    // the C/POSIX locale of a bare machine or container stays Chinese.
    const QLocale::Language system = QLocale::system().language();
    return system == QLocale::Chinese || system == QLocale::C ? Language::Chinese
                                                              : Language::English;
}

void installTranslators(Language language)
{
    for (const auto& translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
    s_current = language;
    if (language != Language::Chinese)
        return;

    const QLocale chinese(QLocale::Chinese, QLocale::China);
    QStringList files;
    for (const QString& name : QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("*.qm") }))
        files << QStringLiteral(":/i18n/") + name;
    for (const QString& file : files) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file) && QCoreApplication::installTranslator(translator.get()))
            installed().push_back(std::move(translator));
    }
    // Qt's own strings (dialog buttons, print preview) come from qt6-translations-l10n.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(chinese, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(qt.get()))
        installed().push_back(std::move(qt));
}

Language currentLanguage()
{
    return s_current;
}

} // namespace seatplan::render
