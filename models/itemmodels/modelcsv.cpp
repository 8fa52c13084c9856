#include "modelcsv.h"

#include <QLocale>

namespace sitrep {

QByteArray ModelCsv::write(const QAbstractItemModel &model)
{
    const auto field = [](const QVariant &value) {
        QString text = value.typeId() == QMetaType::Double
                ? QString::number(value.toDouble(), 'g', 12)
                : value.toString();
        if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n'))
            text = u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
        return text.toUtf8();
    };
    QByteArray csv;
    QList<QByteArray> cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells << field(model.headerData(column, Qt::Horizontal));
    csv += cells.join(',') + "\r\n";
    for (int row = 0; row < model.rowCount(); ++row) {
        cells.clear();
        for (int column = 0; column < model.columnCount(); ++column)
            cells << field(model.index(row, column).data());
        csv += cells.join(',') + "\r\n";
    }
    return csv;
}

} // namespace sitrep
