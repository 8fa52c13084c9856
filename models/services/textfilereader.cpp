#include "textfilereader.h"

#include "domain/textfile.h"

#include <QFile>

namespace sitrep {

Result<QByteArray> TextFileReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("Could not read %1: %2").arg(path, file.errorString())};
    return TextFile::utf8(file.readAll(), path);
}

} // namespace sitrep
