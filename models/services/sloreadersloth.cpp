#include "sloreader.h"

namespace sitrep {

Result<void> SloReader::sloth(const YAML::Node &spec, const SlothNames &names)
{
    const QString &at = names.prefix;
    noteUnknown(spec, at, {"version", "service", "slos"});
    const QString service = text(spec["service"]);
    for (const YAML::Node &entry : spec["slos"]) {
        noteUnknown(entry, at + QStringLiteral("slos."),
                    {"name", "objective", "description", "sli", "alerting", "labels"});
        Slo slo;
        slo.service = service;
        slo.name = text(entry["name"]);
        if (slo.name.isEmpty())
            return problem(entry, at + QStringLiteral("slos.name"), tr("every SLO needs a name."));
        // Sloth's own SLO id: names need only be unique within a service.
        if (!service.isEmpty())
            slo.name = service + u'-' + slo.name;
        slo.description = text(entry["description"]);
        if (Result<void> read = minimumEvents(path(entry, {"labels"}), "sitrep_minimum_events",
                                              at + QStringLiteral("slos.labels"), &slo);
            !read)
            return read;
        if (!entry["objective"])
            return problem(entry, at + QStringLiteral("slos.objective"),
                           tr("%1 needs an objective (99.9).").arg(slo.name));
        const std::optional<double> objective = YamlFields::number(entry["objective"]);
        if (!objective || !(*objective > 0 && *objective < 100))
            return problem(entry["objective"], at + QStringLiteral("slos.objective"),
                           tr("must be a percentage between 0 and 100 (99.9), not %1.")
                                   .arg(describe(entry["objective"])));
        slo.target = *objective / 100.0;
        if (Result<void> read = slothIndicator(entry, names, &slo); !read)
            return read;
        if (entry["alerting"])
            noteUnused(entry["alerting"], at + QStringLiteral("slos.alerting"),
                       tr("Sitrep alerts with the SRE Workbook's burn windows"));
        slo.kind = Slo::Kind::ErrorRate;
        m_import.slos << slo;
    }
    return {};
}

Result<void> SloReader::slothIndicator(const YAML::Node &entry, const SlothNames &names, Slo *slo)
{
    const QString field = names.prefix + QStringLiteral("slos.sli");
    const YAML::Node sli = entry["sli"];
    const QString errorQuery = QString::fromLatin1(names.errorQuery);
    const QString totalQuery = QString::fromLatin1(names.totalQuery);
    const QString errorRatioQuery = QString::fromLatin1(names.errorRatioQuery);
    if (sli && sli.IsMap() && sli["events"]) {
        slo->badQuery = text(path(sli, {"events", names.errorQuery}));
        slo->totalQuery = text(path(sli, {"events", names.totalQuery}));
        if (slo->badQuery.isEmpty() || slo->totalQuery.isEmpty())
            return problem(sli["events"], field + QStringLiteral(".events"),
                           tr("needs %1 and %2.").arg(errorQuery, totalQuery));
        return {};
    }
    if (sli && sli.IsMap() && sli["raw"]) {
        slo->errorRatioQuery = text(path(sli, {"raw", names.errorRatioQuery}));
        if (slo->errorRatioQuery.isEmpty())
            return problem(sli["raw"], field + QStringLiteral(".raw"),
                           tr("needs %1.").arg(errorRatioQuery));
        return {};
    }
    if (sli && sli.IsMap() && sli["plugin"])
        return problem(sli["plugin"], field + QStringLiteral(".plugin"),
                       tr("Sloth SLI plugins run inside Sloth and cannot be read here "
                          "(plugin \"%1\"): write the queries it makes as events (%2, %3) or "
                          "raw (%4).")
                               .arg(text(path(sli, {"plugin", "id"})), errorQuery, totalQuery,
                                    errorRatioQuery));
    return problem(
            entry, field,
            tr("needs events (%1, %2) or raw (%3).").arg(errorQuery, totalQuery, errorRatioQuery));
}

} // namespace sitrep
