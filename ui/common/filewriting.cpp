#include "filewriting.h"

#include <QSaveFile>

namespace sitrep {

QString FileWriting::write(const QString &file, const QByteArray &bytes)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return tr("Could not write %1: %2").arg(file, out.errorString());
    return {};
}

} // namespace sitrep
