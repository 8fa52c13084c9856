#include "teamdocumentapplier.h"

#include "schedulefile.h"
#include "schedulefilewriter.h"
#include "storage/teamconflictcopies.h"
#include "storage/teamfields.h"
#include "teamrecorder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sitrep {

TeamDocumentApplier::TeamDocumentApplier(Database &database, TeamFields &fields)
    : m_database(database), m_store(database), m_fields(fields)
{ }

QJsonObject TeamDocumentApplier::renamed(TeamDocumentStore::Kind kind, QJsonObject row,
                                         const QString &name)
{
    row.insert(QStringLiteral("name"), name);
    if (kind == TeamDocumentStore::Kind::Schedule) {
        // The schedule file names its schedule too.
        Result<QList<OnCallSchedule>> read
                = ScheduleFile::parse(row.value(u"document").toString().toUtf8(), name);
        if (read && read.value().size() == 1) {
            OnCallSchedule schedule = read.value().first();
            schedule.name = name;
            row.insert(QStringLiteral("document"),
                       QString::fromUtf8(ScheduleFileWriter::write(schedule)));
        }
    }
    return row;
}

QJsonObject TeamDocumentApplier::withSeverities(QJsonObject channel, const QJsonValue &severities)
{
    QJsonObject settings
            = QJsonDocument::fromJson(channel.value(u"settings").toString().toUtf8()).object();
    if (severities.isUndefined())
        settings.remove(QStringLiteral("severities")); // the role's defaults
    else
        settings.insert(QStringLiteral("severities"), severities);
    channel.insert(QStringLiteral("settings"),
                   QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
    return channel;
}

QJsonValue TeamDocumentApplier::severitiesOf(const QJsonObject &channel)
{
    return QJsonDocument::fromJson(channel.value(u"settings").toString().toUtf8())
            .object()
            .value(u"severities");
}

QString TeamDocumentApplier::copyName(const QString &name, const QString &author)
{
    return QStringLiteral("%1 (conflict copy from %2)").arg(name, author);
}

Result<std::optional<TeamDocumentStore::Kind>>
TeamDocumentApplier::apply(const TeamChange &change, const QJsonObject &payload)
{
    using Changed = std::optional<TeamDocumentStore::Kind>;
    const std::optional<TeamDocumentStore::Kind> kind
            = TeamDocumentStore::parseKind(payload.value(u"kind").toString());
    if (!kind)
        return Changed(); // a newer console's kind: kept in the log for it
    const QString name = payload.value(u"name").toString();
    const QString field = QString::fromLatin1(TeamRecorder::documentField);
    const Result<std::optional<FieldWinner>> current = m_fields.winner(change.entityUid, field);
    if (!current)
        return Error {current.error()};
    const QJsonValue value = payload.value(u"value");
    const FieldWinner mine = FieldWinner::of(change, {{QStringLiteral("value"), value}});
    const std::optional<FieldWinner> &holder = current.value();
    if (holder && holder->beats(mine.stamp, mine.change)) {
        // Pulled in the server's order, an older change was written without seeing the winner.
        if (holder->value() == value)
            return Changed();
        if (auto kept = keepCopy(*kind, name, mine); !kept)
            return Error {kept.error()};
        return Changed(kind);
    }
    if (holder && !holder->seenBy(payload) && holder->value() != value) {
        if (auto kept = keepCopy(*kind, name, *holder); !kept)
            return Error {kept.error()};
    }
    if (auto set = m_fields.setWinner(change.entityUid, field, mine); !set)
        return Error {set.error()};
    if (auto written = m_store.write(*kind, name, value); !written)
        return Error {written.error()};
    return Changed(kind);
}

Result<void> TeamDocumentApplier::keepCopy(TeamDocumentStore::Kind kind, const QString &name,
                                           const FieldWinner &loser)
{
    const QJsonValue value = loser.value();
    if (kind == TeamDocumentStore::Kind::Leads || !value.isObject())
        return {}; // a removal or the leads' single list: nothing to keep beside
    const QString copy = copyName(name, loser.author);
    // The copy of a document under its new name, made so it does no harm beside the original:
    // a channel's copy hears no severity, so it never delivers twice.
    QJsonObject row = renamed(kind, value.toObject(), copy);
    if (kind == TeamDocumentStore::Kind::Channel)
        row = withSeverities(row, QJsonArray());
    if (auto written = m_store.write(kind, copy, row); !written)
        return written;
    return TeamConflictCopies(m_database)
            .keep({TeamDocumentStore::kindKey(kind), copy, name, loser.author,
                   QDateTime::fromMSecsSinceEpoch(loser.stamp.ms, Qt::UTC)});
}

} // namespace sitrep
