#include "conflictcopiesmodel.h"

#include "services/conflictcopyservice.h"

namespace sitrep {

ConflictCopiesModel::ConflictCopiesModel(ConflictCopyService &copies, QObject *parent)
    : QAbstractTableModel(parent), m_service(copies)
{
    connect(&m_service, &ConflictCopyService::changed, this, &ConflictCopiesModel::reload);
    reload();
}

void ConflictCopiesModel::reload()
{
    Result<QList<DocumentConflictCopy>> copies = m_service.copies();
    if (!copies) {
        Q_EMIT failed(copies.error());
        return;
    }
    if (copies.value() == m_copies)
        return; // a shared document changed, but not which copies wait: the selection stays
    beginResetModel();
    m_copies = std::move(copies).value();
    endResetModel();
}

QString ConflictCopiesModel::kindName(const QString &kind)
{
    if (kind == u"schedule")
        return tr("On-call schedule");
    if (kind == u"channel")
        return tr("Channel");
    if (kind == u"slo")
        return tr("SLO");
    return kind;
}

int ConflictCopiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_copies.size());
}

int ConflictCopiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictCopiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentConflictCopy &copy = m_copies.at(index.row());
    if (role == Qt::ToolTipRole)
        return tr("%1's version of \"%2\", written at the same time as the version the team "
                  "kept. Keep the original to drop it, or use it to put it in the original's "
                  "place.")
                .arg(copy.author, copy.original);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Copy:
        return copy.name;
    case Original:
        return copy.original;
    case Kind:
        return kindName(copy.kind);
    case WrittenBy:
        return copy.author;
    case WrittenAt:
        return copy.writtenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConflictCopiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Copy:
        return tr("Conflict copy");
    case Original:
        return tr("Copy of");
    case Kind:
        return tr("Kind");
    case WrittenBy:
        return tr("Written by");
    case WrittenAt:
        return tr("Written at");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sitrep
