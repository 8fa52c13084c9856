#pragma once

#include "domain/result.h"
#include "domain/slo.h"

#include <QCoreApplication>

namespace sitrep {

// SLO files from other tools, read with yaml-cpp:
// - OpenSLO v1 (`kind: SLO`, a ratioMetric of good/bad/total Prometheus queries, a rolling or
//   calendar timeWindow, objectives with a target) and v1alpha as Sloth reads it
//   (objectives[].ratioMetrics, timeWindows of a count and a unit);
// - Sloth `prometheus/v1` specs (events error_query/total_query with {{.window}}, or raw
//   error_ratio_query) and its Kubernetes resources (`sloth.slok.dev/v1`,
//   `PrometheusServiceLevel`, the same fields in camelCase).
// One file may hold several documents; an OpenSLO v1 SLO may name its indicator
// (`indicatorRef`) in a `kind: SLI` document of any of the files read together, and
// `kind: Service` documents are accepted beside them.
struct SloImport
{
    QList<Slo> slos;
    // Fields Sitrep does not use, each "file:line: field", so nothing is dropped unsaid.
    QStringList ignored;

    // A document that cannot become an SLO is a problem naming the file, the line and the
    // field; the import is then refused as a whole.
    [[nodiscard]] static Result<SloImport> parse(const QByteArray &yaml, const QString &fileName);
    struct File
    {
        QByteArray yaml;
        QString name;
    };
    // Several files read as one: SLIs are found across them.
    [[nodiscard]] static Result<SloImport> parse(const QList<File> &files);
};

} // namespace sitrep
