#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace sitrep {

// What a person's text file holds, as the parsers read it: UTF-8, with the byte order mark some
// editors put in front taken off. A file saved as UTF-16 or UTF-32 is refused in words rather
// than read as noise.
class TextFile
{
    Q_DECLARE_TR_FUNCTIONS(TextFile)
public:
    [[nodiscard]] static Result<QByteArray> utf8(QByteArray bytes, const QString &name);
};

} // namespace sitrep
