#include "alertmanageralerts.h"

#include "jsoncursor.h"

#include <optional>
#include <string_view>
#include <unordered_map>

namespace sitrep {

namespace {

// RFC 3339 ("2024-01-15T14:23:00.123456789Z", "…+02:00") read by hand: a reply of thousands
// of alerts has three times each, and QDateTime::fromString costs several microseconds a time.
// Fractions beyond milliseconds (Alertmanager writes nanoseconds) are dropped.
QDateTime timeFrom(QByteArrayView text)
{
    const auto isDigit = [&text](qsizetype at) { return text[at] >= '0' && text[at] <= '9'; };
    const auto digits = [&](qsizetype at, int count) {
        int number = 0;
        for (int i = 0; i < count; ++i) {
            if (!isDigit(at + i))
                return -1;
            number = number * 10 + (text[at + i] - '0');
        }
        return number;
    };
    if (text.size() < 20 || text[4] != '-' || text[7] != '-'
        || (text[10] != 'T' && text[10] != 't' && text[10] != ' ') || text[13] != ':'
        || text[16] != ':')
        return {};
    const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
    int milliseconds = 0;
    qsizetype at = 19;
    if (text[at] == '.') {
        int scale = 100;
        for (++at; at < text.size() && isDigit(at); ++at) {
            milliseconds += (text[at] - '0') * scale;
            scale /= 10;
        }
    }
    const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), milliseconds);
    if (!date.isValid() || !time.isValid() || at >= text.size())
        return {};
    int offsetSeconds = 0;
    const char zone = text[at];
    if (zone == '+' || zone == '-') {
        if (text.size() != at + 6 || text[at + 3] != ':')
            return {};
        const int hours = digits(at + 1, 2);
        const int minutes = digits(at + 4, 2);
        if (hours < 0 || minutes < 0)
            return {};
        offsetSeconds = (zone == '+' ? 1 : -1) * (hours * 3600 + minutes * 60);
    } else if ((zone != 'Z' && zone != 'z') || text.size() != at + 1) {
        return {};
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

// The names and short values a reply repeats (label names, "critical", a service, a silence),
// each made once and shared: a storm's 100,000 alerts repeat a few hundred of them.
class NamePool
{
public:
    QString take(const JsonCursor::Text &text)
    {
        if (text.escaped || text.raw.size() > longestPooled)
            return JsonCursor::decode(text);
        const std::string_view key(text.raw.data(), size_t(text.raw.size()));
        if (const auto found = m_names.find(key); found != m_names.end())
            return found->second;
        QString name = JsonCursor::decode(text);
        if (m_names.size() < mostPooled)
            m_names.emplace(key, name);
        return name;
    }

private:
    static constexpr qsizetype longestPooled = 64;
    static constexpr size_t mostPooled = 50'000; // a hostile reply's unique values stop here
    std::unordered_map<std::string_view, QString> m_names; // the keys point into the reply
};

// An alert as the reply has it, before its shape is checked.
struct ReadAlert
{
    Alert alert;
    bool labelsRead = false;      // an object of strings
    bool annotationsRead = false; // the same
    std::optional<Alert::State> state;
    bool listsRead = true; // silencedBy and inhibitedBy: absent, null or lists of strings
};

// The reply walked as Alertmanager's API documents it. Each read returns false only when the
// JSON itself is at fault; a value of the wrong kind is skipped and marked in the ReadAlert.
class ReplyReader
{
public:
    explicit ReplyReader(QByteArrayView body) : m_json(body) { }

    Result<QList<Alert>> read()
    {
        QList<Alert> alerts;
        std::optional<QString> problem; // the first alert that is not of the documented shape
        if (m_json.peek() == JsonCursor::Kind::Array) {
            int number = 0;
            m_json.readArray([&] {
                ++number;
                if (problem)
                    return m_json.skipValue(); // the rest is still checked as JSON
                const auto refuse = [&](const QString &why) {
                    problem = AlertmanagerAlerts::tr("alert %1: %2").arg(number).arg(why);
                };
                if (m_json.peek() != JsonCursor::Kind::Object) {
                    refuse(AlertmanagerAlerts::tr("is not an object."));
                    return m_json.skipValue();
                }
                ReadAlert read;
                if (!readAlert(read))
                    return false;
                if (const std::optional<QString> why = shapeProblem(read)) {
                    refuse(*why);
                } else {
                    read.alert.state = *read.state; // shapeProblem saw that it has one
                    alerts.append(std::move(read.alert));
                }
                return true;
            });
        } else if (m_json.skipValue()) {
            problem = AlertmanagerAlerts::tr("the reply is not a list of alerts.");
        }
        if (!m_json.finish()) {
            const QJsonParseError &error = m_json.error();
            return Error {AlertmanagerAlerts::tr("the reply is not valid JSON (at byte %1: %2).")
                                  .arg(error.offset)
                                  .arg(error.errorString())};
        }
        if (problem)
            return Error {*problem};
        return alerts;
    }

private:
    static std::optional<QString> shapeProblem(const ReadAlert &read)
    {
        if (read.alert.fingerprint.isEmpty())
            return AlertmanagerAlerts::tr("has no fingerprint.");
        if (!read.labelsRead)
            return AlertmanagerAlerts::tr("labels must be an object of strings.");
        if (!read.annotationsRead)
            return AlertmanagerAlerts::tr("annotations must be an object of strings.");
        if (!read.alert.startsAt.isValid())
            return AlertmanagerAlerts::tr("startsAt is not a time.");
        if (!read.state)
            return AlertmanagerAlerts::tr(
                    "status.state must be active, suppressed or unprocessed.");
        if (!read.listsRead)
            return AlertmanagerAlerts::tr(
                    "status.silencedBy and status.inhibitedBy must be lists.");
        return std::nullopt;
    }

    // A member's name as JSON means it, escapes and all. Nearly always it has none and is the
    // reply's own bytes; an escaped one is decoded into `decoded`.
    static QByteArrayView nameOf(const JsonCursor::Text &key, QByteArray &decoded)
    {
        if (!key.escaped)
            return key.raw;
        decoded = JsonCursor::decode(key).toUtf8();
        return decoded;
    }

    bool readAlert(ReadAlert &read)
    {
        Alert &alert = read.alert;
        return m_json.readObject([&](const JsonCursor::Text &key) {
            QByteArray decoded;
            const QByteArrayView name = nameOf(key, decoded);
            if (name == "fingerprint")
                return readString(alert.fingerprint);
            if (name == "labels")
                return readLabels(alert.labels, read.labelsRead);
            if (name == "annotations")
                return readLabels(alert.annotations, read.annotationsRead);
            if (name == "startsAt")
                return readTime(alert.startsAt);
            if (name == "endsAt")
                return readTime(alert.endsAt);
            if (name == "updatedAt")
                return readTime(alert.updatedAt);
            if (name == "generatorURL")
                return readString(alert.generatorUrl);
            if (name == "status")
                return readStatus(read);
            return m_json.skipValue();
        });
    }

    bool readStatus(ReadAlert &read)
    {
        read.state = std::nullopt;
        read.listsRead = true;
        read.alert.silencedBy.clear();
        read.alert.inhibitedBy.clear();
        if (m_json.peek() != JsonCursor::Kind::Object)
            return m_json.skipValue();
        return m_json.readObject([&](const JsonCursor::Text &key) {
            QByteArray decoded;
            const QByteArrayView name = nameOf(key, decoded);
            if (name == "state") {
                QString state;
                if (!readString(state))
                    return false;
                read.state = parseAlertState(state);
                return true;
            }
            if (name == "silencedBy")
                return readStrings(read.alert.silencedBy, read.listsRead);
            if (name == "inhibitedBy")
                return readStrings(read.alert.inhibitedBy, read.listsRead);
            return m_json.skipValue();
        });
    }

    // A string, or empty when the value is another kind.
    bool readString(QString &value)
    {
        value.clear();
        if (m_json.peek() != JsonCursor::Kind::String)
            return m_json.skipValue();
        JsonCursor::Text text;
        if (!m_json.readText(text))
            return false;
        value = JsonCursor::decode(text);
        return true;
    }

    bool readTime(QDateTime &time)
    {
        time = {};
        if (m_json.peek() != JsonCursor::Kind::String)
            return m_json.skipValue();
        JsonCursor::Text text;
        if (!m_json.readText(text))
            return false;
        time = timeFrom(text.escaped ? JsonCursor::decode(text).toUtf8() : text.raw);
        return true;
    }

    // An object whose every value is a string; `valid` says whether it was one.
    bool readLabels(Labels &labels, bool &valid)
    {
        labels.clear();
        valid = m_json.peek() == JsonCursor::Kind::Object;
        if (!valid)
            return m_json.skipValue();
        return m_json.readObject([&](const JsonCursor::Text &key) {
            std::optional<QString> value;
            if (!readPooled(value, valid))
                return false;
            // Alertmanager writes labels sorted by name, so each goes in at the map's end.
            if (value)
                labels.insert(labels.cend(), m_names.take(key), *value);
            return true;
        });
    }

    // Absent or null is an empty list; anything but a list of strings clears `valid`.
    bool readStrings(QStringList &strings, bool &valid)
    {
        strings.clear();
        if (m_json.peekNull())
            return m_json.skipValue();
        if (m_json.peek() != JsonCursor::Kind::Array) {
            valid = false;
            return m_json.skipValue();
        }
        return m_json.readArray([&] {
            std::optional<QString> string;
            if (!readPooled(string, valid))
                return false;
            if (string)
                strings << *string;
            return true;
        });
    }

    // The next value as a shared string (see NamePool); when it is another kind, none, with
    // `valid` cleared and the value skipped.
    bool readPooled(std::optional<QString> &string, bool &valid)
    {
        if (m_json.peek() != JsonCursor::Kind::String) {
            valid = false;
            return m_json.skipValue();
        }
        JsonCursor::Text text;
        if (!m_json.readText(text))
            return false;
        string = m_names.take(text);
        return true;
    }

    JsonCursor m_json;
    NamePool m_names;
};

} // namespace

Result<QList<Alert>> AlertmanagerAlerts::parse(const QByteArray &body)
{
    return ReplyReader(body).read();
}

} // namespace sitrep
