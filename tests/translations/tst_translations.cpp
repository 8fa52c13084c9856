#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// The compiled translations as both executables load them: plural forms in German and English,
// and one English word with two meanings translated twice.
class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pluralForms_data();
    void pluralForms();
    void oneWordTwoMeanings();

private:
    [[nodiscard]] static bool install(QTranslator &translator, const QString &language);
};

bool tst_Translations::install(QTranslator &translator, const QString &language)
{
    return translator.load(QLocale(language), u"sitrep"_s, u"_"_s, u":/i18n"_s)
            && QCoreApplication::installTranslator(&translator);
}

void tst_Translations::pluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("silence");
    QTest::addColumn<QString>("shown");
    QTest::newRow("de 0") << u"de"_s << 0 << u"0 Alarmgruppen stummschalten"_s
                          << u"0 von 0 Vorfällen angezeigt"_s;
    QTest::newRow("de 1") << u"de"_s << 1 << u"1 Alarmgruppe stummschalten"_s
                          << u"0 von 1 Vorfall angezeigt"_s;
    QTest::newRow("de 2") << u"de"_s << 2 << u"2 Alarmgruppen stummschalten"_s
                          << u"0 von 2 Vorfällen angezeigt"_s;
    QTest::newRow("en 0") << u"en"_s << 0 << u"Silence 0 alert groups"_s
                          << u"0 of 0 incidents shown"_s;
    QTest::newRow("en 1") << u"en"_s << 1 << u"Silence 1 alert group"_s
                          << u"0 of 1 incident shown"_s;
    QTest::newRow("en 2") << u"en"_s << 2 << u"Silence 2 alert groups"_s
                          << u"0 of 2 incidents shown"_s;
}

void tst_Translations::pluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, silence);
    QFETCH(QString, shown);
    QTranslator translator;
    QVERIFY(install(translator, language));
    QCOMPARE(QCoreApplication::translate("sitrep::AlertsView", "Silence %n alert group(s)", nullptr,
                                         count),
             silence);
    QCOMPARE(QCoreApplication::translate("sitrep::MainWindow", "%1 of %n incident(s) shown",
                                         nullptr, count)
                     .arg(0),
             shown);
    QCoreApplication::removeTranslator(&translator);
}

void tst_Translations::oneWordTwoMeanings()
{
    QTranslator translator;
    QVERIFY(install(translator, u"de"_s));
    QCOMPARE(QCoreApplication::translate("ActionItemColumns", "Action", "postmortem action item"),
             u"Maßnahme"_s);
    QCOMPARE(QCoreApplication::translate("sitrep::ShortcutsDialog", "Action",
                                         "what a shortcut does"),
             u"Aktion"_s);
    QCoreApplication::removeTranslator(&translator);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
