#pragma once

#include "services/oncallimport.h"
#include "services/oncallservice.h"

#include <optional>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sitrep {

class ProviderImport;

// Brings schedules straight from PagerDuty's or Opsgenie's REST API: the API's address (the
// provider's own host, Opsgenie's EU host, or another), the key or the one kept in the
// keychain, and which schedules (all when none is named). Fetch asks the API, without
// blocking, and closes with the import for the report to show; a problem is said here and the
// dialog stays open. The key is kept only when asked, once the fetch has worked.
class ProviderImportDialog : public QDialog
{
    Q_OBJECT
public:
    ProviderImportDialog(ProviderImport &fetcher, qint64 fromMs, QWidget *parent = nullptr);

    // Starts the fetch; the dialog closes when it has worked.
    void accept() override;
    [[nodiscard]] OnCallService::Provider provider() const;
    // The fetched import, once accepted.
    [[nodiscard]] const std::optional<OnCallImport> &fetched() const { return m_fetched; }
    // Why the key asked to be kept was not, when the keychain refused it; else empty.
    [[nodiscard]] const QString &keyProblem() const { return m_keyProblem; }

Q_SIGNALS:
    // A fetch failed (or could not start); the dialog stays open with the problem shown.
    void problemShown(const QString &problem);

private:
    void providerChanged();
    void fetchWith(const QString &key);
    void finish(Result<OnCallImport> import, const QString &key);
    void showProblem(const QString &problem);
    void setBusy(bool busy);

    ProviderImport &m_fetcher;
    qint64 m_fromMs;
    QComboBox *m_provider;
    QComboBox *m_url;
    QLineEdit *m_key;
    QLineEdit *m_schedules;
    QCheckBox *m_keepKey;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    std::optional<OnCallImport> m_fetched;
    QString m_keyProblem;
};

} // namespace sitrep
