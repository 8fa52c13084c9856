#pragma once

#include "domain/runbook.h"

#include <QCoreApplication>
#include <QStringList>

namespace sitrep {

// The runbooks shipped in resources/runbooks plus every *.md in the user's folder (a user
// runbook with the same file name replaces the shipped one). A file that cannot be used is
// named in `warnings`; the others still load.
class RunbookLibrary
{
    Q_DECLARE_TR_FUNCTIONS(RunbookLibrary)
public:
    [[nodiscard]] static QString defaultUserFolder();
    [[nodiscard]] static RunbookLibrary load(const QString &userFolder);

    [[nodiscard]] const QList<Runbook> &runbooks() const { return m_runbooks; }
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }
    [[nodiscard]] QList<Runbook> matching(const Incident &incident,
                                          const QStringList &alertNames = {}) const;

private:
    void add(const QString &path);

    QList<Runbook> m_runbooks;
    QStringList m_warnings;
};

} // namespace sitrep
