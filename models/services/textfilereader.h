#pragma once

#include "domain/result.h"

#include <QCoreApplication>

namespace sitrep {

// A file a person gave to import, read whole as TextFile wants it (UTF-8, no byte order mark):
// a file that cannot be opened is named with the system's reason.
class TextFileReader
{
    Q_DECLARE_TR_FUNCTIONS(TextFileReader)
public:
    [[nodiscard]] static Result<QByteArray> read(const QString &path);
};

} // namespace sitrep
