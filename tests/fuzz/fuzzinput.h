#pragma once

#include "domain/textfile.h"

#include <cstddef>
#include <cstdint>
#include <optional>

#include <QByteArray>
#include <QString>

// What every fuzz target starts from: libFuzzer's bytes, and the same first step the program
// takes with a person's file (TextFile: UTF-8, byte order mark removed, UTF-16 refused).
namespace sitrep::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The file's text as the parsers receive it, or nothing when TextFile refuses it.
inline std::optional<QByteArray> fileText(const uint8_t *data, size_t size, const QString &name)
{
    auto text = TextFile::utf8(bytes(data, size), name);
    if (!text)
        return std::nullopt;
    return std::move(text).value();
}

// Splits an input at its first NUL byte: two independent parts from one input (a query's
// answer and its expected value; a status and a body).
inline std::pair<QByteArray, QByteArray> split(const QByteArray &input)
{
    const qsizetype at = input.indexOf('\0');
    if (at < 0)
        return {input, {}};
    return {input.left(at), input.mid(at + 1)};
}

} // namespace sitrep::fuzz
