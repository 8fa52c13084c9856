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

Q_SIGNALS:
    void filterChanged(const sitrep::BoardFilter &filter);

private:
    void emitFilter();

    QLineEdit *m_search;
    QList<QToolButton *> m_severityButtons;
    QComboBox *m_status;
    QComboBox *m_scope;
};

} // namespace sitrep
