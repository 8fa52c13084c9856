#include "teamincidentfields.h"

#include <cmath>
#include <functional>

#include <QHash>

namespace sitrep {

namespace {

// A scalar field: its name in the log, how it is read from an incident, and written back.
struct Scalar
{
    const char *name;
    std::function<QJsonValue(const Incident &)> read;
    std::function<void(Incident &, const QJsonValue &)> write;
};

Scalar text(const char *name, QString Incident::*member)
{
    return {name, [member](const Incident &incident) { return QJsonValue(incident.*member); },
            [member](Incident &incident, const QJsonValue &value) {
                incident.*member = value.toString();
            }};
}

Scalar moment(const char *name, QDateTime Incident::*member)
{
    return {name,
            [member](const Incident &incident) {
                return TeamIncidentFields::timeValue(incident.*member);
            },
            [member](Incident &incident, const QJsonValue &value) {
                incident.*member = TeamIncidentFields::timeOf(value);
            }};
}

QJsonObject lifecycleOf(const Incident &incident)
{
    return {{QStringLiteral("status"), statusKey(incident.status)},
            {QStringLiteral("acknowledged_at"),
             TeamIncidentFields::timeValue(incident.acknowledgedAt)},
            {QStringLiteral("resolved_at"), TeamIncidentFields::timeValue(incident.resolvedAt)},
            {QStringLiteral("resolution"), incident.resolution},
            {QStringLiteral("root_cause"), incident.rootCause}};
}

const QList<Scalar> &scalars()
{
    static const QList<Scalar> fields {
            text("title", &Incident::title),
            {"severity",
             [](const Incident &incident) { return QJsonValue(severityCode(incident.severity)); },
             [](Incident &incident, const QJsonValue &value) {
                 incident.severity = parseSeverity(value.toString()).value_or(incident.severity);
             }},
            {TeamIncidentFields::lifecycle,
             [](const Incident &incident) { return QJsonValue(lifecycleOf(incident)); },
             [](Incident &incident, const QJsonValue &value) {
                 const QJsonObject register_ = value.toObject();
                 incident.status = parseStatus(register_.value(u"status").toString())
                                           .value_or(incident.status);
                 incident.acknowledgedAt
                         = TeamIncidentFields::timeOf(register_.value(u"acknowledged_at"));
                 incident.resolvedAt = TeamIncidentFields::timeOf(register_.value(u"resolved_at"));
                 incident.resolution = register_.value(u"resolution").toString();
                 incident.rootCause = register_.value(u"root_cause").toString();
             }},
            text("commander", &Incident::commander),
            text("scribe", &Incident::scribe),
            text("communications_lead", &Incident::communicationsLead),
            text("impact", &Incident::impact),
            {"affected_users",
             [](const Incident &incident) { return QJsonValue(incident.affectedUsers); },
             [](Incident &incident, const QJsonValue &value) {
                 // Converting a double out of qint64's range is undefined: a hostile or broken
                 // peer's count outside the documented range leaves the field as it was.
                 const double users = value.toDouble(-1);
                 if (users >= 0 && users <= double(Incident::mostAffectedUsers))
                     incident.affectedUsers = qint64(users);
             }},
            {"revenue_impact_per_hour",
             [](const Incident &incident) { return QJsonValue(incident.revenueImpactPerHour); },
             [](Incident &incident, const QJsonValue &value) {
                 if (const double revenue = value.toDouble(-1);
                     std::isfinite(revenue) && revenue >= 0)
                     incident.revenueImpactPerHour = revenue;
             }},
            {"detection",
             [](const Incident &incident) { return QJsonValue(detectionKey(incident.detection)); },
             [](Incident &incident, const QJsonValue &value) {
                 incident.detection = parseDetection(value.toString()).value_or(incident.detection);
             }},
            moment("started_at", &Incident::startedAt),
            moment("detected_at", &Incident::detectedAt),
            moment("last_update_at", &Incident::lastUpdateAt),
    };
    return fields;
}

struct Set
{
    const char *name;
    QStringList Incident::*member;
};

constexpr Set sets[] = {{"responders", &Incident::responders}, {"services", &Incident::services}};

QString memberField(const Set &set, const QString &member)
{
    return QString::fromLatin1(set.name) + u'/' + member;
}

} // namespace

QList<TeamField> TeamIncidentFields::all(const Incident &incident)
{
    QList<TeamField> fields;
    for (const Scalar &scalar : scalars())
        fields.append({QString::fromLatin1(scalar.name), scalar.read(incident)});
    for (const Set &set : sets) {
        for (const QString &member : incident.*set.member)
            fields.append({memberField(set, member), true});
    }
    return fields;
}

QList<TeamField> TeamIncidentFields::changed(const Incident &before, const Incident &after)
{
    QList<TeamField> fields;
    for (const Scalar &scalar : scalars()) {
        const QJsonValue value = scalar.read(after);
        if (value != scalar.read(before))
            fields.append({QString::fromLatin1(scalar.name), value});
    }
    for (const Set &set : sets) {
        for (const QString &member : after.*set.member) {
            if (!(before.*set.member).contains(member))
                fields.append({memberField(set, member), true});
        }
        for (const QString &member : before.*set.member) {
            if (!(after.*set.member).contains(member))
                fields.append({memberField(set, member), false});
        }
    }
    return fields;
}

bool TeamIncidentFields::apply(Incident &incident, const TeamField &field)
{
    for (const Scalar &scalar : scalars()) {
        if (field.name == QLatin1String(scalar.name)) {
            scalar.write(incident, field.value);
            return true;
        }
    }
    for (const Set &set : sets) {
        const QString prefix = QString::fromLatin1(set.name) + u'/';
        if (!field.name.startsWith(prefix))
            continue;
        const QString member = field.name.mid(prefix.size());
        QStringList &list = incident.*set.member;
        list.removeAll(member);
        if (field.value.toBool())
            list.append(member);
        return true;
    }
    return false;
}

QJsonValue TeamIncidentFields::timeValue(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toMSecsSinceEpoch()) : QJsonValue(QJsonValue::Null);
}

QDateTime TeamIncidentFields::timeOf(const QJsonValue &value)
{
    return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC)
                            : QDateTime();
}

QStringList TeamIncidentFields::setNames()
{
    QStringList names;
    for (const Set &set : sets)
        names << QString::fromLatin1(set.name);
    return names;
}

QStringList &TeamIncidentFields::members(Incident &incident, const QString &set)
{
    for (const Set &known : sets) {
        if (set == QLatin1String(known.name))
            return incident.*known.member;
    }
    Q_UNREACHABLE();
}

QString TeamIncidentFields::setOf(const QString &field)
{
    for (const Set &set : sets) {
        if (field.startsWith(QString::fromLatin1(set.name) + u'/'))
            return QString::fromLatin1(set.name);
    }
    return {};
}

QString TeamIncidentFields::describe(const TeamField &field)
{
    if (field.name == QLatin1String(lifecycle)) {
        const auto status = parseStatus(field.value.toObject().value(u"status").toString());
        return status ? statusDisplayName(*status) : QString();
    }
    if (!setOf(field.name).isEmpty()) {
        const QString member = field.name.section(u'/', 1);
        return field.value.toBool() ? tr("%1 in", "a set member added").arg(member)
                                    : tr("%1 out", "a set member taken out").arg(member);
    }
    if (field.value.isDouble() && field.name.endsWith(QLatin1String("_at")))
        return TeamIncidentFields::timeOf(field.value)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    if (field.value.isDouble())
        return QString::number(field.value.toDouble());
    QString text = field.value.toString();
    return text.size() > 60 ? text.left(59) + QChar(0x2026) : text;
}

QString TeamIncidentFields::fieldName(const QString &field)
{
    const QString set = setOf(field);
    const QString name = set.isEmpty() ? field : set;
    static const QHash<QString, const char *> names {
            {QStringLiteral("title"), QT_TR_NOOP("Title")},
            {QStringLiteral("severity"), QT_TR_NOOP("Severity")},
            {QStringLiteral("lifecycle"), QT_TR_NOOP("Status")},
            {QStringLiteral("commander"), QT_TR_NOOP("Incident commander")},
            {QStringLiteral("scribe"), QT_TR_NOOP("Scribe")},
            {QStringLiteral("communications_lead"), QT_TR_NOOP("Communications lead")},
            {QStringLiteral("impact"), QT_TR_NOOP("Impact")},
            {QStringLiteral("affected_users"), QT_TR_NOOP("Affected users")},
            {QStringLiteral("revenue_impact_per_hour"), QT_TR_NOOP("Revenue impact per hour")},
            {QStringLiteral("detection"), QT_TR_NOOP("Detection")},
            {QStringLiteral("started_at"), QT_TR_NOOP("Start")},
            {QStringLiteral("detected_at"), QT_TR_NOOP("Detection time")},
            {QStringLiteral("last_update_at"), QT_TR_NOOP("Last update")},
            {QStringLiteral("responders"), QT_TR_NOOP("Responders")},
            {QStringLiteral("services"), QT_TR_NOOP("Services")},
    };
    const char *known = names.value(name);
    return known ? tr(known) : name;
}

} // namespace sitrep
