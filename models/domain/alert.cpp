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

// `text` as a JSON string in UTF-8, escaped and encoded by hand: an ingest writes two label
// sets per alert, and QJsonDocument costs several times more for these small objects, as did
// writing the JSON as a QString first and encoding it after.
void appendJsonString(QByteArray &out, QStringView text)
{
    // The most a UTF-16 unit takes is six bytes (\u001f); a pair takes four.
    const qsizetype at = out.size();
    out.resize(at + 2 + 6 * text.size());
    char *write = out.data() + at;
    const auto put = [&write](char32_t byte) { *write++ = char(byte); };
    put('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (c == u'"' || c == u'\\') {
            put('\\');
            put(c);
        } else if (c < 0x20) {
            constexpr char hex[] = "0123456789abcdef";
            for (const char escape : {'\\', 'u', '0', '0'})
                put(escape);
            put(hex[c >> 4]);
            put(hex[c & 0xf]);
        } else if (c < 0x80) {
            put(c);
        } else if (c < 0x800) {
            put(0xc0 | c >> 6);
            put(0x80 | (c & 0x3f));
        } else {
            if (QChar::isSurrogate(c)) {
                const bool paired = QChar::isHighSurrogate(c) && i + 1 < text.size()
                        && text[i + 1].isLowSurrogate();
                // A lone half of a pair is no character: written as '?', as QString does.
                if (!paired) {
                    put('?');
                    continue;
                }
                c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
            }
            if (c >= 0x10000) {
                put(0xf0 | c >> 18);
                put(0x80 | (c >> 12 & 0x3f));
            } else {
                put(0xe0 | c >> 12);
            }
            put(0x80 | (c >> 6 & 0x3f));
            put(0x80 | (c & 0x3f));
        }
    }
    put('"');
    out.truncate(write - out.constData());
}

} // namespace

QByteArray AlertJson::labelsToJson(const Labels &labels)
{
    QByteArray out;
    out.reserve(48 * labels.size() + 2);
    out.append('{');
    bool first = true;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (!std::exchange(first, false))
            out.append(',');
        appendJsonString(out, it.key());
        out.append(':');
        appendJsonString(out, it.value());
    }
    out.append('}');
    return out;
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
