#include "providerimport.h"

#include "keychainanswer.h"
#include "sync/chatclient.h"
#include "sync/opsgenieapi.h"
#include "sync/pagerdutyrestapi.h"

namespace sitrep {

ProviderImport::ProviderImport(QNetworkAccessManager &network, SecretStore &secrets,
                               QObject *parent)
    : QObject(parent), m_client(std::make_unique<ChatClient>(network)), m_secrets(secrets)
{ }

ProviderImport::~ProviderImport() = default;

QString ProviderImport::providerName(Provider provider)
{
    return provider == Provider::PagerDuty ? QStringLiteral("PagerDuty")
                                           : QStringLiteral("Opsgenie");
}

QString ProviderImport::keyName(Provider provider)
{
    return QStringLiteral("import/") + providerName(provider).toLower();
}

void ProviderImport::fetch(Provider provider, const ProviderAccount &account, Done done)
{
    // The key goes into a header as it is: a line break would start another header.
    const bool printable = std::all_of(account.key.cbegin(), account.key.cend(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f;
    });
    if (account.key.isEmpty() || !printable)
        return done(Error {tr("The %1 API key is empty or has spaces or characters no key has.")
                                   .arg(providerName(provider))});
    if (provider == Provider::PagerDuty)
        m_api = std::make_unique<PagerDutyRestApi>(*m_client);
    else
        m_api = std::make_unique<OpsgenieApi>(*m_client);
    m_api->fetch(account, [provider, done = std::move(done)](Result<ProviderApi::Answers> answers) {
        if (!answers)
            return done(Error {answers.error()});
        done(OnCallService::readAnswers(provider, answers.value()));
    });
}

void ProviderImport::keepKey(Provider provider, const QString &key,
                             std::function<void(QString)> done)
{
    const QString name = keyName(provider);
    onceFor(m_secrets, &SecretStore::written, name, this,
            [done = std::move(done)](const QString &error) { done(error); });
    m_secrets.write(name, key);
}

void ProviderImport::keptKey(Provider provider, std::function<void(Result<QString>)> done)
{
    const QString name = keyName(provider);
    onceFor(m_secrets, &SecretStore::secretRead, name, this,
            [provider, done = std::move(done)](const QString &secret, const QString &error) {
                if (!error.isEmpty() || secret.isEmpty())
                    return done(Error {
                            tr("%1 Pass the %2 API key with --secret-stdin (and "
                               "--keep-key to keep it in the keychain).")
                                    .arg(error.isEmpty() ? tr("The kept key is empty.") : error,
                                         providerName(provider))});
                done(secret);
            });
    m_secrets.read(name);
}

} // namespace sitrep
