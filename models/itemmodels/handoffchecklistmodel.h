#pragma once

#include "services/handoffservice.h"

#include <QAbstractListModel>

namespace sitrep {

// A handoff's checklists as one list: a heading row per phase (the incoming person's "before",
// the outgoing person's "during" and "after") followed by its items, which tick through the
// handoff service.
class HandoffChecklistModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit HandoffChecklistModel(HandoffService &service, QObject *parent = nullptr);

    void setHandoff(const std::optional<Handoff> &handoff);
    [[nodiscard]] const std::optional<Handoff> &handoff() const { return m_handoff; }
    [[nodiscard]] const QString &problem() const { return m_problem; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        std::optional<HandoffItem> item; // none: a phase heading
        QString heading;
    };
    void reload();

    HandoffService &m_service;
    std::optional<Handoff> m_handoff;
    QList<Row> m_rows;
    QString m_problem;
};

} // namespace sitrep
