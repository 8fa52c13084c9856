#include "common/appcontext.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sitrep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SITREP_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("sitrep"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "The database file."),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    const sitrep::SystemClock clock;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
                                                : sitrep::AppContext::defaultDatabasePath();
    auto context = sitrep::AppContext::create(path, clock);
    if (!context) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Sitrep"),
                              context.error());
        return 1;
    }
    sitrep::MainWindow window(context.value()->incidents());
    window.show();
    return app.exec();
}
