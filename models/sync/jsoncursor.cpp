#include "jsoncursor.h"

#include <algorithm>
#include <climits>

namespace sitrep {

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (c <= '9')
        return c - '0';
    return (c | 0x20) - 'a' + 10;
}

// The length of the UTF-8 sequence at `at` (its lead byte 0x80 or above), or 0 when it is not
// valid UTF-8: a stray continuation byte, a sequence cut short, an overlong form, a surrogate
// or a code point beyond U+10FFFF, as RFC 3629 forbids.
qsizetype validSequence(QByteArrayView bytes, qsizetype at)
{
    const auto byte = [&](qsizetype i) { return uchar(bytes[i]); };
    // RFC 3629's table of well-formed sequences: the lead bytes, how long their sequence is,
    // and the range of its second byte.
    struct Lead
    {
        uchar first, last;
        qsizetype length;
        uchar low, high;
    };
    static constexpr Lead leads[] = {{0xC2, 0xDF, 2, 0x80, 0xBF}, {0xE0, 0xE0, 3, 0xA0, 0xBF},
                                     {0xE1, 0xEC, 3, 0x80, 0xBF}, {0xED, 0xED, 3, 0x80, 0x9F},
                                     {0xEE, 0xEF, 3, 0x80, 0xBF}, {0xF0, 0xF0, 4, 0x90, 0xBF},
                                     {0xF1, 0xF3, 4, 0x80, 0xBF}, {0xF4, 0xF4, 4, 0x80, 0x8F}};
    const uchar lead = byte(at);
    const auto found = std::find_if(std::begin(leads), std::end(leads), [lead](const Lead &l) {
        return lead >= l.first && lead <= l.last;
    });
    if (found == std::end(leads))
        return 0;
    const qsizetype length = found->length;
    if (at + length > bytes.size() || byte(at + 1) < found->low || byte(at + 1) > found->high)
        return 0;
    for (qsizetype i = 2; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

} // namespace

bool JsonCursor::fail(QJsonParseError::ParseError why)
{
    if (!failed())
        m_error = {int(std::min<qsizetype>(m_at, INT_MAX)), why};
    return false;
}

void JsonCursor::skipSpace()
{
    while (m_at < m_json.size()) {
        const char c = m_json[m_at];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_at;
    }
}

JsonCursor::Kind JsonCursor::peek()
{
    skipSpace();
    if (failed() || m_at >= m_json.size())
        return Kind::Other;
    switch (m_json[m_at]) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    default:
        return Kind::Other;
    }
}

bool JsonCursor::peekNull()
{
    return peek() == Kind::Other && m_json.sliced(m_at).startsWith("null");
}

bool JsonCursor::enter(char open)
{
    skipSpace();
    if (failed())
        return false;
    if (m_at >= m_json.size() || m_json[m_at] != open)
        return fail(QJsonParseError::IllegalValue);
    if (m_depth >= deepest)
        return fail(QJsonParseError::DeepNesting);
    ++m_at;
    ++m_depth;
    return true;
}

bool JsonCursor::readName(Text &name)
{
    if (peek() != Kind::String)
        return fail(QJsonParseError::UnterminatedObject);
    if (!readText(name))
        return false;
    skipSpace();
    if (m_at >= m_json.size() || m_json[m_at] != ':')
        return fail(QJsonParseError::MissingNameSeparator);
    ++m_at;
    return true;
}

bool JsonCursor::closesAtOnce(char close)
{
    skipSpace();
    if (m_at >= m_json.size() || m_json[m_at] != close)
        return false;
    ++m_at;
    --m_depth;
    return true;
}

bool JsonCursor::next(char close, QJsonParseError::ParseError unterminated)
{
    skipSpace();
    if (failed())
        return false;
    if (m_at >= m_json.size())
        return fail(close == '}' ? QJsonParseError::UnterminatedObject
                                 : QJsonParseError::UnterminatedArray);
    const char c = m_json[m_at];
    if (c == ',') {
        ++m_at;
        skipSpace();
        if (m_at < m_json.size() && m_json[m_at] == close)
            return fail(QJsonParseError::MissingObject);
        return true;
    }
    if (c == close) {
        ++m_at;
        --m_depth;
        return false;
    }
    return fail(unterminated);
}

bool JsonCursor::readText(Text &text)
{
    skipSpace();
    if (failed())
        return false;
    if (m_at >= m_json.size() || m_json[m_at] != '"')
        return fail(QJsonParseError::IllegalValue);
    const qsizetype start = ++m_at;
    text.escaped = false;
    while (m_at < m_json.size()) {
        const char c = m_json[m_at];
        if (c == '"') {
            text.raw = m_json.sliced(start, m_at - start);
            ++m_at;
            return true;
        }
        if (c == '\\') {
            text.escaped = true;
            if (m_at + 1 >= m_json.size())
                break;
            const char escaped = m_json[m_at + 1];
            if (escaped == 'u') {
                if (m_at + 6 > m_json.size())
                    break;
                for (qsizetype i = m_at + 2; i < m_at + 6; ++i) {
                    if (!isHex(m_json[i]))
                        return fail(QJsonParseError::IllegalEscapeSequence);
                }
                m_at += 6;
                continue;
            }
            if (QByteArrayView("\"\\/bfnrt").indexOf(escaped) < 0)
                return fail(QJsonParseError::IllegalEscapeSequence);
            m_at += 2;
            continue;
        }
        if (uchar(c) >= 0x80) {
            const qsizetype length = validSequence(m_json, m_at);
            if (length == 0)
                return fail(QJsonParseError::IllegalUTF8String);
            m_at += length;
            continue;
        }
        ++m_at;
    }
    m_at = m_json.size();
    return fail(QJsonParseError::UnterminatedString);
}

bool JsonCursor::skipNumber()
{
    const auto digits = [this] {
        const qsizetype from = m_at;
        while (m_at < m_json.size() && m_json[m_at] >= '0' && m_json[m_at] <= '9')
            ++m_at;
        return m_at > from;
    };
    const auto at = [this](char c) { return m_at < m_json.size() && m_json[m_at] == c; };
    if (at('-'))
        ++m_at;
    if (at('0'))
        ++m_at;
    else if (!digits())
        return fail(QJsonParseError::IllegalNumber);
    if (at('.')) {
        ++m_at;
        if (!digits())
            return fail(QJsonParseError::IllegalNumber);
    }
    if (at('e') || at('E')) {
        ++m_at;
        if (at('+') || at('-'))
            ++m_at;
        if (!digits())
            return fail(QJsonParseError::IllegalNumber);
    }
    // A number that ends the text cannot be whole JSON, which ends in a bracket.
    return m_at < m_json.size() || fail(QJsonParseError::TerminationByNumber);
}

bool JsonCursor::skipLiteral()
{
    for (const QByteArrayView literal : {"true", "false", "null"}) {
        if (m_json.sliced(m_at).startsWith(literal)) {
            m_at += literal.size();
            return true;
        }
    }
    return fail(QJsonParseError::IllegalValue);
}

bool JsonCursor::skipValue()
{
    switch (peek()) {
    case Kind::Object:
        return readObject([this](const Text &) { return skipValue(); });
    case Kind::Array:
        return readArray([this] { return skipValue(); });
    case Kind::String: {
        Text text;
        return readText(text);
    }
    case Kind::Other:
        break;
    }
    if (failed())
        return false;
    if (m_at >= m_json.size())
        return fail(QJsonParseError::IllegalValue);
    const char c = m_json[m_at];
    if (c == '-' || (c >= '0' && c <= '9'))
        return skipNumber();
    return skipLiteral();
}

bool JsonCursor::finish()
{
    skipSpace();
    if (failed())
        return false;
    return m_at == m_json.size() || fail(QJsonParseError::GarbageAtEnd);
}

QString JsonCursor::decode(const Text &text)
{
    if (!text.escaped)
        return QString::fromUtf8(text.raw);
    QString decoded;
    decoded.reserve(text.raw.size());
    const QByteArrayView raw = text.raw;
    qsizetype runStart = 0;
    qsizetype at = 0;
    while (at < raw.size()) {
        if (raw[at] != '\\') {
            ++at;
            continue;
        }
        decoded += QString::fromUtf8(raw.sliced(runStart, at - runStart));
        const char escaped = raw[at + 1]; // readText saw every escape whole
        if (escaped == 'u') {
            char16_t unit = 0;
            for (qsizetype i = at + 2; i < at + 6; ++i)
                unit = char16_t(unit * 16 + hexValue(raw[i]));
            decoded += QChar(unit);
            at += 6;
        } else {
            const char *from = "\"\\/bfnrt";
            const char *to = "\"\\/\b\f\n\r\t";
            decoded += QLatin1Char(to[QByteArrayView(from).indexOf(escaped)]);
            at += 2;
        }
        runStart = at;
    }
    decoded += QString::fromUtf8(raw.sliced(runStart));
    return decoded;
}

} // namespace sitrep
