#pragma once

#include "sync/secretstore.h"

#include <memory>

namespace sitrep {

// Runs `then` once the keychain has answered for `key` (error empty on success): the keychain
// answers every request through one signal, so each caller waits for its own key.
template<typename Signal, typename Then>
void onceFor(SecretStore &secrets, Signal signal, const QString &key, QObject *context, Then then)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(&secrets, signal, context,
                                   [connection, key, then](const QString &answered, auto... rest) {
                                       if (answered != key)
                                           return;
                                       QObject::disconnect(*connection);
                                       then(rest...);
                                   });
}

} // namespace sitrep
