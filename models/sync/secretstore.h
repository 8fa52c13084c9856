#pragma once

#include <QObject>
#include <QString>

namespace sitrep {

// Tokens, passwords and webhook URLs, kept only in the system keychain (QtKeychain). Every call
// is asynchronous: the keychain may ask the user to unlock it, and the GUI must not wait.
// There is no plain-text fallback: if no keychain is available, the call fails and says so.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QString service = QStringLiteral("sitrep"), QObject *parent = nullptr);

    void write(const QString &key, const QString &secret);
    void read(const QString &key);
    void remove(const QString &key);

Q_SIGNALS:
    // error is empty on success.
    void written(const QString &key, const QString &error);
    void secretRead(const QString &key, const QString &secret, const QString &error);
    void removed(const QString &key, const QString &error);

private:
    QString m_service;
};

} // namespace sitrep
