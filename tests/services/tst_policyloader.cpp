#include "services/policyloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sitrep;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

class tst_PolicyLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedDefaultsWithoutUserFile();
    void validUserFileOverrides();
    void invalidUserFileKeepsDefaults();

private:
    static QString write(QTemporaryDir &dir, const QByteArray &json);
};

QString tst_PolicyLoader::write(QTemporaryDir &dir, const QByteArray &json)
{
    const QString path = dir.filePath(u"severity-levels.json"_s);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(json);
    return path;
}

void tst_PolicyLoader::shippedDefaultsWithoutUserFile()
{
    const LoadedPolicy loaded = PolicyLoader::load(u"/nonexistent/severity-levels.json"_s);
    QVERIFY(loaded.warnings.isEmpty());
    QCOMPARE(loaded.policy.level(Severity::Sev1).updateCadence, 30min);
    QCOMPARE(loaded.policy.level(Severity::Sev4).response.kind,
             ResponseTarget::Kind::NextBusinessDay);
}

void tst_PolicyLoader::validUserFileOverrides()
{
    QTemporaryDir dir;
    const QString path
            = write(dir, R"({ "levels": [ { "severity": "SEV-1", "update_every": "15m" } ] })");
    const LoadedPolicy loaded = PolicyLoader::load(path);
    QVERIFY(loaded.warnings.isEmpty());
    QCOMPARE(loaded.policy.level(Severity::Sev1).updateCadence, 15min);
    QCOMPARE(loaded.policy.level(Severity::Sev2).updateCadence, 60min);
}

void tst_PolicyLoader::invalidUserFileKeepsDefaults()
{
    QTemporaryDir dir;
    const QString path = write(dir,
                               "{\n  \"levels\": [\n    { \"severity\": \"SEV-1\", "
                               "\"update_every\": \"soon\" }\n  ]\n}");
    const LoadedPolicy loaded = PolicyLoader::load(path);
    QCOMPARE(loaded.warnings.size(), 1);
    const QString warning = loaded.warnings.first();
    QVERIFY2(warning.startsWith(path + u":3: update_every:"_s), qPrintable(warning));
    QVERIFY2(warning.contains(u"defaults"_s) || warning.contains(u"default"_s),
             qPrintable(warning));
    QCOMPARE(loaded.policy.level(Severity::Sev1).updateCadence, 30min);
}

QTEST_GUILESS_MAIN(tst_PolicyLoader)
#include "tst_policyloader.moc"
