#pragma once

// What the team benchmarks share: a PostgreSQL of their own (tests/fixtures/postgres.sh) and
// the changes consoles write.
#include "../fixtures/postgresfixture.h"
#include "domain/teamincidentfields.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace bench {

struct Cluster
{
    QTemporaryDir state;
    bool started = false;
    sitrep::TeamUrl url;
    QString password;
    Cluster()
    {
        const QString script = QStringLiteral(SITREP_SOURCE_DIR "/tests/fixtures/postgres.sh");
        started = QProcess::execute(script, {QStringLiteral("start"), state.path()}) == 0;
        QFile port(state.filePath(QStringLiteral("postgres.port")));
        QFile secret(state.filePath(QStringLiteral("owner.password")));
        if (!started || !port.open(QIODevice::ReadOnly) || !secret.open(QIODevice::ReadOnly))
            return;
        password = QString::fromUtf8(secret.readAll().trimmed());
        url.host = QStringLiteral("127.0.0.1");
        url.port = port.readAll().trimmed().toInt();
        url.database = QStringLiteral("postgres");
        url.user = QStringLiteral("sitrep_owner");
        url.parameters
                = {{QStringLiteral("sslmode"), QStringLiteral("verify-full")},
                   {QStringLiteral("sslrootcert"), state.filePath(QStringLiteral("ca.crt"))}};
    }
    ~Cluster()
    {
        QProcess::execute(QStringLiteral(SITREP_SOURCE_DIR "/tests/fixtures/postgres.sh"),
                          {QStringLiteral("stop"), state.path()});
    }
};

// What consoles write: every tenth change declares an incident, the others change its title
// or add to its timeline.
inline QList<sitrep::TeamChange> changes(int count)
{
    static int made = 0;
    QList<sitrep::TeamChange> log;
    for (int i = 0; i < count; ++i, ++made) {
        sitrep::TeamChange change = postgres_fixture::sampleChange();
        change.entityUid = sitrep::UuidV7::derived("bench/" + QByteArray::number(made / 10));
        if (made % 10 == 0) {
            sitrep::Incident incident;
            incident.title = QStringLiteral("Incident %1").arg(made / 10);
            incident.severity = sitrep::Severity::Sev2;
            incident.services = {QStringLiteral("api")};
            incident.startedAt = incident.detectedAt = incident.lastUpdateAt
                    = QDateTime::currentDateTimeUtc();
            QJsonArray fields;
            for (const sitrep::TeamField &field : sitrep::TeamIncidentFields::all(incident))
                fields.append(QJsonArray {field.name, field.value});
            change.field = QStringLiteral("declared");
            change.payload = QJsonDocument(QJsonObject {{QStringLiteral("fields"), fields}})
                                     .toJson(QJsonDocument::Compact);
        } else if (made % 2 == 0) {
            change.field = QStringLiteral("title");
            change.payload = QJsonDocument(QJsonObject {{QStringLiteral("value"),
                                                         QStringLiteral("Title %1").arg(made)}})
                                     .toJson(QJsonDocument::Compact);
        } else {
            change.entity = QStringLiteral("timeline");
            const QUuid incident = change.entityUid;
            change.entityUid = sitrep::UuidV7::make(change.hlcMs);
            change.field = QStringLiteral("entry");
            const QJsonObject entry {
                    {QStringLiteral("incident"), incident.toString(QUuid::WithoutBraces)},
                    {QStringLiteral("at"), change.hlcMs},
                    {QStringLiteral("author"), QStringLiteral("bench")},
                    {QStringLiteral("kind"), QStringLiteral("note")},
                    {QStringLiteral("text"), QStringLiteral("Note %1").arg(made)}};
            change.payload = QJsonDocument(QJsonObject {{QStringLiteral("value"), entry}})
                                     .toJson(QJsonDocument::Compact);
        }
        log << change;
    }
    return log;
}

inline double percentile(QList<double> values, double share)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qsizetype(share * double(values.size() - 1)));
}

} // namespace bench
