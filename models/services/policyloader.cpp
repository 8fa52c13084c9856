#include "policyloader.h"

#include "domain/severitypolicyparser.h"
#include "domain/textfile.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace sitrep {

namespace {
const QString shippedPolicy = QStringLiteral(":/sitrep/policy/severity-levels.json");
}

QString PolicyLoader::defaultUserFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
            + QStringLiteral("/severity-levels.json");
}

QByteArray PolicyLoader::shippedText()
{
    QFile shipped(shippedPolicy);
    if (!shipped.open(QIODevice::ReadOnly))
        qFatal("The shipped severity policy is missing from the resources");
    return shipped.readAll();
}

namespace {

SeverityPolicy shippedDefaults()
{
    Result<SeverityPolicy> defaults
            = SeverityPolicyParser::parseDefaults(PolicyLoader::shippedText(), shippedPolicy);
    if (!defaults)
        qFatal("The shipped severity policy is invalid: %s", qPrintable(defaults.error()));
    return defaults.value();
}

Result<SeverityPolicy> overrideOf(const QByteArray &text, const QString &fileName,
                                  const SeverityPolicy &defaults)
{
    const Result<QByteArray> utf8 = TextFile::utf8(text, fileName);
    if (!utf8)
        return Error {utf8.error()};
    return SeverityPolicyParser::parseOverride(utf8.value(), fileName, defaults);
}

} // namespace

Result<SeverityPolicy> PolicyLoader::parse(const QByteArray &text, const QString &fileName)
{
    return overrideOf(text, fileName, shippedDefaults());
}

LoadedPolicy PolicyLoader::load(const QString &userFile)
{
    LoadedPolicy loaded {shippedDefaults(), {}};
    if (userFile.isEmpty() || !QFileInfo::exists(userFile))
        return loaded;
    QFile file(userFile);
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.warnings << tr("Could not read %1 (%2); the default severity levels are in force.")
                                   .arg(userFile, file.errorString());
        return loaded;
    }
    // Over the defaults already read: the shipped file is parsed once per load.
    Result<SeverityPolicy> overridden = overrideOf(file.readAll(), userFile, loaded.policy);
    if (!overridden) {
        loaded.warnings
                << tr("%1 The default severity levels are in force.").arg(overridden.error());
        return loaded;
    }
    loaded.policy = overridden.value();
    return loaded;
}

} // namespace sitrep
