#include "checklist.h"

#include "durationtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sitrep {

const ChecklistItem *ChecklistTemplate::find(QStringView keyOrNumber) const
{
    bool isNumber = false;
    const int number = keyOrNumber.toInt(&isNumber);
    int counted = 0;
    for (const ChecklistPhase &phase : phases) {
        for (const ChecklistItem &item : phase.items) {
            ++counted;
            if ((isNumber && counted == number) || (!isNumber && item.key == keyOrNumber))
                return &item;
        }
    }
    return nullptr;
}

QList<ChecklistItem> ChecklistTemplate::items() const
{
    QList<ChecklistItem> all;
    for (const ChecklistPhase &phase : phases)
        all.append(phase.items);
    return all;
}

namespace {

std::optional<std::chrono::minutes> minutesOf(const QJsonValue &value)
{
    const auto duration = parseDurationText(value.toString());
    if (!duration)
        return std::nullopt;
    return std::chrono::duration_cast<std::chrono::minutes>(*duration);
}

} // namespace

Result<ChecklistTemplate> ChecklistParser::parse(const QByteArray &json, const QString &fileName)
{
    const auto fail = [&fileName](const QString &problem) {
        return Error {tr("%1: %2").arg(fileName, problem)};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON at character %1: %2")
                            .arg(parseError.offset)
                            .arg(parseError.errorString()));
    const QJsonValue phases = document.object().value(u"phases");
    if (!phases.isArray() || phases.toArray().isEmpty())
        return fail(tr("\"phases\" must be a non-empty list."));

    ChecklistTemplate checklist;
    QSet<QString> keys;
    for (const QJsonValue &phaseValue : phases.toArray()) {
        const QJsonObject object = phaseValue.toObject();
        ChecklistPhase phase;
        phase.name = object.value(u"name").toString().trimmed();
        if (phase.name.isEmpty())
            return fail(tr("every phase needs a \"name\"."));
        const auto from = minutesOf(object.value(u"from"));
        const auto to = minutesOf(object.value(u"to"));
        if (!from || !to || *to < *from)
            return fail(tr("phase \"%1\": \"from\" and \"to\" must be durations like \"5m\", "
                           "with \"to\" not before \"from\".")
                                .arg(phase.name));
        phase.from = *from;
        phase.to = *to;
        const QJsonArray items = object.value(u"items").toArray();
        if (items.isEmpty())
            return fail(tr("phase \"%1\" has no items.").arg(phase.name));
        for (const QJsonValue &itemValue : items) {
            const QJsonObject itemObject = itemValue.toObject();
            ChecklistItem item;
            item.key = itemObject.value(u"key").toString().trimmed();
            item.text = itemObject.value(u"text").toString().trimmed();
            if (item.key.isEmpty() || item.text.isEmpty())
                return fail(tr("phase \"%1\": every item needs a \"key\" and a \"text\".")
                                    .arg(phase.name));
            if (keys.contains(item.key))
                return fail(tr("the item key \"%1\" is used twice.").arg(item.key));
            keys.insert(item.key);
            if (itemObject.contains(u"due")) {
                const auto due = minutesOf(itemObject.value(u"due"));
                if (!due)
                    return fail(tr("item \"%1\": \"due\" must be a duration like \"5m\".")
                                        .arg(item.key));
                item.due = *due;
            } else {
                item.due = phase.to;
            }
            phase.items.append(item);
        }
        checklist.phases.append(phase);
    }
    return checklist;
}

QList<ChecklistEntry> checklistFor(const ChecklistTemplate &checklist, const QDateTime &declaredAt,
                                   const QList<ChecklistTick> &ticks)
{
    QList<ChecklistEntry> entries;
    for (const ChecklistPhase &phase : checklist.phases) {
        for (const ChecklistItem &item : phase.items) {
            ChecklistEntry entry {phase.name, item,
                                  declaredAt.addSecs(std::chrono::seconds(item.due).count()),
                                  std::nullopt};
            for (const ChecklistTick &tick : ticks) {
                if (tick.itemKey == item.key)
                    entry.tick = tick;
            }
            entries.append(entry);
        }
    }
    return entries;
}

} // namespace sitrep
