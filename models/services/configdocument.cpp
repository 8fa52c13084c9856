#include "configdocument.h"

#include "checklistservice.h"
#include "detectionrulesfile.h"
#include "incidentservice.h"
#include "monitoringservice.h"
#include "policyloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sitrep {

ConfigDocument::ConfigDocument(QString path, QByteArray defaults, Check check, Apply apply)
    : m_path(std::move(path)),
      m_defaults(std::move(defaults)),
      m_check(std::move(check)),
      m_apply(std::move(apply))
{ }

ConfigDocument ConfigDocument::severityPolicy(IncidentService &incidents, const QString &path)
{
    return {path, PolicyLoader::shippedText(),
            [path](const QByteArray &text) {
                const Result<SeverityPolicy> policy = PolicyLoader::parse(text, path);
                return policy ? QString() : policy.error();
            },
            [path, &incidents](const QByteArray &) {
                incidents.setPolicy(PolicyLoader::load(path).policy);
            }};
}

ConfigDocument ConfigDocument::checklists(ChecklistService &checklists, const QString &path)
{
    return {path, ChecklistService::shippedText(),
            [path](const QByteArray &text) {
                const Result<ChecklistTemplate> parsed
                        = ChecklistService::parseTemplate(text, path);
                return parsed ? QString() : parsed.error();
            },
            [path, &checklists](const QByteArray &) {
                // Read back as at start-up: without a file, the shipped lists in the
                // interface's language.
                checklists.setChecklistTemplate(ChecklistService::loadTemplate(path, nullptr));
            }};
}

ConfigDocument ConfigDocument::detectionRules(MonitoringService &monitoring, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return {path, DetectionRulesFile::seedDefaults().toYaml(),
            [name](const QByteArray &text) {
                const Result<DetectionRulesFile> parsed = DetectionRulesFile::parse(text, name);
                return parsed ? QString() : parsed.error();
            },
            [name, &monitoring](const QByteArray &text) {
                Result<DetectionRulesFile> parsed = DetectionRulesFile::parse(text, name);
                if (parsed)
                    monitoring.setDetectionRules(std::move(parsed).value());
            }};
}

QByteArray ConfigDocument::text(QString *problem) const
{
    QFile file(m_path);
    if (!file.exists())
        return m_defaults;
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = tr("Could not read %1: %2").arg(m_path, file.errorString());
        return m_defaults;
    }
    return file.readAll();
}

QString ConfigDocument::save(const QByteArray &text) const
{
    if (const QString problem = m_check(text); !problem.isEmpty())
        return problem;
    if (text == m_defaults) {
        // The defaults need no file: without one, what Sitrep ships stays in force, in the
        // interface's language, and follows later releases.
        if (QFile::exists(m_path) && !QFile::remove(m_path))
            return tr("Could not remove %1 to go back to the defaults.").arg(m_path);
    } else {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
            return tr("Could not write %1: %2").arg(m_path, file.errorString());
    }
    m_apply(text);
    return {};
}

} // namespace sitrep
