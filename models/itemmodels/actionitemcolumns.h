#pragma once

#include "domain/postmortem.h"

#include <QCoreApplication>
#include <QVariant>

namespace sitrep {

// The four columns of an action item (Action, Owner, Due date, Status) as both the form's
// table and the tracker show and edit them: overdue items in red, the status edited as its
// word, an owner without the "@"; and the statuses in the user's language.
class ActionItemColumns
{
    Q_DECLARE_TR_FUNCTIONS(ActionItemColumns)
public:
    enum Column { Action, Owner, Due, Status, Count };
    // The roles the status column answers with every status word (as stored and exported)
    // and, in the same order, its label in the user's language: a combo box editor's items.
    static constexpr int StatusChoicesRole = Qt::UserRole + 1;
    static constexpr int StatusLabelsRole = Qt::UserRole + 2;

    [[nodiscard]] static QString statusLabel(Postmortem::ActionItem::Status status);
    // "In review": a postmortem's status in the user's language (the due list, the form).
    [[nodiscard]] static QString postmortemStatusLabel(Postmortem::Status status);

    [[nodiscard]] static QVariant data(const Postmortem::ActionItem &item, int column, int role,
                                       const QDate &today);
    [[nodiscard]] static QVariant header(int column);
    // Writes an edited cell into the item; false for a value that does not fit the column.
    [[nodiscard]] static bool setData(Postmortem::ActionItem &item, int column,
                                      const QVariant &value);
};

} // namespace sitrep
