#pragma once

#include <QCoreApplication>

namespace sitrep {

// Writes an export whole or not at all (QSaveFile): a failed export never leaves half a file
// where the previous one was. Returns the problem in words, empty when written.
class FileWriting
{
    Q_DECLARE_TR_FUNCTIONS(FileWriting)
public:
    [[nodiscard]] static QString write(const QString &file, const QByteArray &bytes);
};

} // namespace sitrep
