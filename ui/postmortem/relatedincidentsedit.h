#pragma once

#include <QWidget>

class QComboBox;
class QListWidget;

namespace sitrep {

class IncidentService;
class PostmortemEditor;

// The postmortem's related incidents: a list in which ticking one marks it as having the same
// root cause (a repeat incident in the metrics), and a picker of the latest incidents in the
// cache to add. Every change is an undoable step of the editor.
class RelatedIncidentsEdit : public QWidget
{
    Q_OBJECT
public:
    // How many of the latest incidents the picker offers.
    static constexpr int pickable = 300;

    RelatedIncidentsEdit(PostmortemEditor &editor, IncidentService &incidents,
                         QWidget *parent = nullptr);

    // Shows the postmortem's links again (after an edit, undo or load).
    void refresh();
    // Fills the picker with the latest incidents but the postmortem's own.
    void fillPicker();

Q_SIGNALS:
    void problem(const QString &problem);

private:
    void addPicked();

    PostmortemEditor &m_editor;
    IncidentService &m_incidents;
    QListWidget *m_list;
    QComboBox *m_picker;
};

} // namespace sitrep
