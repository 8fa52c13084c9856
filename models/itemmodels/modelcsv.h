#pragma once

#include <QAbstractItemModel>
#include <QByteArray>

namespace sitrep {

// Any table model as CSV: the horizontal headers, then every row's display texts, quoted where
// needed (RFC 4180).
class ModelCsv
{
public:
    [[nodiscard]] static QByteArray write(const QAbstractItemModel &model);
};

} // namespace sitrep
