#pragma once

#include "incident.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace sitrep {

// A runbook: Markdown in the seed's template (Symptoms, Impact, Investigation Steps,
// Resolution Steps, Escalation, Related Runbooks, Postmortem Links), with an optional header
// that links it to services and alert names:
//   ---
//   services: api, checkout
//   alerts: HighAPILatency, HighLatencyDetected
//   ---
//   # Runbook: High API Latency
struct Runbook
{
    QString fileName;
    QString title;
    QStringList services;
    QStringList alerts;
    QString markdown; // the body, without the header

    // The fenced code blocks, each as one copyable text.
    [[nodiscard]] QStringList commandBlocks() const;
    // The template's sections this runbook does not have.
    [[nodiscard]] QStringList missingSections() const;
    // True if it names one of the incident's services, or an alert whose name is the
    // incident's title or one of `alertNames` (compared without case, spaces or punctuation,
    // so "HighLatencyDetected" matches "High Latency Detected").
    [[nodiscard]] bool matches(const Incident &incident, const QStringList &alertNames = {}) const;
};

class RunbookParser
{
    Q_DECLARE_TR_FUNCTIONS(RunbookParser)
public:
    [[nodiscard]] static Result<Runbook> parse(const QString &text, const QString &fileName);
};

} // namespace sitrep
