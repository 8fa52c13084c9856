#include "teampostmortemfields.h"

#include "fractionalkey.h"
#include "postmortemjson.h"
#include "uuidv7.h"

#include <QJsonArray>

namespace sitrep {

namespace {

constexpr QStringView itemsPrefix = u"action_items/";
constexpr QStringView itemsKey = u"action_items";

QString itemField(const Postmortem::ActionItem &item)
{
    return itemsPrefix.toString() + item.uid.toString(QUuid::WithoutBraces);
}

QJsonValue itemValue(const Postmortem::ActionItem &item)
{
    return PostmortemJson::writeItem(item);
}

void sortItems(QList<Postmortem::ActionItem> &items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const Postmortem::ActionItem &a, const Postmortem::ActionItem &b) {
                         return std::tie(a.order, a.uid) < std::tie(b.order, b.uid);
                     });
}

} // namespace

QJsonObject TeamPostmortemFields::document(const StoredPostmortem &stored)
{
    QJsonObject fields = PostmortemJson::write(stored.postmortem);
    fields.remove(itemsKey);
    fields.insert(QStringLiteral("status"), postmortemStatusText(stored.postmortem.status));
    fields.insert(QStringLiteral("review_at"), TeamIncidentFields::timeValue(stored.reviewAt));
    fields.insert(QStringLiteral("attendees"), QJsonArray::fromStringList(stored.attendees));
    return fields;
}

QList<TeamField> TeamPostmortemFields::all(const StoredPostmortem &stored)
{
    QList<TeamField> fields;
    const QJsonObject sections = document(stored);
    for (auto it = sections.begin(); it != sections.end(); ++it)
        fields.append({it.key(), it.value()});
    for (const Postmortem::ActionItem &item : stored.postmortem.actionItems)
        fields.append({itemField(item), itemValue(item)});
    return fields;
}

QList<TeamField> TeamPostmortemFields::changed(const StoredPostmortem &before,
                                               const StoredPostmortem &after)
{
    QList<TeamField> fields;
    const QJsonObject was = document(before);
    const QJsonObject now = document(after);
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (it.value() != was.value(it.key()))
            fields.append({it.key(), it.value()});
    }
    const auto find = [](const QList<Postmortem::ActionItem> &items, const QUuid &uid) {
        return std::find_if(items.cbegin(), items.cend(),
                            [&uid](const Postmortem::ActionItem &item) { return item.uid == uid; });
    };
    const QList<Postmortem::ActionItem> &older = before.postmortem.actionItems;
    const QList<Postmortem::ActionItem> &newer = after.postmortem.actionItems;
    for (const Postmortem::ActionItem &item : newer) {
        const auto previous = find(older, item.uid);
        if (previous == older.cend() || !(*previous == item))
            fields.append({itemField(item), itemValue(item)});
    }
    for (const Postmortem::ActionItem &item : older) {
        if (find(newer, item.uid) == newer.cend())
            fields.append({itemField(item), QJsonValue(QJsonValue::Null)});
    }
    return fields;
}

bool TeamPostmortemFields::apply(StoredPostmortem &stored, const TeamField &field)
{
    QList<Postmortem::ActionItem> &items = stored.postmortem.actionItems;
    if (field.name.startsWith(itemsPrefix)) {
        const QUuid uid(field.name.mid(itemsPrefix.size()));
        items.removeIf([&uid](const Postmortem::ActionItem &item) { return item.uid == uid; });
        if (field.value.isObject()) {
            Postmortem::ActionItem item = PostmortemJson::readItem(field.value.toObject());
            item.uid = uid;
            items.append(item);
            sortItems(items);
        }
        return true;
    }
    QJsonObject sections = document(stored);
    if (!sections.contains(field.name))
        return false;
    sections.insert(field.name, field.value);
    const IncidentId incident = stored.postmortem.incident;
    const QList<Postmortem::ActionItem> kept = items;
    stored.postmortem = PostmortemJson::read(sections);
    stored.postmortem.incident = incident;
    stored.postmortem.actionItems = kept;
    stored.postmortem.status = parsePostmortemStatus(sections.value(u"status").toString())
                                       .value_or(Postmortem::Status::Draft);
    stored.reviewAt = TeamIncidentFields::timeOf(sections.value(u"review_at"));
    stored.attendees.clear();
    for (const QJsonValue &attendee : sections.value(u"attendees").toArray())
        stored.attendees << attendee.toString();
    return true;
}

bool TeamPostmortemFields::isTextSection(const QString &field)
{
    static const QStringList sections {
            QStringLiteral("summary"),   QStringLiteral("root_cause"), QStringLiteral("resolution"),
            QStringLiteral("went_well"), QStringLiteral("went_wrong"), QStringLiteral("lessons"),
    };
    return sections.contains(field);
}

QJsonValue TeamPostmortemFields::withCopies(const QJsonValue &winner, QList<ConflictCopy> copies)
{
    std::sort(copies.begin(), copies.end(), [](const ConflictCopy &a, const ConflictCopy &b) {
        return std::tie(a.stamp, a.change) < std::tie(b.stamp, b.change);
    });
    const auto heading = [](const ConflictCopy &copy) {
        return tr("Conflict copy: %1's version, written at the same time as the one above "
                  "(%2). Keep what is needed and delete this copy.")
                .arg(copy.author,
                     QDateTime::fromMSecsSinceEpoch(copy.stamp.ms, Qt::UTC)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    };
    if (winner.isArray()) {
        QJsonArray lines = winner.toArray();
        for (const ConflictCopy &copy : std::as_const(copies)) {
            QStringList theirs;
            for (const QJsonValue &line : copy.value.toArray())
                theirs << line.toString();
            lines.append(heading(copy) + u' ' + theirs.join(QStringLiteral("; ")));
        }
        return lines;
    }
    QString text = winner.toString();
    for (const ConflictCopy &copy : std::as_const(copies))
        text += QStringLiteral("\n\n") + heading(copy) + u'\n' + copy.value.toString();
    return text;
}

void TeamPostmortemFields::identify(Postmortem &postmortem, qint64 nowMs)
{
    QList<Postmortem::ActionItem> &items = postmortem.actionItems;
    QString previous;
    for (qsizetype at = 0; at < items.size(); ++at) {
        Postmortem::ActionItem &item = items[at];
        if (item.uid.isNull())
            item.uid = UuidV7::make(nowMs);
        if (!item.order.isEmpty() && item.order > previous) {
            previous = item.order;
            continue;
        }
        // The next item that still sorts after the previous one bounds the new key.
        QString next;
        for (qsizetype later = at + 1; later < items.size() && next.isEmpty(); ++later) {
            if (items.at(later).order > previous)
                next = items.at(later).order;
        }
        item.order = FractionalKey::between(previous, next);
        previous = item.order;
    }
}

} // namespace sitrep
