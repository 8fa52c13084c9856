#include "providerimportdialog.h"

#include "common/tonestyle.h"
#include "services/providerimport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitrep {

ProviderImportDialog::ProviderImportDialog(ProviderImport &fetcher, qint64 fromMs, QWidget *parent)
    : QDialog(parent),
      m_fetcher(fetcher),
      m_fromMs(fromMs),
      m_provider(new QComboBox(this)),
      m_url(new QComboBox(this)),
      m_key(new QLineEdit(this)),
      m_schedules(new QLineEdit(this)),
      m_keepKey(new QCheckBox(tr("Keep the key in the keychain for the next import"), this)),
      m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import from PagerDuty or Opsgenie"));
    setMinimumWidth(560);
    m_provider->setObjectName(QStringLiteral("importProvider"));
    m_provider->addItem(QStringLiteral("PagerDuty"),
                        QVariant::fromValue(int(OnCallService::Provider::PagerDuty)));
    m_provider->addItem(QStringLiteral("Opsgenie"),
                        QVariant::fromValue(int(OnCallService::Provider::Opsgenie)));
    m_url->setObjectName(QStringLiteral("importUrl"));
    m_url->setEditable(true);
    m_url->setMinimumContentsLength(32);
    m_key->setObjectName(QStringLiteral("importKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("empty: the key kept in the keychain"));
    m_schedules->setObjectName(QStringLiteral("importSchedules"));
    m_schedules->setPlaceholderText(tr("empty: all of them; or names separated by commas"));
    m_keepKey->setObjectName(QStringLiteral("importKeepKey"));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Sitrep reads the schedules, overrides, escalation policies and "
                         "people, and compares the next four weeks with the provider's own "
                         "shifts. Nothing is saved before you have read the report."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Fetch"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProviderImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProviderImportDialog::reject);
    connect(m_provider, &QComboBox::currentIndexChanged, this,
            &ProviderImportDialog::providerChanged);
    providerChanged();

    auto *form = new QFormLayout;
    form->addRow(tr("From"), m_provider);
    form->addRow(tr("API address"), m_url);
    form->addRow(tr("API key"), m_key);
    form->addRow(tr("Schedules"), m_schedules);
    form->addRow(QString(), m_keepKey);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
}

OnCallService::Provider ProviderImportDialog::provider() const
{
    return OnCallService::Provider(m_provider->currentData().toInt());
}

void ProviderImportDialog::providerChanged()
{
    m_url->clear();
    if (provider() == OnCallService::Provider::PagerDuty) {
        m_url->addItem(QStringLiteral("https://api.pagerduty.com"));
        m_url->addItem(QStringLiteral("https://api.eu.pagerduty.com"));
    } else {
        m_url->addItem(QStringLiteral("https://api.opsgenie.com"));
        m_url->addItem(QStringLiteral("https://api.eu.opsgenie.com"));
    }
}

void ProviderImportDialog::accept()
{
    const QUrl url(m_url->currentText().trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return showProblem(tr("The API address must be a URL such as https://api.opsgenie.com, "
                              "not \"%1\".")
                                   .arg(m_url->currentText()));
    setBusy(true);
    if (!m_key->text().isEmpty())
        return fetchWith(m_key->text());
    m_status->setText(tr("Reading the kept key from the keychain…"));
    m_fetcher.keptKey(provider(), [this](Result<QString> key) {
        if (!key) {
            setBusy(false);
            return showProblem(key.error());
        }
        fetchWith(key.value());
    });
}

void ProviderImportDialog::fetchWith(const QString &key)
{
    ProviderAccount account;
    account.url = QUrl(m_url->currentText().trimmed());
    account.key = key;
    for (const QString &name : m_schedules->text().split(u',', Qt::SkipEmptyParts))
        if (!name.trimmed().isEmpty())
            account.schedules << name.trimmed();
    account.fromMs = m_fromMs;
    ToneStyle::clear(m_status);
    m_status->setText(tr("Asking %1…").arg(m_provider->currentText()));
    m_fetcher.fetch(provider(), account,
                    [this, key](Result<OnCallImport> import) { finish(std::move(import), key); });
}

void ProviderImportDialog::finish(Result<OnCallImport> import, const QString &key)
{
    if (!import) {
        setBusy(false);
        return showProblem(import.error());
    }
    m_fetched = std::move(import).value();
    if (!m_keepKey->isChecked() || m_key->text().isEmpty())
        return QDialog::accept();
    m_fetcher.keepKey(provider(), key, [this](const QString &problem) {
        // The import itself worked: the report follows, and why the key is not kept is said.
        if (!problem.isEmpty())
            m_keyProblem = tr("The key was not kept: %1").arg(problem);
        QDialog::accept();
    });
}

void ProviderImportDialog::showProblem(const QString &problem)
{
    m_status->setText(problem);
    ToneStyle::text(m_status, Tone::Danger);
    // While busy the inputs were disabled and the focus went to Cancel: Return would close.
    m_key->setFocus();
    Q_EMIT problemShown(problem);
}

void ProviderImportDialog::setBusy(bool busy)
{
    for (QWidget *input :
         std::initializer_list<QWidget *> {m_provider, m_url, m_key, m_schedules, m_keepKey})
        input->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

} // namespace sitrep
