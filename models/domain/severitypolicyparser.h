#pragma once

#include "result.h"
#include "severitypolicy.h"

#include <QByteArray>
#include <QCoreApplication>

namespace sitrep {

// Reads a severity policy from JSON text (the shape of resources/policy/severity-levels.json).
// With a base policy, the text may give only the levels and fields it changes. Errors name the
// file, the line and the field: "severity.json:7: update_every: ...".
class SeverityPolicyParser
{
    Q_DECLARE_TR_FUNCTIONS(SeverityPolicyParser)
public:
    [[nodiscard]] static Result<SeverityPolicy> parseDefaults(const QByteArray &json,
                                                              const QString &fileName);
    [[nodiscard]] static Result<SeverityPolicy>
    parseOverride(const QByteArray &json, const QString &fileName, const SeverityPolicy &base);

private:
    class Reader;
};

} // namespace sitrep
