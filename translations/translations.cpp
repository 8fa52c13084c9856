#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sitrep::translations {

void install(QCoreApplication &app)
{
    // Installed later is asked first.
    const auto add = [&app](const QLocale &locale, const QString &name, const QString &folder) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, name, QStringLiteral("_"), folder))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    const QString own = QStringLiteral(":/i18n");
    add(QLocale(QLocale::English), QStringLiteral("sitrep"), own);
    add(QLocale(), QStringLiteral("sitrep"), own);
    add(QLocale(), QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace sitrep::translations
