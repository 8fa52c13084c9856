#pragma once

#include "domain/result.h"
#include "domain/severitypolicy.h"

#include <QCoreApplication>
#include <QStringList>

namespace sitrep {

struct LoadedPolicy
{
    SeverityPolicy policy;
    // Problems to show the user; the policy is still usable (the shipped defaults stay in force
    // wherever the user's file could not be read).
    QStringList warnings;
};

// The severity policy in force: the defaults shipped in resources/, overridden by the user's
// file if there is one and it is valid.
class PolicyLoader
{
    Q_DECLARE_TR_FUNCTIONS(PolicyLoader)
public:
    [[nodiscard]] static QString defaultUserFile();
    [[nodiscard]] static LoadedPolicy load(const QString &userFile);
    // The shipped policy file's text.
    [[nodiscard]] static QByteArray shippedText();
    // A user's file's text over the shipped policy, or its problem naming `fileName`.
    [[nodiscard]] static Result<SeverityPolicy> parse(const QByteArray &text,
                                                      const QString &fileName);
};

} // namespace sitrep
