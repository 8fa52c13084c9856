#include "checklistservice.h"

#include "declaration.h"
#include "domain/textfile.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/transaction.h"
#include "teamrecorder.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace sitrep {

namespace {

const QString shippedChecklists = QStringLiteral(":/sitrep/checklists/response.json");

// The shipped checklists' texts, so that lupdate offers them for translation; the user's own
// file is shown as written.
[[maybe_unused]] constexpr const char *shippedTexts[] = {
        QT_TRANSLATE_NOOP("Checklist", "Immediate actions"),
        QT_TRANSLATE_NOOP("Checklist", "Acknowledge incident in PagerDuty"),
        QT_TRANSLATE_NOOP("Checklist", "Join incident Zoom/Slack channel"),
        QT_TRANSLATE_NOOP("Checklist", "Assign incident commander"),
        QT_TRANSLATE_NOOP("Checklist", "Assess severity and impact"),
        QT_TRANSLATE_NOOP("Checklist", "Begin status page updates"),
        QT_TRANSLATE_NOOP("Checklist", "Initial investigation"),
        QT_TRANSLATE_NOOP("Checklist", "Check recent deployments"),
        QT_TRANSLATE_NOOP("Checklist", "Review error logs"),
        QT_TRANSLATE_NOOP("Checklist", "Examine monitoring dashboards"),
        QT_TRANSLATE_NOOP("Checklist", "Identify affected systems"),
        QT_TRANSLATE_NOOP("Checklist", "Determine root cause hypothesis"),
        QT_TRANSLATE_NOOP("Checklist", "Mitigation"),
        QT_TRANSLATE_NOOP("Checklist", "Implement immediate fix (if known)"),
        QT_TRANSLATE_NOOP("Checklist", "Rollback recent changes (if applicable)"),
        QT_TRANSLATE_NOOP("Checklist", "Scale resources (if capacity issue)"),
        QT_TRANSLATE_NOOP("Checklist", "Enable circuit breakers"),
        QT_TRANSLATE_NOOP("Checklist", "Route traffic away from affected systems"),
};

ChecklistTemplate translated(ChecklistTemplate checklist)
{
    for (ChecklistPhase &phase : checklist.phases) {
        phase.name = QCoreApplication::translate("Checklist", phase.name.toUtf8().constData());
        for (ChecklistItem &item : phase.items)
            item.text = QCoreApplication::translate("Checklist", item.text.toUtf8().constData());
    }
    return checklist;
}

} // namespace

ChecklistService::ChecklistService(Database &database, ChecklistTemplate checklistTemplate,
                                   const Clock &clock, QObject *parent)
    : QObject(parent),
      m_database(database),
      m_template(std::move(checklistTemplate)),
      m_clock(clock),
      m_incidents(std::make_unique<IncidentStore>(database)),
      m_ticks(std::make_unique<ChecklistStore>(database))
{ }

QString ChecklistService::defaultUserFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
            + QStringLiteral("/checklists.json");
}

ChecklistService::~ChecklistService() = default;

QByteArray ChecklistService::shippedText()
{
    QFile shipped(shippedChecklists);
    if (!shipped.open(QIODevice::ReadOnly))
        qFatal("The shipped checklists are missing from the resources");
    return shipped.readAll();
}

Result<ChecklistTemplate> ChecklistService::parseTemplate(const QByteArray &text,
                                                          const QString &fileName)
{
    const Result<QByteArray> utf8 = TextFile::utf8(text, fileName);
    if (!utf8)
        return Error {utf8.error()};
    return ChecklistParser::parse(utf8.value(), fileName);
}

ChecklistTemplate ChecklistService::loadTemplate(const QString &userFile, QStringList *warnings)
{
    const Result<ChecklistTemplate> defaults
            = ChecklistParser::parse(shippedText(), shippedChecklists);
    if (!defaults)
        qFatal("The shipped checklists are invalid: %s", qPrintable(defaults.error()));
    if (userFile.isEmpty() || !QFileInfo::exists(userFile))
        return translated(defaults.value());
    QFile file(userFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (warnings)
            *warnings << tr("Could not read %1 (%2); the default checklists are in force.")
                                 .arg(userFile, file.errorString());
        return translated(defaults.value());
    }
    const Result<ChecklistTemplate> mine = parseTemplate(file.readAll(), userFile);
    if (!mine) {
        if (warnings)
            *warnings << tr("%1 The default checklists are in force.").arg(mine.error());
        return translated(defaults.value());
    }
    return mine.value();
}

Result<QList<ChecklistEntry>> ChecklistService::checklist(IncidentId incidentId)
{
    const Result<std::optional<Incident>> incident = m_incidents->find(incidentId);
    if (!incident)
        return Error {incident.error()};
    if (!incident.value())
        return Error {tr("There is no incident #%1.").arg(incidentId)};
    const Result<QList<ChecklistTick>> ticks = m_ticks->ticks(incidentId);
    if (!ticks)
        return Error {ticks.error()};
    // Due times count from the declaration, when the response started.
    return checklistFor(m_template, incident.value()->detectedAt, ticks.value());
}

Result<ChecklistEntry> ChecklistService::tick(IncidentId incidentId, QStringView item,
                                              const QString &author)
{
    return setTicked(incidentId, item, true, author);
}

Result<ChecklistEntry> ChecklistService::untick(IncidentId incidentId, QStringView item,
                                                const QString &author)
{
    return setTicked(incidentId, item, false, author);
}

void ChecklistService::announceChanged(const QList<IncidentId> &incidentIds)
{
    for (const IncidentId id : incidentIds)
        Q_EMIT checklistChanged(id);
}

Result<ChecklistEntry> ChecklistService::setTicked(IncidentId incidentId, QStringView item,
                                                   bool ticked, const QString &author)
{
    const ChecklistItem *found = m_template.find(item);
    if (!found)
        return Error {tr("The checklist has no item \"%1\".").arg(item)};
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return Error {begun.error()};
    const Result<QList<ChecklistEntry>> entries = checklist(incidentId);
    if (!entries)
        return Error {entries.error()};
    ChecklistEntry entry;
    for (const ChecklistEntry &candidate : entries.value()) {
        if (candidate.item.key == found->key)
            entry = candidate;
    }
    if (entry.tick.has_value() == ticked)
        return Error {ticked ? tr("\"%1\" is already ticked.").arg(found->text)
                             : tr("\"%1\" is not ticked.").arg(found->text)};
    const QDateTime now = m_clock.now();
    if (ticked) {
        entry.tick = ChecklistTick {found->key, now, author};
        if (auto saved = m_ticks->tick(incidentId, *entry.tick); !saved)
            return Error {saved.error()};
    } else {
        entry.tick.reset();
        if (auto saved = m_ticks->untick(incidentId, found->key); !saved)
            return Error {saved.error()};
    }
    if (auto recorded = TeamRecorder(m_database).tick(incidentId, found->key, ticked, author, now);
        !recorded)
        return Error {recorded.error()};
    const Result<TimelineEvent> recorded
            = Declaration::recordCaptured(m_database, incidentId, TimelineKind::ChecklistTicked,
                                          ticked ? tr("Done: %1").arg(found->text)
                                                 : tr("Not done after all: %1").arg(found->text),
                                          author, now);
    if (!recorded)
        return Error {recorded.error()};
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    Q_EMIT checklistChanged(incidentId);
    Q_EMIT timelineEntryAdded(recorded.value());
    return entry;
}

} // namespace sitrep
