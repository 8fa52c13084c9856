#pragma once

#include "domain/checklist.h"
#include "domain/clock.h"
#include "domain/incident.h"
#include "domain/timelineevent.h"

#include <memory>

#include <QObject>
#include <QStringList>

namespace sitrep {

class ChecklistStore;
class IncidentStore;
class Database;

// The response checklists of each incident: the template in force, applied from the moment
// the incident was declared, with the items ticked so far. Ticking or unticking is recorded
// on the timeline in the same transaction.
class ChecklistService : public QObject
{
    Q_OBJECT
public:
    ChecklistService(Database &database, ChecklistTemplate checklistTemplate, const Clock &clock,
                     QObject *parent = nullptr);
    ~ChecklistService() override;

    [[nodiscard]] const ChecklistTemplate &checklistTemplate() const { return m_template; }
    // Checklists edited in Settings: every checklist is shown from them from now on (ticks are
    // kept by item key, as when the file is edited between two starts).
    void setChecklistTemplate(ChecklistTemplate checklistTemplate)
    {
        m_template = std::move(checklistTemplate);
    }
    [[nodiscard]] Result<QList<ChecklistEntry>> checklist(IncidentId incidentId);
    // `item` is an item key or its number (1-based, through all phases).
    [[nodiscard]] Result<ChecklistEntry> tick(IncidentId incidentId, QStringView item,
                                              const QString &author);
    [[nodiscard]] Result<ChecklistEntry> untick(IncidentId incidentId, QStringView item,
                                                const QString &author);

    // The shipped template and, if the user has one, theirs instead; `warnings` says why the
    // user's file was not used.
    [[nodiscard]] static QString defaultUserFile();
    [[nodiscard]] static ChecklistTemplate loadTemplate(const QString &userFile,
                                                        QStringList *warnings);
    // The shipped checklists file's text.
    [[nodiscard]] static QByteArray shippedText();
    // A user's checklists file's text, or its problem naming `fileName`.
    [[nodiscard]] static Result<ChecklistTemplate> parseTemplate(const QByteArray &text,
                                                                 const QString &fileName);

    // Checklists the team changed (committed by the sync worker).
    void announceChanged(const QList<IncidentId> &incidentIds);

Q_SIGNALS:
    void checklistChanged(sitrep::IncidentId incidentId);
    void timelineEntryAdded(const sitrep::TimelineEvent &entry);

private:
    Result<ChecklistEntry> setTicked(IncidentId incidentId, QStringView item, bool ticked,
                                     const QString &author);

    Database &m_database;
    ChecklistTemplate m_template;
    const Clock &m_clock;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<ChecklistStore> m_ticks;
};

} // namespace sitrep
