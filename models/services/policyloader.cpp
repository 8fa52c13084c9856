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

LoadedPolicy PolicyLoader::load(const QString &userFile)
{
    QFile shipped(shippedPolicy);
    if (!shipped.open(QIODevice::ReadOnly))
        qFatal("The shipped severity policy is missing from the resources");
    Result<SeverityPolicy> defaults
            = SeverityPolicyParser::parseDefaults(shipped.readAll(), shippedPolicy);
    if (!defaults)
        qFatal("The shipped severity policy is invalid: %s", qPrintable(defaults.error()));

    LoadedPolicy loaded {defaults.value(), {}};
    if (userFile.isEmpty() || !QFileInfo::exists(userFile))
        return loaded;
    QFile file(userFile);
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.warnings << tr("Could not read %1 (%2); the default severity levels are in force.")
                                   .arg(userFile, file.errorString());
        return loaded;
    }
    const Result<QByteArray> text = TextFile::utf8(file.readAll(), userFile);
    Result<SeverityPolicy> overridden = text
            ? SeverityPolicyParser::parseOverride(text.value(), userFile, loaded.policy)
            : Result<SeverityPolicy>(Error {text.error()});
    if (!overridden) {
        loaded.warnings
                << tr("%1 The default severity levels are in force.").arg(overridden.error());
        return loaded;
    }
    loaded.policy = overridden.value();
    return loaded;
}

} // namespace sitrep
