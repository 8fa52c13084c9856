#pragma once

#include <QByteArrayView>
#include <QJsonParseError>
#include <QString>

namespace sitrep {

// A forward reader over a JSON text's bytes (RFC 8259), for replies too large to build a
// QJsonDocument of: an alert storm's 43 MB took QJsonDocument 280 ms to build and as long to
// free again, before a single alert was read. The caller walks the shape it expects and skips
// the rest; every byte is checked as QJsonDocument would, and the first fault is kept with
// its offset and Qt's own words for it (QJsonParseError), so a reply is refused in the same
// sentences either way. After a fault every call returns false.
class JsonCursor
{
public:
    // A string as it stands between its quotes (checked: valid UTF-8, valid escapes).
    struct Text
    {
        QByteArrayView raw;
        bool escaped = false;
    };
    enum class Kind { Object, Array, String, Other };

    explicit JsonCursor(QByteArrayView json) : m_json(json) { }

    // The kind of the next value (Other for numbers, literals and anything invalid).
    [[nodiscard]] Kind peek();
    // The next value is `null`.
    [[nodiscard]] bool peekNull();
    // The members of an object: `member(Text key)` is called with the cursor at each value,
    // which it reads or skips, returning false to stop. False on a fault.
    template<typename Member> bool readObject(Member member);
    // The items of an array: `item()` reads or skips each, returning false to stop.
    template<typename Item> bool readArray(Item item);
    bool readText(Text &text);
    bool skipValue();
    // Only white space is left.
    bool finish();

    [[nodiscard]] static QString decode(const Text &text);

    [[nodiscard]] bool failed() const { return m_error.error != QJsonParseError::NoError; }
    [[nodiscard]] const QJsonParseError &error() const { return m_error; }

private:
    // As deep as QJsonDocument reads.
    static constexpr int deepest = 1024;

    // An object's or array's members or items, `each` reading one.
    template<typename Each>
    bool readContainer(char open, char close, QJsonParseError::ParseError unterminated, Each each);
    // A member's name and the colon after it.
    bool readName(Text &name);
    bool enter(char open);
    // The container just entered is empty: its `close` is taken.
    bool closesAtOnce(char close);
    // After a member or item: true when another follows, false at the close (or a fault).
    // `unterminated` is the fault when something else follows (Qt's words differ for objects
    // and arrays).
    bool next(char close, QJsonParseError::ParseError unterminated);
    void skipSpace();
    bool skipNumber();
    bool skipLiteral();
    bool fail(QJsonParseError::ParseError why);

    QByteArrayView m_json;
    qsizetype m_at = 0;
    int m_depth = 0;
    QJsonParseError m_error {0, QJsonParseError::NoError};
};

template<typename Member> bool JsonCursor::readObject(Member member)
{
    return readContainer('{', '}', QJsonParseError::UnterminatedObject, [&] {
        Text name;
        return readName(name) && member(name);
    });
}

template<typename Item> bool JsonCursor::readArray(Item item)
{
    return readContainer('[', ']', QJsonParseError::MissingValueSeparator, item);
}

template<typename Each>
bool JsonCursor::readContainer(char open, char close, QJsonParseError::ParseError unterminated,
                               Each each)
{
    if (!enter(open))
        return false;
    if (closesAtOnce(close))
        return true;
    do {
        if (!each() || failed())
            return false;
    } while (next(close, unterminated));
    return !failed();
}

} // namespace sitrep
