#include "generalpage.h"

#include "common/tonestyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sitrep {

GeneralPage::GeneralPage(const Preferences &preferences, const QString &systemName, QWidget *parent)
    : QWidget(parent),
      m_name(new QLineEdit(preferences.name, this)),
      m_scheme(new QComboBox(this)),
      m_language(new QComboBox(this)),
      m_languageNote(new QLabel(this)),
      m_startLanguage(preferences.language)
{
    m_name->setObjectName(QStringLiteral("personName"));
    m_name->setPlaceholderText(systemName);
    m_name->setAccessibleName(tr("Your name"));
    m_name->setToolTip(tr("The commander of the incidents you declare, and the name on what "
                          "you write. Empty: %1, as the system knows you. In a team, the "
                          "team's login is used.")
                               .arg(systemName));
    m_scheme->setObjectName(QStringLiteral("colourScheme"));
    m_scheme->setAccessibleName(tr("Colour scheme"));
    m_scheme->addItem(tr("As the desktop"), QStringLiteral("system"));
    m_scheme->addItem(tr("Light"), QStringLiteral("light"));
    m_scheme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(preferences.colourScheme)));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("As the system"), QString());
    // Each language by its own name, as people look for it.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    m_languageNote->setText(tr("The language changes when you close Settings."));
    m_languageNote->setWordWrap(true);
    ToneStyle::text(m_languageNote, Tone::Secondary);
    m_languageNote->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Colour &scheme:"), m_scheme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addStretch(1);

    const auto announce = [this] { Q_EMIT changed(this->preferences()); };
    connect(m_name, &QLineEdit::editingFinished, this, announce);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, announce);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, announce] {
        m_languageNote->setVisible(m_language->currentData().toString() != m_startLanguage);
        announce();
    });
}

Preferences GeneralPage::preferences() const
{
    return {m_name->text().trimmed(), m_scheme->currentData().toString(),
            m_language->currentData().toString()};
}

} // namespace sitrep
