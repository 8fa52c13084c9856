#include "textfile.h"

namespace sitrep {

Result<QByteArray> TextFile::utf8(QByteArray bytes, const QString &name)
{
    // UTF-32 first: its little-endian mark begins with UTF-16's.
    if (bytes.startsWith(QByteArray("\xFF\xFE\x00\x00", 4))
        || bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return Error {tr("%1 is saved as UTF-32 text; save it as UTF-8.").arg(name)};
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return Error {tr("%1 is saved as UTF-16 text; save it as UTF-8.").arg(name)};
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return bytes;
}

} // namespace sitrep
