#pragma once

#include "domain/severitypolicyparser.h"

#include <QFile>
#include <QTest>

// The severity policy Sitrep ships, read from the source tree.
inline QString shippedPolicyPath()
{
    return QStringLiteral(SITREP_SOURCE_DIR "/resources/policy/severity-levels.json");
}

inline sitrep::SeverityPolicy shippedPolicy()
{
    QFile file(shippedPolicyPath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the shipped policy");
    auto parsed = sitrep::SeverityPolicyParser::parseDefaults(file.readAll(), shippedPolicyPath());
    if (!parsed)
        qFatal("the shipped policy is invalid: %s", qPrintable(parsed.error()));
    return parsed.value();
}
