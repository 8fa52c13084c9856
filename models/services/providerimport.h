#pragma once

#include "oncallservice.h"

#include <memory>

class QNetworkAccessManager;

namespace sitrep {

class ChatClient;
class ProviderApi;
class SecretStore;

// Brings another on-call tool's schedules straight from its REST API: every answer an import
// needs is fetched and read as the saved files are, so both ways in are proved alike. The key
// is used for the fetch and kept in the keychain only when asked (for the next import).
class ProviderImport : public QObject
{
    Q_OBJECT
public:
    ProviderImport(QNetworkAccessManager &network, SecretStore &secrets, QObject *parent = nullptr);
    ~ProviderImport() override;

    using Provider = OnCallService::Provider;
    using Done = std::function<void(Result<OnCallImport>)>;
    // The import of the account's schedules, proved against the provider's shifts from
    // account.fromMs; nothing is saved. One fetch at a time.
    void fetch(Provider provider, const ProviderAccount &account, Done done);

    // The keychain's entry for a provider's key.
    [[nodiscard]] static QString keyName(Provider provider);
    // Keeps the key in the keychain; `done` gets the keychain's problem, or empty.
    void keepKey(Provider provider, const QString &key, std::function<void(QString)> done);
    // The kept key, or the problem (none kept: said with what to do).
    void keptKey(Provider provider, std::function<void(Result<QString>)> done);

private:
    [[nodiscard]] static QString providerName(Provider provider);

    std::unique_ptr<ChatClient> m_client;
    SecretStore &m_secrets;
    std::unique_ptr<ProviderApi> m_api;
};

} // namespace sitrep
