#pragma once

#include "domain/detectionrule.h"
#include "domain/result.h"

#include <QCoreApplication>

namespace sitrep {

// The detection rules file (YAML): the rules that open incidents, the checks that must hold
// before one is resolved, and how long to keep watching after they first hold.
//   rules:   [{name, title, severity, services, query, expected?, op, threshold | threshold_ratio,
//   for?}] verify:  [{name, query, expected?, op, threshold | threshold_ratio}] monitoring_window:
//   15m
struct DetectionRulesFile
{
    QList<DetectionRule> rules;
    QList<DetectionRule> verify;
    std::chrono::seconds monitoringWindow {std::chrono::minutes(15)};

    // Reads the file's text. Problems name the file, the line and the field
    // ("rules.yaml:7: threshold: ..."); an unknown field is a problem, never silently dropped.
    [[nodiscard]] static Result<DetectionRulesFile> parse(const QByteArray &yaml,
                                                          const QString &fileName);
    // Reads a file from disk; a file that cannot be read is a problem naming it.
    [[nodiscard]] static Result<DetectionRulesFile> load(const QString &path);
    // The seed's rules and checks over all traffic, with its 15-minute monitoring window.
    [[nodiscard]] static DetectionRulesFile seedDefaults();
    // The file's text in the documented format; parse() reads it back to the same rules.
    [[nodiscard]] QByteArray toYaml() const;
};

} // namespace sitrep
