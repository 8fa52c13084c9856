#include "secretstore.h"

#include "synclog.h"

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSync, "sitrep.sync")

namespace sitrep {

namespace {

QString describe(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoError)
        return {};
    if (job->error() == QKeychain::EntryNotFound)
        return SecretStore::tr("No secret is stored under \"%1\".").arg(job->key());
    if (job->error() == QKeychain::NoBackendAvailable)
        return SecretStore::tr("No system keychain is available (%1). Sitrep keeps secrets only "
                               "in the keychain; start one, such as GNOME Keyring or KWallet.")
                .arg(job->errorString());
    return SecretStore::tr("The keychain refused the request: %1").arg(job->errorString());
}

template<typename JobType>
JobType *prepare(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{ }

void SecretStore::write(const QString &key, const QString &secret)
{
    auto *job = prepare<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const QString error = describe(job);
        if (!error.isEmpty())
            qCWarning(lcSync) << "keychain write failed for" << job->key() << ':' << error;
        Q_EMIT written(job->key(), error);
    });
    job->start();
}

void SecretStore::read(const QString &key)
{
    auto *job = prepare<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const QString error = describe(job);
        Q_EMIT secretRead(job->key(), error.isEmpty() ? job->textData() : QString(), error);
    });
    job->start();
}

void SecretStore::remove(const QString &key)
{
    auto *job = prepare<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this,
            [this, job] { Q_EMIT removed(job->key(), describe(job)); });
    job->start();
}

} // namespace sitrep
