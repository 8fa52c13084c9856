#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace sitrep {

class PostmortemService;

// Settings → Postmortem reviews: the people (or lists) invited to every postmortem review
// besides the incident's responders. Each change is saved at once (in a team, for everyone).
class ReviewLeadsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewLeadsPage(PostmortemService &postmortems, QWidget *parent = nullptr);

    // Why `lead` cannot be added to `leads`, in words; empty when it can.
    [[nodiscard]] static QString problemWith(const QString &lead, const QStringList &leads);

private:
    void reload();
    void add();
    void removeSelected();
    void save(const QStringList &leads, const QString &done);
    [[nodiscard]] QStringList leads() const;

    PostmortemService &m_postmortems;
    QListWidget *m_list;
    QLineEdit *m_new;
    QLabel *m_status;
};

} // namespace sitrep
