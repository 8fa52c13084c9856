#pragma once

#include "result.h"

#include <chrono>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace sitrep {

// One step of a response checklist, due a fixed time after the declaration.
struct ChecklistItem
{
    QString key; // stable within the template: "immediate.acknowledge"
    QString text;
    std::chrono::minutes due {0};

    bool operator==(const ChecklistItem &) const = default;
};

// "Immediate actions (first 5 minutes)": items done in one window after the declaration.
struct ChecklistPhase
{
    QString name;
    std::chrono::minutes from {0};
    std::chrono::minutes to {0};
    QList<ChecklistItem> items;

    bool operator==(const ChecklistPhase &) const = default;
};

// The response checklists every incident starts with (resources/checklists/response.json),
// replaceable by a user file of the same shape.
struct ChecklistTemplate
{
    QList<ChecklistPhase> phases;

    // By key, or by its number counted through all phases from 1 ("3").
    [[nodiscard]] const ChecklistItem *find(QStringView keyOrNumber) const;
    [[nodiscard]] QList<ChecklistItem> items() const;
};

// Reads a template from JSON:
//   {"phases": [{"name": "...", "from": "0m", "to": "5m",
//                "items": [{"key": "acknowledge", "text": "...", "due": "5m"}]}]}
// An item's "due" defaults to its phase's "to"; keys are prefixed with nothing and must be
// unique. Errors name the file and the problem.
class ChecklistParser
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistParser)
public:
    [[nodiscard]] static Result<ChecklistTemplate> parse(const QByteArray &json,
                                                         const QString &fileName);
};

// A ticked item of one incident's checklist.
struct ChecklistTick
{
    QString itemKey;
    QDateTime at;
    QString by;

    bool operator==(const ChecklistTick &) const = default;
};

// One item as the workspace shows it for an incident: when it is due and whether it is done.
struct ChecklistEntry
{
    QString phase;
    ChecklistItem item;
    QDateTime dueAt;
    std::optional<ChecklistTick> tick;

    [[nodiscard]] bool isOverdue(const QDateTime &now) const { return !tick && now > dueAt; }
};

// The template applied to an incident declared at `declaredAt`, with its ticks.
[[nodiscard]] QList<ChecklistEntry> checklistFor(const ChecklistTemplate &checklist,
                                                 const QDateTime &declaredAt,
                                                 const QList<ChecklistTick> &ticks);

} // namespace sitrep
