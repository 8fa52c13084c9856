#pragma once

#include "itemmodels/boardfilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace sitrep {

// Search box, severity toggles, status and open/resolved pickers above the board.
class BoardFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit BoardFilterBar(QWidget *parent = nullptr);

    [[nodiscard]] BoardFilter filter() const;
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    void focusSearch();
    // Shows `scope` as if picked, without counting as the person's choice.
    void setScope(BoardFilter::Scope scope);

Q_SIGNALS:
    void filterChanged(const sitrep::BoardFilter &filter);
    // The person picked a scope (to be remembered for the next start).
    void scopeChosen(sitrep::BoardFilter::Scope scope);

private:
    void emitFilter();

    QLineEdit *m_search;
    QList<QToolButton *> m_severityButtons;
    QComboBox *m_status;
    QComboBox *m_scope;
};

} // namespace sitrep
