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

    // One field as the file and the Settings form give it, or its problem in words (without
    // file, line or field): a level's name, its response ("immediate", "next-business-day" or
    // a duration) and its update cadence.
    [[nodiscard]] static Result<QString> name(const QString &text);
    [[nodiscard]] static Result<ResponseTarget> response(const QString &text);
    [[nodiscard]] static Result<std::chrono::minutes> cadence(const QString &text);
    // A response target as the file writes it.
    [[nodiscard]] static QString responseText(const ResponseTarget &target);

    // The text of a file that gives `policy` over `base`: only the levels and fields that
    // differ, so what is not changed keeps following `base` (and its translations).
    [[nodiscard]] static QByteArray overrideText(const SeverityPolicy &policy,
                                                 const SeverityPolicy &base);

private:
    class Reader;
};

} // namespace sitrep
