#pragma once

#include <functional>

#include <QCoreApplication>
#include <QString>

namespace sitrep {

class ChecklistService;
class IncidentService;
class MonitoringService;

// A configuration file the Settings window edits as text, in its documented and versioned
// format: the severity policy, the response checklists, the detection rules. A text is checked
// as the loaders check it at start-up (the same problems, with the file and line); saving
// writes the file whole and puts it in force at once, without a restart.
class ConfigDocument
{
    Q_DECLARE_TR_FUNCTIONS(ConfigDocument)
public:
    // The problem with a text in words, or empty when it can be used.
    using Check = std::function<QString(const QByteArray &text)>;
    // Puts a checked text in force in the running services.
    using Apply = std::function<void(const QByteArray &text)>;

    ConfigDocument(QString path, QByteArray defaults, Check check, Apply apply);

    [[nodiscard]] static ConfigDocument severityPolicy(IncidentService &incidents,
                                                       const QString &path);
    [[nodiscard]] static ConfigDocument checklists(ChecklistService &checklists,
                                                   const QString &path);
    [[nodiscard]] static ConfigDocument detectionRules(MonitoringService &monitoring,
                                                       const QString &path);

    [[nodiscard]] const QString &path() const { return m_path; }
    // What Sitrep ships: the starting point when there is no file, and "Reset to defaults".
    [[nodiscard]] const QByteArray &defaults() const { return m_defaults; }
    // The file's text, or the defaults when there is none; `problem` says why a file that
    // exists could not be read.
    [[nodiscard]] QByteArray text(QString *problem = nullptr) const;
    [[nodiscard]] QString problem(const QByteArray &text) const { return m_check(text); }
    // Checks, writes the file whole (never half a file) and applies it; the problem, if any,
    // and then nothing is written or changed.
    [[nodiscard]] QString save(const QByteArray &text) const;

private:
    QString m_path;
    QByteArray m_defaults;
    Check m_check;
    Apply m_apply;
};

} // namespace sitrep
