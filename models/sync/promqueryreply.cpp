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

// [1700000000.123, "0.5"]
std::optional<PromSample> sample(const QJsonValue &pair)
{
    const QJsonArray values = pair.toArray();
    if (values.size() != 2 || !values.at(0).isDouble() || !values.at(1).isString())
        return std::nullopt;
    const auto value = PromQueryReply::number(values.at(1).toString());
    if (!value)
        return std::nullopt;
    return PromSample {qint64(std::llround(values.at(0).toDouble() * 1000)), *value};
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
    if (reply.value(u"status").toString() != u"success")
        return Error {tr("the server refused the query: %1: %2")
                              .arg(reply.value(u"errorType").toString(),
                                   reply.value(u"error").toString())};
    const QJsonObject data = reply.value(u"data").toObject();
    const QString type = data.value(u"resultType").toString();
    const QJsonValue result = data.value(u"result");
    const auto malformed
            = [&type] { return Error {tr("the reply's %1 result is malformed.").arg(type)}; };
    QList<PromSeries> series;
    if (type == u"scalar") {
        const auto only = sample(result);
        if (!only)
            return malformed();
        series.append(PromSeries {{}, {*only}});
        return series;
    }
    if (type != u"vector" && type != u"matrix")
        return Error {tr("the query answered a %1; a rule needs a number.").arg(type)};
    for (const QJsonValue &entry : result.toArray()) {
        const QJsonObject object = entry.toObject();
        PromSeries one {labelText(object.value(u"metric").toObject()), {}};
        if (type == u"vector") {
            const auto only = sample(object.value(u"value"));
            if (!only)
                return malformed();
            one.samples.append(*only);
        } else {
            for (const QJsonValue &pair : object.value(u"values").toArray()) {
                const auto point = sample(pair);
                if (!point)
                    return malformed();
                one.samples.append(*point);
            }
        }
        series.append(std::move(one));
    }
    return series;
}

} // namespace sitrep
