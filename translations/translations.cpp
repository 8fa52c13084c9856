#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sitrep::translations {

namespace {

// Marks the translators install() made, so that switchTo() replaces only those.
constexpr auto installedName = "sitrep-translation";

} // namespace

void install(QCoreApplication &app)
{
    // Installed later is asked first.
    const auto add = [&app](const QLocale &locale, const QString &name, const QString &folder) {
        auto *translator = new QTranslator(&app);
        translator->setObjectName(QLatin1String(installedName));
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

void switchTo(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(language.isEmpty() ? QLocale::system() : QLocale(language));
    const QList<QTranslator *> installed = app.findChildren<QTranslator *>(
            QLatin1String(installedName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    install(app);
}

} // namespace sitrep::translations
