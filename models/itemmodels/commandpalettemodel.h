#pragma once

#include "domain/incident.h"

#include <optional>

#include <QAbstractTableModel>
#include <QList>

namespace sitrep {

class IncidentTableModel;

// What the command palette (Ctrl+K) offers for what was typed: the window's actions by their
// menu text, and every incident of the board by number, title, service or commander, matched
// fuzzily (fuzzyScore), best first, at most `shown` rows. An empty pattern lists the actions.
// A number ("4711" or "#4711") not among the board's rows while the resolved history is unread
// is offered first, by number, so that any incident can be opened without reading the history.
class CommandPaletteModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DetailColumn, ColumnCount };
    enum Role {
        IsIncidentRole = Qt::UserRole + 1,
        KeyRole, // the action's index in setActions(), or the incident's id
    };
    struct Action
    {
        QString text;     // as the menu shows it, without "&" and "…"
        QString shortcut; // in the interface's language ("Strg+K"), empty for none
    };
    static constexpr int shown = 50;

    explicit CommandPaletteModel(const IncidentTableModel &incidents, QObject *parent = nullptr);
    void setActions(const QList<Action> &actions);
    void setPattern(const QString &pattern);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Match
    {
        bool incident = false;
        int index = 0; // into m_actions, or a row of the incident table
        int score = 0;
        bool open = false; // an incident not resolved
        // An incident asked for by number that the board has not read (its history is read
        // on demand): offered by number alone.
        IncidentId unread = 0;
    };
    [[nodiscard]] std::optional<Match> unreadByNumber() const;
    void rematch();

    const IncidentTableModel &m_incidents;
    QList<Action> m_actions;
    QList<QByteArray> m_actionTexts; // lower-case UTF-8, as fuzzyScore wants
    QByteArray m_pattern;
    // The incident rows the last pattern matched: a pattern typed further only narrows them.
    QByteArray m_narrowedFrom;
    QList<int> m_candidates;
    QList<Match> m_matches;
};

} // namespace sitrep
