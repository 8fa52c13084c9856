#pragma once

#include "services/oncallservice.h"

#include <QObject>

class QWidget;

namespace sitrep {

class ProviderImport;

// The on-call tab's ways in: Sitrep schedule files, another tool's saved answers, and, where
// the console can reach the network, another tool's REST API. An import from another tool
// shows its report first; the schedules are saved when the person imports them there.
// Problems come back in words (or as statusMessage from the choosers).
class ScheduleImports : public QObject
{
    Q_OBJECT
public:
    // Without `providers` the REST API is not offered.
    ScheduleImports(OnCallService &service, ProviderImport *providers, QWidget *window);

    [[nodiscard]] bool offersApi() const { return m_providers != nullptr; }
    [[nodiscard]] QString importFile(const QString &file);
    [[nodiscard]] QString reviewImport(OnCallService::Provider provider, const QStringList &files);
    // Asks for schedule files (Sitrep YAML, or a provider's saved answers) and imports them.
    void chooseFiles();
    // Asks for a provider's API and key, fetches, and shows the report.
    void chooseApi();

Q_SIGNALS:
    void imported(const QString &schedule);
    void statusMessage(const QString &message);

private:
    void review(OnCallImport import);

    OnCallService &m_service;
    ProviderImport *m_providers;
    QWidget *m_window;
};

} // namespace sitrep
