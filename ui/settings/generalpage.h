#pragma once

#include "domain/preferences.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sitrep {

// Settings, page General: the person at this console (the commander of what they declare),
// the colour scheme (applied at once) and the language (from the next start).
class GeneralPage : public QWidget
{
    Q_OBJECT
public:
    GeneralPage(const Preferences &preferences, const QString &systemName,
                QWidget *parent = nullptr);

    [[nodiscard]] Preferences preferences() const;

Q_SIGNALS:
    void changed(const sitrep::Preferences &preferences);

private:
    QLineEdit *m_name;
    QComboBox *m_scheme;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QString m_startLanguage;
};

} // namespace sitrep
