#include "alert.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitrep {

QString alertStateKey(Alert::State state)
{
    switch (state) {
    case Alert::State::Active:
        return QStringLiteral("active");
    case Alert::State::Suppressed:
        return QStringLiteral("suppressed");
    case Alert::State::Unprocessed:
        return QStringLiteral("unprocessed");
    }
    return {};
}

std::optional<Alert::State> parseAlertState(QStringView key)
{
    for (Alert::State state :
         {Alert::State::Active, Alert::State::Suppressed, Alert::State::Unprocessed}) {
        if (key == alertStateKey(state))
            return state;
    }
    return std::nullopt;
}

namespace {

// JSON string escaping by hand: an ingest writes two label sets per alert, and QJsonDocument
// costs several times more for these small objects.
void appendJsonString(QString &out, const QString &text)
{
    out.append(u'"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out.append(QLatin1StringView("\\\""));
            break;
        case u'\\':
            out.append(QLatin1StringView("\\\\"));
            break;
        default:
            if (c.unicode() < 0x20)
                out.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
            else
                out.append(c);
        }
    }
    out.append(u'"');
}

} // namespace

QString AlertJson::labelsToJsonText(const Labels &labels)
{
    QString out;
    out.reserve(32 * labels.size() + 2);
    out.append(u'{');
    bool first = true;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (!std::exchange(first, false))
            out.append(u',');
        appendJsonString(out, it.key());
        out.append(u':');
        appendJsonString(out, it.value());
    }
    out.append(u'}');
    return out;
}

QByteArray AlertJson::labelsToJson(const Labels &labels)
{
    return labelsToJsonText(labels).toUtf8();
}

Labels AlertJson::plainLabelsFromJson(const QByteArray &json)
{
    Labels labels;
    const auto text = [&json](qsizetype open, qsizetype close) {
        return QString::fromUtf8(json.constData() + open + 1, close - open - 1);
    };
    qsizetype keyOpen = json.indexOf('"');
    while (keyOpen >= 0) {
        const qsizetype keyClose = json.indexOf('"', keyOpen + 1);
        const qsizetype valueOpen = keyClose < 0 ? -1 : json.indexOf('"', keyClose + 1);
        const qsizetype valueClose = valueOpen < 0 ? -1 : json.indexOf('"', valueOpen + 1);
        if (valueClose < 0)
            break;
        // Written in key order, so each goes at the end.
        labels.insert(labels.cend(), text(keyOpen, keyClose), text(valueOpen, valueClose));
        keyOpen = json.indexOf('"', valueClose + 1);
    }
    return labels;
}

Labels AlertJson::labelsFromJson(const QByteArray &json)
{
    // The cache wrote it (labelsToJson): an object whose every value is a string. Without an
    // escape (nearly always) each string is what stands between its quotes, read without the
    // JSON parser, which took most of the time of reading a storm's 100,000 alerts back.
    if (!json.contains('\\'))
        return plainLabelsFromJson(json);
    Labels labels;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

} // namespace sitrep
