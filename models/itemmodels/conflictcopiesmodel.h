#pragma once

#include "domain/documentconflictcopy.h"

#include <QAbstractTableModel>

namespace sitrep {

class ConflictCopyService;

// The conflict copies to settle: what each is a copy of, whose version it keeps and when that
// was written, oldest first. Follows the service: a copy settled or removed anywhere leaves.
class ConflictCopiesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Copy, Original, Kind, WrittenBy, WrittenAt, ColumnCount };

    explicit ConflictCopiesModel(ConflictCopyService &copies, QObject *parent = nullptr);
    void reload();
    [[nodiscard]] DocumentConflictCopy copyAt(int row) const { return m_copies.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The kind of document in words ("On-call schedule").
    [[nodiscard]] static QString kindName(const QString &kind);

Q_SIGNALS:
    void failed(const QString &problem);

private:
    ConflictCopyService &m_service;
    QList<DocumentConflictCopy> m_copies;
};

} // namespace sitrep
