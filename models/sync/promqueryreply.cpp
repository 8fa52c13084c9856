#include "promqueryreply.h"

#include <cmath>
#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitrep {

namespace {

QString labelText(const QJsonObject &metric)
{
    QStringList pairs;
    for (auto it = metric.begin(); it != metric.end(); ++it)
        pairs << QStringLiteral("%1=\"%2\"").arg(it.key(), it.value().toString());
    return u'{' + pairs.join(u',') + u'}';
}

// Prometheus answers Unix seconds; anything before 1970 or after the year 5000 is no time it
// gives, and would overflow the milliseconds the rules count in.
constexpr double latestSeconds = 95'617'584'000.0;

// [1700000000.123, "0.5"]. The error is empty when the pair is malformed, and says what is
// wrong with a time that is out of range.
Result<PromSample> sample(const QJsonValue &pair)
{
    const QJsonArray values = pair.toArray();
    if (values.size() != 2 || !values.at(0).isDouble() || !values.at(1).isString())
        return Error {QString()};
    const double seconds = values.at(0).toDouble();
    if (!std::isfinite(seconds) || seconds < 0 || seconds > latestSeconds)
        return Error {PromQueryReply::tr("a sample's time (%1) is not a time Prometheus gives.")
                              .arg(seconds)};
    const auto value = PromQueryReply::number(values.at(1).toString());
    if (!value)
        return Error {QString()};
    return PromSample {qint64(std::llround(seconds * 1000)), *value};
}

} // namespace

std::optional<double> PromQueryReply::number(QStringView text)
{
    if (text == u"NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == u"+Inf" || text == u"Inf")
        return std::numeric_limits<double>::infinity();
    if (text == u"-Inf")
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

Result<QList<PromSeries>> PromQueryReply::parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (!document.isObject())
        return Error {tr("the reply is not JSON (%1).").arg(error.errorString())};
    const QJsonObject reply = document.object();
    if (reply.value(u"status").toString() != u"success") {
        // Issue 27, defect 9: say what the server said, and that it said nothing when it did.
        QStringList said;
        for (const auto key : {u"errorType", u"error"})
            if (const QString part = reply.value(key).toString().simplified(); !part.isEmpty())
                said << part;
        const QString status = reply.value(u"status").toString();
        return Error {said.isEmpty()
                              ? tr("the server did not answer with success (status \"%1\") and "
                                   "gave no reason.")
                                        .arg(status.isEmpty() ? tr("none") : status)
                              : tr("the server refused the query: %1")
                                        .arg(said.join(QStringLiteral(": ")))};
    }
    const QJsonObject data = reply.value(u"data").toObject();
    const QString type = data.value(u"resultType").toString();
    const QJsonValue result = data.value(u"result");
    const auto malformed = [&type](const Result<PromSample> &bad) {
        return Error {bad.error().isEmpty() ? tr("the reply's %1 result is malformed.").arg(type)
                                            : bad.error()};
    };
    QList<PromSeries> series;
    if (type == u"scalar") {
        const auto only = sample(result);
        if (!only)
            return malformed(only);
        series.append(PromSeries {{}, {only.value()}});
        return series;
    }
    if (type.isEmpty())
        return Error {tr("the reply says no resultType; a rule needs a vector, a matrix or a "
                         "scalar.")};
    if (type != u"vector" && type != u"matrix")
        return Error {tr("the query answered a %1; a rule needs a number.").arg(type)};
    for (const QJsonValue &entry : result.toArray()) {
        const QJsonObject object = entry.toObject();
        PromSeries one {labelText(object.value(u"metric").toObject()), {}};
        if (type == u"vector") {
            const auto only = sample(object.value(u"value"));
            if (!only)
                return malformed(only);
            one.samples.append(only.value());
        } else {
            for (const QJsonValue &pair : object.value(u"values").toArray()) {
                const auto point = sample(pair);
                if (!point)
                    return malformed(point);
                one.samples.append(point.value());
            }
        }
        series.append(std::move(one));
    }
    return series;
}

} // namespace sitrep
